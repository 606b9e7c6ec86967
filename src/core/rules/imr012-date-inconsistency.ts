import type { CaseDate, DateKind } from '../model';
import type { Rule, RuleReport } from './rule';

/**
 * Compares ISO dates at the precision both have ("2014-03" vs "2014-03-06" compare as months):
 * negative when a is certainly earlier, positive when certainly later, 0 when it cannot be told.
 */
export function compareIsoDates(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  const x = a.slice(0, n);
  const y = b.slice(0, n);
  return x < y ? -1 : x > y ? 1 : 0;
}

// What can only happen after the injury in a workers' compensation case.
const AFTER_INJURY: readonly DateKind[] = ['progress-note', 'ur-decision', 'request'];
const KIND_WORDS: Readonly<Record<DateKind, string>> = {
  injury: 'injury',
  'progress-note': 'progress note',
  'ur-decision': 'utilization review decision',
  request: 'request',
  treatment: 'treatment',
  other: 'date',
};

export const dateInconsistency: Rule = {
  id: 'IMR012',
  name: 'date-inconsistency',
  description: 'Case summary dates in an impossible order, or a date missing where one was written ("dated  the following").',
  severity: 'warning',
  tags: ['case-summary', 'dates', 'consistency'],
  docs: {
    why: 'The timeline decides which records and guidelines apply. An injury dated after the progress notes or the UR decision, a UR decision before the request it answers, or a blank where a date should be, means the summary was mistyped or pieced together from another case.',
    example: 'The injured worker was injured on August 4, 2015. The most recent progress note dated March 2, 2014, ...',
  },
  check(letter) {
    const reports: RuleReport[] = [];
    const dates = letter.case.dates;

    // The original injury is the earliest one named; a later "injury" may be a new one.
    const injuries = dates.filter((d) => d.kind === 'injury').sort((a, b) => compareIsoDates(a.date, b.date));
    const injury = injuries[0];
    if (injury) {
      // A report or examination may predate the injury (an old MRI report); the progress notes only
      // conflict when every one of them does. Requests and UR decisions always come after the injury.
      const notes = dates.filter((d) => d.kind === 'progress-note');
      const allNotesBefore = notes.length > 0 && notes.every((d) => compareIsoDates(d.date, injury.date) < 0);
      const before = dates.filter(
        (d) => AFTER_INJURY.includes(d.kind) && compareIsoDates(d.date, injury.date) < 0 && (d.kind !== 'progress-note' || allNotesBefore),
      );
      if (before.length > 0) {
        reports.push({
          message: `The injury (${injury.text}) is dated after ${listed(before.map((d) => `the ${describe(d)}`))}.`,
          range: injury.range,
          related: before.map((d) => ({ message: `${capitalise(KIND_WORDS[d.kind])} dated ${d.text}, before the injury`, range: d.range })),
        });
      }
    }

    // Only a letter with one request and one UR decision says unambiguously which answers which.
    const requests = dates.filter((d) => d.kind === 'request');
    const decisions = dates.filter((d) => d.kind === 'ur-decision');
    if (requests.length === 1 && decisions.length === 1 && compareIsoDates(decisions[0].date, requests[0].date) < 0) {
      reports.push({
        message: `The utilization review decision (${decisions[0].text}) is dated before the request it decides (${requests[0].text}).`,
        range: decisions[0].range,
        related: [{ message: `Request dated ${requests[0].text}`, range: requests[0].range }],
      });
    }

    for (const slot of letter.case.emptyDateSlots) {
      reports.push({ message: 'A date is missing here: "dated" is not followed by a full date.', range: slot });
    }
    return reports;
  },
};

function describe(d: CaseDate): string {
  return `${KIND_WORDS[d.kind]} (${d.text})`;
}

/** "a", "a and b", "a, b and c". */
function listed(parts: readonly string[]): string {
  return parts.length < 2 ? parts.join('') : `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1]}`;
}

function capitalise(s: string): string {
  return s[0].toUpperCase() + s.slice(1);
}
