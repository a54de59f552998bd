// The /naps/ table's state and its URL (src/client/nap-table/state.ts): what a shared address restores, and what
// the table writes back as the reader filters and sorts. The browser test (tests/browser/nap-table.test.ts) drives the page.
import { describe, expect, it } from 'vitest';
import { compareKeys, readState, rowVisible, writeState } from '../../src/client/nap-table/state.ts';
import { countLabel } from '../../src/client/nap-table/render.ts';

describe('NAP table state in the URL', () => {
  it('reads the filter, "current only" and the sorted column', () => {
    expect(readState('?q=labour&current=1&sort=2&dir=desc', 5)).toEqual({
      q: 'labour',
      current: true,
      sort: { column: 2, ascending: false },
    });
    expect(readState('?sort=0', 5)).toEqual({ q: '', current: false, sort: { column: 0, ascending: true } });
    expect(readState('', 5)).toEqual({ q: '', current: false });
  });
  it('ignores a sort column outside the table or not a whole number', () => {
    for (const sort of ['5', '-1', '1.5', 'x']) expect(readState(`?sort=${sort}`, 5).sort, sort).toBeUndefined();
    expect(readState('?current=yes', 5).current).toBe(false);
  });
  it('writes only what differs from the table as it loads, with the filter trimmed', () => {
    expect(writeState({ q: '  ', current: false })).toBe('');
    expect(writeState({ q: ' child ', current: true, sort: { column: 3, ascending: true } })).toBe(
      'q=child&current=1&sort=3&dir=asc',
    );
    expect(writeState({ q: 'a&b', current: false, sort: { column: 0, ascending: false } })).toBe(
      'q=a%26b&sort=0&dir=desc',
    );
  });
  it('restores what it wrote', () => {
    const state = { q: 'Moldova', current: true, sort: { column: 1, ascending: false } };
    expect(readState(`?${writeState(state)}`, 4)).toEqual(state);
  });
});

describe('NAP table rows', () => {
  it('keeps a row whose text contains the filter in any case, and only current plans when asked', () => {
    expect(rowVisible('Ireland 2023–2027', true, { q: ' IRELAND ', current: false })).toBe(true);
    expect(rowVisible('Ireland 2023–2027', false, { q: '', current: true })).toBe(false);
    expect(rowVisible('Moldova', true, { q: 'ireland', current: false })).toBe(false);
  });
  it('sorts numbers inside text as numbers, either way', () => {
    expect(['10', '2', '1'].sort((a, b) => compareKeys(a, b, true))).toEqual(['1', '2', '10']);
    expect(['2020-01', '2019-12', '2021'].sort((a, b) => compareKeys(a, b, false))).toEqual([
      '2021',
      '2020-01',
      '2019-12',
    ]);
  });
  it('announces the count', () => expect(countLabel(3, 12)).toBe('3 of 12 plans shown.'));
});
