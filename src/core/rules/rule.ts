import type { Finding, Letter, Severity } from '../model';

/** What a rule reports; the engine fills in rule, name and the configured severity. */
export type RuleReport = Omit<Finding, 'rule' | 'name' | 'severity'>;

export interface RuleDocs {
  /** Why it matters, in a sentence or two. */
  why: string;
  /** A short letter excerpt that triggers the rule (synthetic). */
  example: string;
}

/** One rule = one file. Its ID is stable and never reused once a rule is retired. */
export interface Rule {
  id: string;
  name: string;
  description: string;
  severity: Severity;
  tags: string[];
  docs: RuleDocs;
  check(letter: Letter): RuleReport[];
}
