/**
 * Words for paginated lists: every list that can grow with the corpus is split into pages
 * (Astro's paginate(): page 1 at the list's own URL, then /2/, /3/…) and says how long it is.
 */

/** A noun in the singular and plural: ['brief', 'briefs']. */
export type Noun = readonly [one: string, many: string];

const number = new Intl.NumberFormat('en-GB');

/** 1234 -> "1,234". */
export function formatNumber(n: number): string {
  return number.format(n);
}

/** "1 brief", "1,234 briefs". */
export function countOf(total: number, noun: Noun): string {
  return `${formatNumber(total)} ${total === 1 ? noun[0] : noun[1]}`;
}

/** "312 briefs, page 2 of 16"; on a single page just "3 briefs". */
export function pageCount(page: { total: number; currentPage: number; lastPage: number }, noun: Noun): string {
  const count = countOf(page.total, noun);
  return page.lastPage > 1 ? `${count}, page ${page.currentPage} of ${page.lastPage}` : count;
}

/** A title for page n of a list: "Defence" on page 1, "Defence, page 2" after. */
export function pageTitle(title: string, currentPage: number): string {
  return currentPage > 1 ? `${title}, page ${currentPage}` : title;
}

export const BRIEFS: Noun = ['brief', 'briefs'];
