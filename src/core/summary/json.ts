// The JSON export: a public contract (schemaVersion 1, documented in the README). Fields are
// written in a fixed order so output is stable across runs and platforms.
import type { CoverPage, Finding, Guideline, Item, Letter } from '../model';
import { LetterStream } from './letterStream';
import { addCounts, countReport, SCHEMA_VERSION, zeroCounts, type Counts, type LetterReport } from './report';

function guidelineJson(g: Guideline | null) {
  if (!g) return null;
  const c = g.citation;
  return {
    text: g.text,
    range: g.range,
    sources: c.sources,
    mtusBasis: c.mtusBasis,
    topics: c.topics,
    pages: c.pages,
    regulations: c.regulations,
    noEvidenceCited: c.noEvidenceCited,
  };
}

function itemJson(i: Item) {
  return {
    index: i.index,
    // Added in schema version 1: the item's number as the summaries show it (index + 1), a field of
    // its own: a title may itself start with a number, the letter's quantity ("1 Prescription of ...").
    number: i.index + 1,
    title: i.title,
    decision: i.decision,
    decisionText: i.decisionText,
    range: i.range,
    fullRange: i.fullRange,
    // Added in schema version 1: the page its heading starts on, null for a text without page breaks.
    page: i.page,
    guidelines: { claimsAdministrator: guidelineJson(i.guidelines.claimsAdministrator), maximus: guidelineJson(i.guidelines.maximus) },
    rationaleRange: i.rationale?.range ?? null,
    conclusion: {
      necessity: i.conclusion.necessity,
      text: i.conclusion.text,
      cue: i.conclusion.cue,
      range: i.conclusion.range,
      negators: i.conclusion.negators,
      explanation: i.conclusion.explanation,
    },
  };
}

/** The cover page (an added field of schema version 1, present only for letters that have one). */
function coverJson(c: CoverPage) {
  return {
    range: c.range,
    fields: c.fields.map((f) => ({ label: f.label, value: f.value, range: f.range })),
    injury: c.injury,
    treatmentsInDispute: c.treatmentsInDispute.map((t) => ({ text: t.text, range: t.range })),
    determination: c.determination,
    determinationSentence: c.determinationSentence && { text: c.determinationSentence.text, scope: c.determinationSentence.scope, range: c.determinationSentence.range },
    letterDate: c.letterDate,
  };
}

export function findingJson(f: Finding) {
  return {
    rule: f.rule,
    name: f.name,
    severity: f.severity,
    message: f.message,
    range: f.range,
    ...(f.item !== undefined ? { item: f.item } : {}),
    ...(f.related ? { related: f.related } : {}),
  };
}

function letterJson(file: string, l: Letter, findings: Finding[]) {
  return {
    file,
    layout: l.layout,
    // Added in schema version 1: pages of a letter read from a PDF, null for a text without page breaks.
    pageCount: l.pageCount,
    header: l.header.map((h) => ({ label: h.label, value: h.value, range: h.range })),
    reviewer: { specialties: l.reviewer.specialties, licensure: l.reviewer.licensure },
    case: { age: l.case.age, sex: l.case.sex, dateOfInjury: l.case.dateOfInjury },
    ...(l.cover ? { cover: coverJson(l.cover) } : {}),
    sections: l.sections.map((s) => ({ kind: s.kind, title: s.title, range: s.range })),
    items: l.items.map(itemJson),
    findings: findings.map(findingJson),
  };
}

/** The sums over all letters (an added field of schema version 1: findings of every kind, items by decision). */
function totalsJson(letters: number, c: Counts) {
  return { letters, items: c.items, upheld: c.upheld, overturned: c.overturned, undecided: c.undecided, errors: c.errors, warnings: c.warnings, infos: c.infos };
}

/** `export --format json`: every letter with its items, conclusions and findings, then the totals. */
export function renderJson(reports: readonly LetterReport[]): string {
  const totals = totalsJson(reports.length, reports.reduce((t, r) => addCounts(t, countReport(r)), zeroCounts()));
  return JSON.stringify({ schemaVersion: SCHEMA_VERSION, letters: reports.map((r) => letterJson(r.file, r.letter, r.findings)), totals }, null, 2) + '\n';
}

/**
 * JSON.stringify(value, null, 2) as it appears `depth` levels deep: stringified that deep inside
 * arrays and cut out (a slice shares the string: a letter's 70 MB of JSON is not copied again).
 */
function nested(value: unknown, depth: 1 | 2): string {
  const json = JSON.stringify(depth === 1 ? [value] : [[value]], null, 2);
  return depth === 1 ? json.slice(4, -2) : json.slice(10, -6);
}

/**
 * renderJson a letter at a time (letters in output order): the chunks joined are its bytes, and
 * only the running totals are kept, so a batch of any size is written without holding its letters.
 */
export class JsonStream extends LetterStream {
  begin(): string {
    return `{\n  "schemaVersion": ${JSON.stringify(SCHEMA_VERSION)},\n  "letters": [`;
  }

  /** The letter's object as it sits in the `letters` array (two levels deep). */
  render(r: LetterReport): string {
    return nested(letterJson(r.file, r.letter, r.findings), 2);
  }

  protected frame(text: string): string {
    return `${this.letters ? ',' : ''}\n    ${text}`;
  }

  end(): string {
    return `${this.letters ? '\n  ]' : ']'},\n  "totals": ${nested(totalsJson(this.letters, this.total), 1)}\n}\n`;
  }
}

/** `export --format jsonl`: one letter a line, the object of the JSON's `letters` array; no totals. */
export class JsonLinesStream extends LetterStream {
  begin(): string {
    return '';
  }

  render(r: LetterReport): string {
    return `${JSON.stringify(letterJson(r.file, r.letter, r.findings))}\n`;
  }

  protected frame(text: string): string {
    return text;
  }

  end(): string {
    return '';
  }
}

export interface CheckFileResult {
  file: string;
  findings: Finding[];
}

export interface Problem {
  file: string;
  message: string;
}

/** `check --format json`: findings per file, plus the files skipped and the ones that could not be read. */
export function renderCheckJson(files: readonly CheckFileResult[], skipped: readonly Problem[] = [], errors: readonly Problem[] = []): string {
  return (
    JSON.stringify(
      {
        schemaVersion: SCHEMA_VERSION,
        files: files.map((f) => ({ file: f.file, findings: f.findings.map(findingJson) })),
        skipped,
        errors,
      },
      null,
      2,
    ) + '\n'
  );
}
