// Marker-annotated rule fixtures (markdownlint style): every line where a finding of the folder's
// rule starts ends with `{IMRnnn}`. The harness strips the markers, runs all rules and compares.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { analyze, rules } from '../../src/core';
import { FIXTURES } from './helpers';

const RULES_DIR = path.join(FIXTURES, 'rules');
const MARKER = /\{(IMR\d{3})\}/g;

export function stripMarkers(text: string): { text: string; expected: number[]; ruleIds: Set<string> } {
  const expected: number[] = [];
  const ruleIds = new Set<string>();
  const lines = text.split(/(\r\n|\r|\n)/);
  // Odd entries are the line breaks, kept so CRLF fixtures stay CRLF.
  for (let i = 0; i < lines.length; i += 2) {
    lines[i] = lines[i].replace(MARKER, (_m, id: string) => {
      expected.push(i / 2);
      ruleIds.add(id);
      return '';
    });
  }
  return { text: lines.join(''), expected, ruleIds };
}

const folders = fs.existsSync(RULES_DIR)
  ? fs.readdirSync(RULES_DIR).filter((d) => /^IMR\d{3}$/.test(d)).sort()
  : [];

describe('rule fixtures', () => {
  it('has positive and negative fixtures for every registered rule', () => {
    for (const rule of rules) {
      const dir = path.join(RULES_DIR, rule.id);
      assert.ok(fs.existsSync(dir), `no fixtures for ${rule.id}`);
      const files = fs.readdirSync(dir);
      assert.ok(files.some((f) => f.startsWith('positive')), `${rule.id} has no positive fixture`);
      assert.ok(files.some((f) => f.startsWith('negative')), `${rule.id} has no negative fixture`);
    }
  });

  for (const id of folders) {
    const dir = path.join(RULES_DIR, id);
    for (const file of fs.readdirSync(dir).filter((f) => f.endsWith('.txt')).sort()) {
      it(`${id}/${file}`, () => {
        const raw = fs.readFileSync(path.join(dir, file), 'utf8');
        const { text, expected } = stripMarkers(raw);
        const { findings } = analyze(text);
        const actual = findings.filter((f) => f.rule === id).map((f) => f.range.start.line);
        assert.deepStrictEqual(actual.sort((a, b) => a - b), expected.sort((a, b) => a - b), `findings of ${id} start on these lines`);
        if (file.startsWith('negative')) assert.strictEqual(actual.length, 0);
        else assert.ok(actual.length > 0, 'a positive fixture must trigger its rule');
      });
    }
  }
});
