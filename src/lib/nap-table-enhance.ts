/** Progressive enhancement of /naps/: sort by any column, filter by text and by current plans. The table works without it. */
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
  filter.addEventListener('input', apply);
  current.addEventListener('change', apply);
  [...table.tHead!.rows[0]!.cells].forEach((th, column) => {
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'sort';
    button.textContent = th.textContent;
    th.replaceChildren(button);
    th.setAttribute('aria-sort', 'none');
    button.addEventListener('click', () => {
      const ascending = th.getAttribute('aria-sort') !== 'ascending';
      for (const other of table.tHead!.rows[0]!.cells) other.setAttribute('aria-sort', 'none');
      th.setAttribute('aria-sort', ascending ? 'ascending' : 'descending');
      const key = (row: HTMLTableRowElement) => { const cell = row.cells[column]!; return cell.dataset.sort ?? cell.textContent!.trim(); };
      rows.sort((a, b) => key(a).localeCompare(key(b), 'en', { numeric: true }) * (ascending ? 1 : -1));
      body.append(...rows);
    });
  });
  apply();
}
