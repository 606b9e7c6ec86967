// The Outline of a letter as plain data: sections, header fields, the reviewer, and one node per
// disputed item with its guidelines and rationale. symbols.ts maps `kind` to vscode.SymbolKind.
//
// Symbol kinds (chosen for icons that tell decisions apart at a glance in the Outline):
// - section: Module; header block and cover page: Namespace; header field: Field; reviewer: Property
// - the cover page's Final Determination: Property (Event, Constant and Null mark items only)
// - item Overturned (treatment found necessary, the denial reversed): Event (orange bolt)
// - item Upheld (denial stands, nothing changes): Constant
// - item without a readable decision: Null
// - guideline: Interface; decision rationale: Function
import {
  comparePositions, conclusionLabel, coverDetail, decisionLabel, guidelineLabel, overallDeterminationLabel,
  type CoverPage, type Item, type Letter, type Range,
} from '../../../core/light';

export type SymbolKindName =
  | 'Module'
  | 'Namespace'
  | 'Field'
  | 'Property'
  | 'Event'
  | 'Constant'
  | 'Null'
  | 'Interface'
  | 'Function';

export interface SymbolNode {
  name: string;
  detail: string;
  kind: SymbolKindName;
  range: Range;
  selectionRange: Range;
  children: SymbolNode[];
}

export function itemKind(item: Pick<Item, 'decision'>): SymbolKindName {
  if (item.decision === 'Overturned') return 'Event';
  if (item.decision === 'Upheld') return 'Constant';
  return 'Null';
}

/** DocumentSymbol requires selectionRange inside range; clamp defensively. */
function node(name: string, detail: string, kind: SymbolKindName, range: Range, selection: Range, children: SymbolNode[] = []): SymbolNode {
  const inside = comparePositions(range.start, selection.start) <= 0 && comparePositions(selection.end, range.end) <= 0;
  return { name: name.trim() || '(untitled)', detail, kind, range, selectionRange: inside ? selection : range, children };
}

function within(outer: Range, inner: Range): boolean {
  return comparePositions(outer.start, inner.start) <= 0 && comparePositions(inner.start, outer.end) <= 0;
}

function itemNode(item: Item): SymbolNode {
  const children: SymbolNode[] = [];
  const { claimsAdministrator, maximus } = item.guidelines;
  if (claimsAdministrator) {
    children.push(node('Claims Administrator guideline', guidelineLabel(claimsAdministrator), 'Interface', claimsAdministrator.range, claimsAdministrator.range));
  }
  if (maximus) children.push(node('MAXIMUS guideline', guidelineLabel(maximus), 'Interface', maximus.range, maximus.range));
  if (item.rationale) {
    children.push(node('Decision rationale', conclusionLabel(item.conclusion), 'Function', item.rationale.range, item.conclusion.range ?? item.rationale.range));
  }
  return node(item.title || '(untitled item)', decisionLabel(item), itemKind(item), item.fullRange, item.titleRange, children);
}

function headerNode(letter: Letter): SymbolNode | undefined {
  if (letter.header.length === 0) return undefined;
  const first = letter.header[0].range;
  const last = letter.header[letter.header.length - 1].range;
  const range: Range = { start: first.start, end: last.end };
  const fields = letter.header.map((f) => node(f.label, f.value, 'Field', f.range, f.labelRange));
  return node('Header', `${letter.header.length} field${letter.header.length === 1 ? '' : 's'}`, 'Namespace', range, first, fields);
}

/** The cover page: its header fields, the letter's date, the treatments in dispute and the overall
 * determination, under one node that folds away; its detail is the determination. */
