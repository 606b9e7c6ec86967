// Large and hostile inputs for the timing properties: text of a chosen size built from mutated
// fixture letters, and letters whose summary, guideline or rationale is one huge adversarial block.
import * as fc from 'fast-check';
import { applyMutations, mutation } from './mutations';

/** Lines of about `width` characters made of `unit` repeated, `chars` characters in all. */
export function wrapped(unit: string, chars: number, width = 100): string {
  const perLine = Math.max(1, Math.floor(width / unit.length));
  const line = unit.repeat(perLine);
  const lines: string[] = [];
  for (let n = 0; n < chars; n += line.length + 1) lines.push(line);
  return lines.join('\n');
}

/** A small seed-layout letter whose one part is replaced by `block`. */
export function letterAround(part: 'summary' | 'guideline' | 'rationale' | 'issues', block: string): string {
  return [
    'HOW THE IMR FINAL DETERMINATION WAS MADE',
    'The expert reviewer is Board Certified in Neurology and is licensed to practice in Oregon.',
    '',
    'CLINICAL CASE SUMMARY',
    part === 'summary' ? block : 'The injured worker is a 51-year-old male who was injured on March 3, 2012.',
    '',
    'IMR ISSUES, DECISIONS AND RATIONALES',
    ...(part === 'issues'
      ? [block]
      : [
          'Walking cane:  Upheld',
          `Claims Administrator guideline: ${part === 'guideline' ? block : 'Decision based on MTUS.'}`,
          'MAXIMUS guideline: Decision based on MTUS Chronic Pain, Page(s): 12.',
          `Decision rationale: ${part === 'rationale' ? block : 'Therefore, the request is not medically necessary.'}`,
        ]),
    '',
  ].join('\n');
}

/** Families of inputs that grow with `chars`: each must take time linear in its size. */
export function growingInputs(letters: readonly string[]): Record<string, (chars: number) => string> {
  // Fixed mutation lists (a fixed seed), so small and large inputs are built the same way.
  const mutations = fc.sample(fc.array(mutation, { minLength: 1, maxLength: 4 }), { numRuns: 64, seed: 42 });
  const mutated = (chars: number) => {
    const parts: string[] = [];
    let n = 0;
    for (let k = 0; n < chars; k++) {
      const t = applyMutations(letters[k % letters.length], mutations[k % mutations.length]);
      parts.push(t);
      n += t.length + 1;
    }
    return parts.join('\n').slice(0, chars);
  };
  const issuesOf = (t: string) => t.slice(Math.max(0, t.indexOf('IMR ISSUES')));
  const items = letters.map(issuesOf).filter((t) => t.length > 200);
  return {
    'mutated fixture letters, concatenated': mutated,
    'one letter whose items repeat': (chars) => letterAround('issues', repeatTo(items, chars)),
    'mutated letters with every blank line removed': (chars) => mutated(chars).replace(/\n[ \f]*(?=\n)/g, ''),
    'summary: dates and no sentence ends': (chars) => letterAround('summary', wrapped('seen on 5/26/12 and ', chars)),
    'summary: one long paragraph': (chars) => letterAround('summary', wrapped('The worker reports pain in the back. ', chars)),
    'guideline: Non-MTUS repeated': (chars) => letterAround('guideline', wrapped('Non-MTUS ', chars)),
    'guideline: Page(s): 1, repeated': (chars) => letterAround('guideline', wrapped('Page(s): 1, ', chars)),
    'rationale: quotes and cues': (chars) => letterAround('rationale', wrapped('"a" is medically necessary. ', chars)),
    'rationale: cues in one sentence': (chars) => letterAround('rationale', wrapped('medically necessary ', chars)),
    'rationale: earlier-review clauses and quotes in one sentence': (chars) =>
      letterAround('rationale', wrapped('the UR found it not medically necessary and is not "x", ', chars)),
    'rationale: unclosed quotes': (chars) => letterAround('rationale', wrapped('“the request is not medically necessary. ', chars)),
    'issues: X:  Upheld lines': (chars) => letterAround('issues', wrapped('X:  Upheld', chars, 1)),
  };
}

function repeatTo(parts: readonly string[], chars: number): string {
  const out: string[] = [];
  let n = 0;
  for (let k = 0; n < chars; k++) {
    out.push(parts[k % parts.length]);
    n += parts[k % parts.length].length + 1;
  }
  return out.join('\n');
}
