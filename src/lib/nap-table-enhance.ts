/**
 * Progressive enhancement of /naps/: sort by any column, filter by text and by current plans, all kept in the URL
 * (`?q=…&current=1&sort=<column>&dir=asc|desc`) so a view can be shared and Back restores it. The table works without it.
 */
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
  const params = new URLSearchParams(location.search);
  filter.value = params.get('q') ?? '';
  current.checked = params.get('current') === '1';
  const remember = () => {
    const next = new URLSearchParams();
    if (filter.value.trim()) next.set('q', filter.value.trim());
    if (current.checked) next.set('current', '1');
    const sorted = headers.findIndex((th) => th.getAttribute('aria-sort') !== 'none');
    if (sorted >= 0) {
      next.set('sort', String(sorted));
      next.set('dir', headers[sorted]!.getAttribute('aria-sort') === 'descending' ? 'desc' : 'asc');
    }
    const query = next.toString();
    history.replaceState(null, '', query ? `?${query}` : location.pathname);
  };
  const apply = () => {
    const q = filter.value.trim().toLowerCase();
    let shown = 0;
    for (const row of rows) {
      const visible = (!q || row.textContent!.toLowerCase().includes(q)) && (!current.checked || row.dataset.current === 'yes');
      row.hidden = !visible;
      if (visible) shown++;
    }
    status.textContent = `${shown} of ${rows.length} plans shown.`;
  };
  filter.addEventListener('input', () => { apply(); remember(); });
  current.addEventListener('change', () => { apply(); remember(); });
  const sortBy = (column: number, ascending: boolean) => {
    for (const other of headers) other.setAttribute('aria-sort', 'none');
    headers[column]!.setAttribute('aria-sort', ascending ? 'ascending' : 'descending');
    const key = (row: HTMLTableRowElement) => { const cell = row.cells[column]!; return cell.dataset.sort ?? cell.textContent!.trim(); };
    rows.sort((a, b) => key(a).localeCompare(key(b), 'en', { numeric: true }) * (ascending ? 1 : -1));
    body.append(...rows);
  };
  headers.forEach((th, column) => {
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'sort';
    button.textContent = th.textContent;
    th.replaceChildren(button);
    th.setAttribute('aria-sort', 'none');
    button.addEventListener('click', () => {
      sortBy(column, th.getAttribute('aria-sort') !== 'ascending');
      remember();
    });
  });
  const column = Number(params.get('sort'));
  if (params.has('sort') && Number.isInteger(column) && column >= 0 && column < headers.length) sortBy(column, params.get('dir') !== 'desc');
  apply();
}
