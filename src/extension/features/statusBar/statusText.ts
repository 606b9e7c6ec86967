// The status bar text for the active letter (its counts only, and its tooltip says so), e.g.
// "IMR: 2 upheld · 1 overturned · 1 problem", and what it says while a large letter is analysed or
// when one is over the size limit.
import { CONFIG_FILE_NAME, decisionCounts, megabytes, plural, tallyDecisions, type Analysis } from '../../../core/light';

export const MAX_SIZE_SETTING = 'imrReview.maxFileSizeMB';

export interface StatusInfo {
  text: string;
  tooltip: string;
  /**
   * Where a click goes: the Problems panel when there are problems, else the Outline; the setting
   * for a letter over the size limit; nowhere while analysing.
   */
  command?: 'workbench.actions.view.problems' | 'outline.focus' | 'workbench.action.openSettings';
  arguments?: unknown[];
}


export function statusInfo(analysis: Analysis): StatusInfo {
  const items = analysis.letter.items;
  const tally = tallyDecisions(items);
  const problems = analysis.findings.length;
  const decisions = decisionCounts(tally);
  const parts = [decisionCounts(tally, ' · '), problems === 0 ? 'no problems' : plural(problems, 'problem')];
  // Suppressed findings are counted, so an ignored problem does not look like no problem at all.
  const ignored = analysis.ignored ?? 0;
  if (ignored > 0) parts.push(`${ignored} ignored`);
  const ignoredNote = ignored > 0 ? ` ${ignored === 1 ? '1 problem is' : `${ignored} problems are`} ignored in ${CONFIG_FILE_NAME} (IMR: Manage suppressions).` : '';
  // Says what it counts: this letter (the IMR Decisions badge counts the workspace's letters).
  const tooltip =
    `This letter: ${plural(items.length, 'disputed item')} (${decisions}); ` +
    (problems === 0 ? `no problems found.${ignoredNote} Click to show the Outline.` : `${plural(problems, 'problem')}.${ignoredNote} Click to show the Problems panel.`);
  return {
    text: `IMR: ${parts.join(' · ')}`,
    tooltip,
    command: problems > 0 ? 'workbench.actions.view.problems' : 'outline.focus',
  };
}


export function tooLargeStatus(chars: number, limitChars: number): StatusInfo {
  return {
    text: `IMR: not analysed (${megabytes(chars)} MB > ${megabytes(limitChars)} MB)`,
    tooltip:
      `This letter (${megabytes(chars)} MB) is larger than the ${MAX_SIZE_SETTING} setting (${megabytes(limitChars)} MB): ` +
      'it is highlighted, but not parsed or checked (no Outline, no problems). Click to change the setting.',
    command: 'workbench.action.openSettings',
    arguments: [MAX_SIZE_SETTING],
  };
}

/** The one-time message for a letter over the limit. */
export function tooLargeMessage(name: string, chars: number, limitChars: number): string {
  return `IMR Review: ${name} (${megabytes(chars)} MB) is over the ${megabytes(limitChars)} MB limit of the ${MAX_SIZE_SETTING} setting, so it is not checked (highlighting still works).`;
}

export function analysingStatus(chars: number): StatusInfo {
  return {
    text: 'IMR: analysing…',
    tooltip: `Checking this letter (${megabytes(chars)} MB) in the background; the counts appear when it is done.`,
  };
}

export function failedStatus(): StatusInfo {
  return {
    text: 'IMR: analysis failed',
    tooltip: 'The letter could not be analysed: the IMR Review output (View > Output) has the details.',
  };
}
