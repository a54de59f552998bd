/**
 * The state of the /naps/ table (text filter, "current plans only", sorted column and direction) and its form in the
 * URL (`?q=…&current=1&sort=<column>&dir=asc|desc`), so a view can be shared and Back restores it. No DOM here.
 */
export interface NapTableState {
  /** The filter text as typed (trimmed when used). */
  q: string;
  /** Only plans in force today. */
  current: boolean;
  /** The sorted column, when the reader sorted one. */
  sort?: { column: number; ascending: boolean };
}

/** The state a query string asks for; a sort column outside the table (or not a whole number) is ignored. */
export function readState(search: string, columns: number): NapTableState {
  const params = new URLSearchParams(search);
  const state: NapTableState = { q: params.get('q') ?? '', current: params.get('current') === '1' };
  const column = Number(params.get('sort'));
  if (params.has('sort') && Number.isInteger(column) && column >= 0 && column < columns) {
    state.sort = { column, ascending: params.get('dir') !== 'desc' };
  }
  return state;
}

/** The query string for a state, without `?`; empty when the table is as it loads. */
export function writeState(state: NapTableState): string {
  const next = new URLSearchParams();
  if (state.q.trim()) next.set('q', state.q.trim());
  if (state.current) next.set('current', '1');
  if (state.sort) {
    next.set('sort', String(state.sort.column));
    next.set('dir', state.sort.ascending ? 'asc' : 'desc');
  }
  return next.toString();
}

/** Whether a row stays visible: its text contains the filter (any case) and, when asked, its plan is current. */
export function rowVisible(text: string, isCurrent: boolean, state: Pick<NapTableState, 'q' | 'current'>): boolean {
  const q = state.q.trim().toLowerCase();
  return (!q || text.toLowerCase().includes(q)) && (!state.current || isCurrent);
}

/** Order of two cells' sort keys: numbers inside text compare as numbers ("2" before "10"). */
export function compareKeys(a: string, b: string, ascending: boolean): number {
  return a.localeCompare(b, 'en', { numeric: true }) * (ascending ? 1 : -1);
}
