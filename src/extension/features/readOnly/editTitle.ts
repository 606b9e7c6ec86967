// The title of a quick fix that edits the letter says so, and what it changes: "Edit the letter:
// change 'Precription' to 'Prescription'". A fix of several edits, or of long or multi-line text,
// keeps the rule's own title after the same prefix.
import type * as vscode from 'vscode';
import type { Finding } from '../../../core/light';
import { toRange } from '../../shared/convert';

type Fix = NonNullable<Finding['fix']>;

const MAX_QUOTED = 60;

const quotable = (s: string) => s.length > 0 && s.length <= MAX_QUOTED && !/[\r\n]/.test(s);

export function editTitle(doc: vscode.TextDocument, fix: Fix): string {
  const [only] = fix.edits;
  if (fix.edits.length === 1 && only) {
    const before = doc.getText(toRange(only.range));
    if (quotable(before) && quotable(only.newText)) return `Edit the letter: change '${before}' to '${only.newText}'`;
  }
  return `Edit the letter: ${fix.title.charAt(0).toLowerCase()}${fix.title.slice(1)}`;
}
