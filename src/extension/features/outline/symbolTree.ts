// The Outline of a letter as plain data: the header (or cover page), the sections, the reviewer,
// and one node per disputed item with its guidelines and rationale. symbols.ts maps `kind` to
// vscode.SymbolKind.
//
// What VS Code 1.100 lets an extension decide (read from its Outline pane): the Outline sorts by
// range start unless the user picks another order, so the header, at the top of the letter, comes
// first whatever order the symbols are returned in; and `outline.collapseItems` (default
// `alwaysExpand`) opens or closes every node with children alike, never one node. So the header
// and the cover page are one row each, with no children (their fields are in the editor, one
// click away): the items follow within a few rows, open, their decisions beside them.
//
// Symbol kinds, for the icons (codicons) and the names VS Code shows in a row's tooltip:
// - header, cover page: File (a page); guideline: File (a cited document)
// - section: String ("abc", as VS Code's Markdown Outline marks headings); reviewer sentence and
//   decision rationale: String (the letter's own words)
// - item Overturned (the denial reversed): Event (orange bolt: something changes)
// - item Upheld (the denial stands): EnumMember (blue: the other of the two outcomes)
// - item without a readable decision: Null (grey, no colour: nothing was read)
// Module, Namespace, Package and Object all draw "{ }", Field/Property/Interface/Function are
// code shapes: none is used.
import {
  comparePositions, conclusionLabel, coverDetail, decisionLabel, guidelineLabel, plural,
  type CoverPage, type Item, type Letter, type Range,
} from '../../../core/light';

export type SymbolKindName = 'File' | 'String' | 'Event' | 'EnumMember' | 'Null';

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
  if (item.decision === 'Upheld') return 'EnumMember';
  return 'Null';
}

const ITEM_KINDS: ReadonlySet<SymbolKindName> = new Set(['Event', 'EnumMember', 'Null']);

/** An item's node (its kind tells its decision). */
export const isItemNode = (n: SymbolNode): boolean => ITEM_KINDS.has(n.kind);

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
    children.push(node('Claims Administrator guideline', guidelineLabel(claimsAdministrator), 'File', claimsAdministrator.range, claimsAdministrator.range));
  }
  if (maximus) children.push(node('MAXIMUS guideline', guidelineLabel(maximus), 'File', maximus.range, maximus.range));
  if (item.rationale) {
    children.push(node('Decision rationale', conclusionLabel(item.conclusion), 'String', item.rationale.range, item.conclusion.range ?? item.rationale.range));
  }
  return node(item.title || '(untitled item)', decisionLabel(item), itemKind(item), item.fullRange, item.titleRange, children);
}

/** The header fields as one row, no children (see the top of this file): its detail names the
 * first field, usually the case number, and how many there are. */
function headerNode(letter: Letter): SymbolNode | undefined {
  const fields = letter.header;
  if (fields.length === 0) return undefined;
  const range: Range = { start: fields[0].range.start, end: fields[fields.length - 1].range.end };
  const first = `${fields[0].label} ${fields[0].value}`.trim();
  const detail = fields.length === 1 ? first : `${first} · ${fields.length} fields`;
  return node('Header', detail, 'File', range, fields[0].labelRange);
}

/** The cover page as one row, no children: its detail is the overall determination, and the row
 * selects the Final Determination's word (the decision it holds). */
function coverNode(cover: CoverPage): SymbolNode {
  return node('Cover page', coverDetail(cover), 'File', cover.range, cover.determination?.range ?? cover.range);
}

function reviewerNode(letter: Letter): SymbolNode | undefined {
  const r = letter.reviewer;
  if (!r.range) return undefined;
  const parts: string[] = [];
  if (r.specialties.length) parts.push(r.specialties.join(', '));
  if (r.licensure.length) parts.push(`licensed in ${r.licensure.join(', ')}`);
  return node('Reviewer', parts.join(' · ') || 'qualifications not stated', 'String', r.range, r.range);
}

/** The Outline, in document order (VS Code's own order too). Items and the reviewer go under the
 * section holding them. */
export function symbolTree(letter: Letter): SymbolNode[] {
  const top: SymbolNode[] = [];
  // A cover page holds the letter's header fields (Letter.header is its fields): shown once, inside it.
  const header = letter.cover ? coverNode(letter.cover) : headerNode(letter);
  if (header) top.push(header);
  const sections = letter.sections.map((s) => ({ section: s, node: node(s.title, '', 'String', s.range, s.titleRange) }));
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
    const items = s.node.children.filter(isItemNode).length;
    if (items > 0) s.node.detail = plural(items, 'item');
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
