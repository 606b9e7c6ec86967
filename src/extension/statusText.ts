// The status bar text for the active letter, e.g. "IMR: 2 upheld · 1 overturned · 1 problem".
import type { Analysis } from '../core/index';

export interface StatusInfo {
  text: string;
  tooltip: string;
  /** Where a click goes: the Problems panel when there are problems, else the Outline. */
  command: 'workbench.actions.view.problems' | 'outline.focus';
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

export function statusInfo(analysis: Analysis): StatusInfo {
  const items = analysis.letter.items;
  const upheld = items.filter((i) => i.decision === 'Upheld').length;
  const overturned = items.filter((i) => i.decision === 'Overturned').length;
  const undecided = items.length - upheld - overturned;
  const problems = analysis.findings.length;
  const parts = [`${upheld} upheld`, `${overturned} overturned`];
  if (undecided > 0) parts.push(`${undecided} without decision`);
  parts.push(problems === 0 ? 'no problems' : plural(problems, 'problem'));
  const tooltip =
    `${plural(items.length, 'disputed item')}: ${parts.slice(0, -1).join(', ')}. ` +
    (problems === 0 ? 'No problems found. Click to show the Outline.' : `${plural(problems, 'problem')}. Click to show the Problems panel.`);
  return {
    text: `IMR: ${parts.join(' · ')}`,
    tooltip,
    command: problems > 0 ? 'workbench.actions.view.problems' : 'outline.focus',
  };
}
