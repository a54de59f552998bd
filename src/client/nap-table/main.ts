/**
 * Progressive enhancement of /naps/: sort by any column, filter by text and by current plans, all kept in the URL
 * (./state.ts) so a view can be shared and Back restores it. The table works without it. This module only wires the
 * page's elements to the state (./state.ts) and the rendering (./render.ts).
 */
import { readState, writeState, type NapTableState } from './state.ts';
import { showRows, sortOf, sortRows } from './render.ts';

export function enhanceNapTable() {
  const table = document.getElementById('nap-table') as HTMLTableElement | null;
  const controls = document.getElementById('nap-controls');
  if (!table || !controls) return;
  controls.hidden = false;
  const body = table.tBodies[0]!;
  const rows = [...body.rows];
  const filter = document.getElementById('nap-filter') as HTMLInputElement;
  const current = document.getElementById('nap-current') as HTMLInputElement;
  const status = document.getElementById('nap-count')!;
  const headers = [...table.tHead!.rows[0]!.cells];

  const initial = readState(location.search, headers.length);
  filter.value = initial.q;
  current.checked = initial.current;
  const state = (): NapTableState => {
    const sort = sortOf(headers);
    return { q: filter.value, current: current.checked, ...(sort && { sort }) };
  };
  const remember = () => {
    const query = writeState(state());
    history.replaceState(null, '', query ? `?${query}` : location.pathname);
  };
  const apply = () => showRows(rows, state(), status);

  filter.addEventListener('input', () => {
    apply();
    remember();
  });
  current.addEventListener('change', () => {
    apply();
    remember();
  });
  headers.forEach((th, column) => {
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'sort';
    button.textContent = th.textContent;
    th.replaceChildren(button);
    th.setAttribute('aria-sort', 'none');
    button.addEventListener('click', () => {
      sortRows(body, rows, headers, { column, ascending: th.getAttribute('aria-sort') !== 'ascending' });
      remember();
    });
  });
  if (initial.sort) sortRows(body, rows, headers, initial.sort);
  apply();
}
