// Hovers: on an item heading, the decision, what the rationale concludes in plain words quoting the
// letter, and the guideline sources; on the concluding sentence, the same plain words first and the
// technical reading (cue, negators) only under "How this was read"; on a guideline citation, its
// source and pages. Each compared whole, text and range.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { activateExtension, lineOf, openLetter } from './helpers';

interface Shown {
  text: string;
  range: string;
}

async function hoversAt(doc: vscode.TextDocument, line: number, character: number): Promise<Shown[]> {
  const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, new vscode.Position(line, character));
  const at = (r: vscode.Range | undefined) => (r ? `${r.start.line}:${r.start.character}-${r.end.line}:${r.end.character}` : 'no range');
  return (hovers ?? []).map((h) => ({ text: h.contents.map((c) => (typeof c === 'string' ? c : c.value)).join('\n'), range: at(h.range) }));
}

/** The range of a whole line, as hoversAt writes it. */
function wholeLine(doc: vscode.TextDocument, line: number, lastLine = line): string {
  return `${line}:0-${lastLine}:${doc.lineAt(lastLine).text.length}`;
}

describe('Hover', () => {
  before(async () => {
    await activateExtension();
  });

  it('explains an item heading: decision, conclusion in plain words quoting the letter, guideline sources', async () => {
    const doc = await openLetter('letters', 'consistent-knee.txt');
    const line = lineOf(doc, 'Tramadol 50mg #120:');
    assert.deepStrictEqual(await hoversAt(doc, line, 2), [
      {
        text: [
          '**Tramadol 50mg \\#120**: Upheld',
          '',
          'Upheld: the utilization-review denial stands; the treatment is found not medically necessary.',
          '',
          'The rationale concludes the treatment is **not medically necessary**: “Therefore, the request for tramadol is not medically necessary.”',
          '',
          '**Guidelines**',
          '',
          '- Claims Administrator: MTUS · Opioids · pp. 74-96',
          '- MAXIMUS: MTUS · Opioids; ongoing management · p. 78',
        ].join('\n'),
        range: wholeLine(doc, line),
      },
    ]);
  });

  it('explains the concluding sentence in plain words first, the cue and negators only under "How this was read"', async () => {
    const doc = await openLetter('letters', 'consistent-knee.txt');
    const line = lineOf(doc, 'prior supply. Therefore, the request for tramadol is not medically necessary.');
    const start = doc.lineAt(line).text.indexOf('Therefore,');
    const shown = await hoversAt(doc, line, start + 3);
    assert.deepStrictEqual(shown.map((h) => h.range), [`${line}:${start}-${line}:${doc.lineAt(line).text.length}`]);
    const [plain, how] = shown[0].text.split('\n\n---\n\n');
    assert.strictEqual(plain, 'The rationale concludes the treatment is **not medically necessary**: “Therefore, the request for tramadol is not medically necessary.”');
    assert.ok(how.startsWith('**How this was read**\n\n- Cue: “medically necessary”, negated by “not”\n'), how);
  });

  it('explains a guideline citation: source and pages', async () => {
    const doc = await openLetter('letters', 'consistent-knee.txt');
    const line = lineOf(doc, 'MAXIMUS guideline: Decision based on MTUS Chronic Pain Treatment Guidelines Opioids, ongoing');
    // The citation wraps onto the next line ("management Page(s): 78."): the hover covers both.
    assert.deepStrictEqual(await hoversAt(doc, line, 25), [
      {
        text: ['**MAXIMUS guideline**', '', '- Source: MTUS', '- MTUS basis: based on the MTUS', '- Topics: Opioids; ongoing management', '- Pages: 78'].join('\n'),
        range: wholeLine(doc, line, line + 1),
      },
    ]);
  });

  it('has nothing to say on ordinary prose', async () => {
    const doc = await openLetter('letters', 'consistent-knee.txt');
    assert.deepStrictEqual(await hoversAt(doc, lineOf(doc, 'The following clinical case summary'), 5), []);
  });
});
