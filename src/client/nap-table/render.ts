/** What the /naps/ table shows for a state: which rows, in which order, and the count announced to screen readers. */
import { compareKeys, rowVisible, type NapTableState } from './state.ts';

/** "3 of 12 plans shown." */
export function countLabel(shown: number, total: number): string {
  return `${shown} of ${total} plans shown.`;
}

/** Hides the rows the state filters out and writes the count; returns how many rows are shown. */
export function showRows(rows: readonly HTMLTableRowElement[], state: NapTableState, status: HTMLElement): number {
  let shown = 0;
  for (const row of rows) {
    const visible = rowVisible(row.textContent ?? '', row.dataset.current === 'yes', state);
    row.hidden = !visible;
    if (visible) shown++;
  }
  status.textContent = countLabel(shown, rows.length);
  return shown;
}

/** The key a cell sorts by: its `data-sort` (dates, numbers) or else its text. */
const sortKey = (row: HTMLTableRowElement, column: number) => {
  const cell = row.cells[column]!;
  return cell.dataset.sort ?? cell.textContent!.trim();
};

/** Sorts `rows` in place by a column, moves them in the table body in that order and marks the header (aria-sort). */
export function sortRows(
  body: HTMLTableSectionElement,
  rows: HTMLTableRowElement[],
  headers: readonly HTMLTableCellElement[],
  sort: { column: number; ascending: boolean },
): void {
  for (const other of headers) other.setAttribute('aria-sort', 'none');
  headers[sort.column]!.setAttribute('aria-sort', sort.ascending ? 'ascending' : 'descending');
  rows.sort((a, b) => compareKeys(sortKey(a, sort.column), sortKey(b, sort.column), sort.ascending));
  body.append(...rows);
}

/** The sorted column as the headers show it, or none. */
export function sortOf(headers: readonly HTMLTableCellElement[]): NapTableState['sort'] {
  const column = headers.findIndex((th) => th.getAttribute('aria-sort') !== 'none');
  return column >= 0 ? { column, ascending: headers[column]!.getAttribute('aria-sort') !== 'descending' } : undefined;
}
