// Hovers: on an item heading, the decision, the concluding sentence and its cue and the guideline
// sources; on a guideline citation, its source and pages. Each compared whole, text and range.
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

  it('explains an item heading: decision, conclusion and cue, guideline sources', async () => {
    const doc = await openLetter('letters', 'consistent-knee.txt');
    const line = lineOf(doc, 'Tramadol 50mg #120:');
    assert.deepStrictEqual(await hoversAt(doc, line, 2), [
      {
        text: [
          '**Tramadol 50mg \\#120**: Upheld',
          '',
          'Upheld: the utilization-review denial stands; the treatment is found not medically necessary.',
          '',
          'Conclusion (not medically necessary · cue "medically necessary"): “Therefore, the request for tramadol is not medically necessary.”',
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
