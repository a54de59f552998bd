/** Keyboard: "/" goes to the search field; the arrow keys move between the results and back to the field. */
export function resultLinks(): HTMLAnchorElement[] {
  return [...document.querySelectorAll<HTMLAnchorElement>('#search-results a.result-link')];
}

export function keyboard(input: HTMLInputElement) {
  document.addEventListener('keydown', (e) => {
    const target = e.target as HTMLElement;
    const typing = target.closest('input, textarea, select') !== null;
    if (e.key === '/' && !typing) {
      e.preventDefault();
      input.focus();
      input.select();
      return;
    }
    if (e.key !== 'ArrowDown' && e.key !== 'ArrowUp') return;
    const links = resultLinks();
    if (!links.length) return;
    const at = links.indexOf(target as HTMLAnchorElement);
    if (target === input && e.key === 'ArrowDown') {
      e.preventDefault();
      links[0]!.focus();
      return;
    }
    if (at < 0) return;
    e.preventDefault();
    if (e.key === 'ArrowDown') links[Math.min(at + 1, links.length - 1)]!.focus();
    else if (at === 0) input.focus();
    else links[at - 1]!.focus();
  });
}
