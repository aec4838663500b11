import type { Unit } from './units.ts';

/** Rows in a run, at least, for lines to read as a table. */
const MIN_ROWS = 3;

/** The cells of a line a browser copied from a table row: its text split at tabs. */
function cellCount(text: string): number {
  const cells = text.trim().split('\t').filter((c) => c.trim() !== '');
  return cells.length;
}

/**
 * Lines that are the rows of a table: a browser's copy of an HTML table puts each row on a line
 * and a tab between its cells, so a run of MIN_ROWS or more lines of the same number (two or
 * more) of tab-separated cells is one (its header row included). Tables are numbers and names,
 * few stopwords: read alone, each row would pass for page furniture.
 */
export function tableRows(units: Unit[]): Set<number> {
  const rows = new Set<number>();
  let start = 0;
  let cells = 0;
  const close = (end: number) => {
    if (cells >= 2 && end - start >= MIN_ROWS) for (let k = start; k < end; k++) rows.add(k);
  };
  units.forEach((u, i) => {
    const n = u.kind === 'text' && u.text.includes('\t') ? cellCount(u.text) : 0;
    if (n === cells && n >= 2) return;
    close(i);
    start = i;
    cells = n;
  });
  close(units.length);
  return rows;
}
