// Letter auto-detection: every letter in the repository and the real seeds is recognised in every
// spacing, and ordinary notes that merely mention IMR are not (the editor would switch them).
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { DETECT_PREFIX_CHARS, looksLikeLetter } from '../../src/core';
import { FIXTURES, readFixtureLetters, REPO, seedLetters } from './helpers';

/** The same text single-spaced, CRLF, and PDF double-spaced (blank lines hold one space). */
function spacings(text: string): Record<string, string> {
  const lf = text.replace(/\r\n/g, '\n');
  const doubled = lf.split('\n').map((l) => (l === '' ? ' ' : l));
  return { single: lf, crlf: lf.replace(/\n/g, '\r\n'), double: doubled.join('\n\n'), 'double crlf': doubled.join('\r\n\r\n') };
}

function txtFiles(dir: string): string[] {
  return fs.readdirSync(dir).filter((f) => f.endsWith('.txt')).sort().map((f) => path.join(dir, f));
}

describe('looksLikeLetter', () => {
  const oracle = JSON.parse(fs.readFileSync(path.join(FIXTURES, 'letters', 'expected.json'), 'utf8')) as Record<string, { isLetter: boolean }>;
  const letters: { name: string; text: string }[] = [
    ...readFixtureLetters().filter((l) => oracle[l.name]?.isLetter),
    ...fs
      .readdirSync(path.join(FIXTURES, 'rules'))
      .filter((d) => fs.statSync(path.join(FIXTURES, 'rules', d)).isDirectory())
      .flatMap((d) => txtFiles(path.join(FIXTURES, 'rules', d)))
      .map((f) => ({ name: path.relative(FIXTURES, f), text: fs.readFileSync(f, 'utf8') })),
    ...txtFiles(path.join(REPO, 'examples'))
      .filter((f) => path.basename(f) !== 'office-notes.txt')
      .map((f) => ({ name: `examples/${path.basename(f)}`, text: fs.readFileSync(f, 'utf8') })),
    ...(seedLetters() ?? []).map((s) => ({ name: `seed ${s.name}`, text: s.text })),
  ];

  it('has letters to check', () => assert.ok(letters.length >= 40, `only ${letters.length} letters found`));
  for (const { name, text } of letters) {
    it(`recognises ${name} in every spacing`, () => {
      for (const [spacing, variant] of Object.entries(spacings(text))) assert.ok(looksLikeLetter(variant), `${name} (${spacing})`);
    });
  }

  it('recognises a letter from its first DETECT_PREFIX_CHARS only', () => {
    const text = fs.readFileSync(path.join(REPO, 'examples', '2014-05-okafor-cervical.txt'), 'utf8');
    assert.ok(looksLikeLetter(text + 'x'.repeat(DETECT_PREFIX_CHARS * 4)));
    // Evidence past the prefix is not read.
    assert.strictEqual(looksLikeLetter('x'.repeat(DETECT_PREFIX_CHARS) + '\n' + text), false);
  });

  const notLetters: Record<string, string> = {
    'a note naming IMR and MAXIMUS in prose':
      'Notes on Independent Medical Review\nWe discussed how MAXIMUS Federal Services assigns reviewers.',
    'a to-do quoting one heading':
      'Todo:\nCLINICAL CASE SUMMARY\nwrite the summary for Independent Medical Review training',
    'meeting notes about a determination': [
      'Case review meeting, 3 March',
      '',
      'Attendees: Dana, Luis, Mei',
      '',
      '- The Independent Medical Review came back on the knee arthroscopy. MAXIMUS Federal Services',
      '  upheld the denial; the decision rationale cites the ODG Knee chapter.',
      '- Luis to check whether the Claims Administrator guideline was the same one.',
      '- Ask the adjuster for the UR Denial Date and the case number.',
      '- Next: prepare the clinical case summary for the appeal.',
    ].join('\n'),
    'an email about an IMR application': [
      'From: r.ortiz@example.com',
      'To: claims-team@example.com',
      'Subject: IMR for Ms. Quill, Case Number: CM15-0101010',
      '',
      'Hi all,',
      '',
      'The application for Independent Medical Review went out today. MAXIMUS Federal Services',
      'should assign an expert reviewer within a few weeks; the final determination letter will',
      'have a "HOW THE IMR FINAL DETERMINATION WAS MADE" section we can quote. Decision rationale:',
      'we expect the reviewer to rely on the MTUS Chronic Pain guidelines.',
      '',
      'Thanks,',
      'Rosa',
    ].join('\r\n'),
    'a README describing the letters': [
      '# IMR letter tools',
      '',
      'Scripts for reading Independent Medical Review (IMR) determination letters from MAXIMUS',
      'Federal Services. A letter has the sections `HOW THE IMR FINAL DETERMINATION WAS MADE`,',
      '`CLINICAL CASE SUMMARY` and `IMR ISSUES, DECISIONS AND RATIONALES`; each item has a',
      '"Claims Administrator guideline:", a "MAXIMUS guideline:" and a "Decision rationale:".',
      '',
      '## Usage',
      '',
      '    python split.py letters/*.txt',
    ].join('\n'),
    'a case log with header-like lines only': [
      'Open IMR cases',
      'Case Number: CM14-0000001 - waiting',
      'Case Number: CM14-0000002 - Upheld, appeal considered',
    ].join('\n'),
  };
  for (const f of [path.join(REPO, 'examples', 'office-notes.txt'), ...txtFiles(path.join(FIXTURES, 'letters')).filter((f) => oracle[path.basename(f)]?.isLetter === false)]) {
    notLetters[path.relative(REPO, f)] = fs.readFileSync(f, 'utf8');
  }
  for (const [what, text] of Object.entries(notLetters)) {
    it(`does not recognise ${what}, in any spacing`, () => {
      for (const [spacing, variant] of Object.entries(spacings(text))) assert.strictEqual(looksLikeLetter(variant), false, `${what} (${spacing})`);
    });
  }
});
