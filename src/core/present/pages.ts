// Page lists as people read them.

/** Pages as ranges, each page once, in order: [74, 74, 75, 77] reads "74-75, 77". */
export function compactPages(pages: readonly number[]): string {
  const sorted = [...new Set(pages)].sort((a, b) => a - b);
  const out: string[] = [];
  for (let i = 0; i < sorted.length; i++) {
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1] === sorted[j] + 1) j++;
    out.push(j > i ? `${sorted[i]}-${sorted[j]}` : String(sorted[i]));
    i = j;
  }
  return out.join(', ');
}

/** "p. 74" for one page, "pp. 74-78, 88" for more, '' for none. */
export function pagesLabel(pages: readonly number[]): string {
  if (pages.length === 0) return '';
  return `${new Set(pages).size === 1 ? 'p.' : 'pp.'} ${compactPages(pages)}`;
}

/**
 * The pages as data for a spreadsheet cell: the numbers as cited, space-separated ("74 75 76"), so a
 * cell can be searched for one page. The parser already keeps each page once.
 */
export function pageNumbers(pages: readonly number[]): string {
  return pages.join(' ');
}

/** An item's page in a letter read from pages: "p. 3 of 6"; "p. 3" when the count is unknown; '' without a page. */
export function pageLabel(page: number | null, pageCount: number | null): string {
  if (page === null) return '';
  return pageCount === null ? `p. ${page}` : `p. ${page} of ${pageCount}`;
}