function coverNode(cover: CoverPage): SymbolNode {
  const children = cover.fields.map((f) => node(f.label, f.value, 'Field', f.range, f.labelRange));
  if (cover.letterDate) children.push(node('Letter date', cover.letterDate.date, 'Field', cover.letterDate.range, cover.letterDate.range));
  const treatments = cover.treatmentsInDispute;
  if (treatments.length > 0) {
    const range: Range = { start: treatments[0].range.start, end: treatments[treatments.length - 1].range.end };
    const each = treatments.map((t) => node(t.text, '', 'Property', t.range, t.range));
    children.push(node('Treatments in dispute', `${treatments.length} treatment${treatments.length === 1 ? '' : 's'}`, 'Namespace', range, treatments[0].range, each));
  }
  const d = cover.determination;
  if (d) {
    const sentence = cover.determinationSentence;
    const end = sentence && comparePositions(sentence.range.end, d.range.end) > 0 ? sentence.range.end : d.range.end;
    children.push(node('Final Determination', [overallDeterminationLabel(cover), sentence?.text ?? ''].filter(Boolean).join(': '), 'Property', { start: d.range.start, end }, d.range));
  }
  children.sort((a, b) => comparePositions(a.range.start, b.range.start));
  return node('Cover page', coverDetail(cover), 'Namespace', cover.range, d?.range ?? cover.range, children);
}

function reviewerNode(letter: Letter): SymbolNode | undefined {
  const r = letter.reviewer;
  if (!r.range) return undefined;
  const parts: string[] = [];
  if (r.specialties.length) parts.push(r.specialties.join(', '));
  if (r.licensure.length) parts.push(`licensed in ${r.licensure.join(', ')}`);
  return node('Reviewer', parts.join(' · ') || 'qualifications not stated', 'Property', r.range, r.range);
}

/** The Outline, in document order. Items and the reviewer go under the section holding them. */
export function symbolTree(letter: Letter): SymbolNode[] {
  const top: SymbolNode[] = [];
  // A cover page holds the letter's header fields (Letter.header is its fields): shown once, inside it.
  const header = letter.cover ? coverNode(letter.cover) : headerNode(letter);
  if (header) top.push(header);
  const sections = letter.sections.map((s) => ({ section: s, node: node(s.title, '', 'Module', s.range, s.titleRange) }));
  top.push(...sections.map((s) => s.node));

  const place = (child: SymbolNode, at: Range) => {
    // The innermost (last starting) section that contains the child's start.
    const owner = [...sections].reverse().find((s) => within(s.section.range, at));
    (owner ? owner.node.children : top).push(child);
  };
  const reviewer = reviewerNode(letter);
  if (reviewer && letter.reviewer.range) place(reviewer, letter.reviewer.range);
  for (const item of letter.items) place(itemNode(item), item.fullRange);

  for (const s of sections) {
    const items = s.node.children.filter((c) => c.kind === 'Event' || c.kind === 'Constant' || c.kind === 'Null').length;
    if (items > 0) s.node.detail = `${items} item${items === 1 ? '' : 's'}`;
    s.node.children.sort((a, b) => comparePositions(a.range.start, b.range.start));
  }
  top.sort((a, b) => comparePositions(a.range.start, b.range.start));
  return top;
}

export interface FoldingData {
  start: number;
  end: number;
}

/** Folding for the header block, sections and items (and each item's labelled parts). */
export function foldingRanges(letter: Letter): FoldingData[] {
  const out: FoldingData[] = [];
  const add = (r: Range | null | undefined) => {
    if (r && r.end.line > r.start.line) out.push({ start: r.start.line, end: r.end.line });
  };
  if (letter.cover) {
    add(letter.cover.range);
    const t = letter.cover.treatmentsInDispute;
    if (t.length > 1) add({ start: t[0].range.start, end: t[t.length - 1].range.end });
  } else if (letter.header.length > 1) add({ start: letter.header[0].range.start, end: letter.header[letter.header.length - 1].range.end });
  for (const s of letter.sections) add(s.range);
  for (const item of letter.items) {
    add(item.fullRange);
    add(item.guidelines.claimsAdministrator?.range);
    add(item.guidelines.maximus?.range);
    add(item.rationale?.range);
  }
  const seen = new Set<string>();
  return out
    .filter((f) => {
      const key = `${f.start}:${f.end}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    })
    .sort((a, b) => a.start - b.start || b.end - a.end);
}
