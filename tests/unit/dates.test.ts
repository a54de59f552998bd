import { describe, expect, it } from 'vitest';
import { comparePartialDates, formatPartialDate, yearOf } from '../../src/lib/dates.ts';
import { isPartialDate, partialDate } from '../../src/schemas/fields.ts';

describe('partial dates', () => {
  it('are shown as far as they are known, never completed', () => {
    expect(formatPartialDate('2021-11-16')).toBe('16 November 2021');
    expect(formatPartialDate('2021-11')).toBe('November 2021');
    expect(formatPartialDate('2021')).toBe('2021');
    expect(formatPartialDate('2005-05-03')).toBe('3 May 2005');
  });
  it('sort year before month before day within a year', () => {
    const sorted = ['2005-11-17', '2005', '2004-12', '2005-11'].sort(comparePartialDates);
    expect(sorted).toEqual(['2004-12', '2005', '2005-11', '2005-11-17']);
    expect(yearOf('2005-11')).toBe(2005);
  });
  it('accept only real days and months', () => {
    expect(isPartialDate('2024-02-29')).toBe(true);
    expect(isPartialDate('2023-02-29')).toBe(false);
    expect(isPartialDate('2021-13')).toBe(false);
    expect(isPartialDate('21-11-16')).toBe(false);
    expect(isPartialDate('2021-1-5')).toBe(false);
  });
  it('normalise what YAML parsers produce (Date objects, bare years) to text', () => {
    expect(partialDate.parse(new Date(Date.UTC(2021, 10, 16)))).toBe('2021-11-16');
    expect(partialDate.parse(2005)).toBe('2005');
    expect(partialDate.parse('2005-11')).toBe('2005-11');
    expect(partialDate.safeParse('2005-11-31').success).toBe(false);
  });
});

describe("partial date messages in the editor's terms", () => {
  it('name the month and its length, the impossible month, or the expected form', async () => {
    const { partialDateProblem } = await import('../../src/schemas/fields.ts');
    expect(partialDateProblem('2024-02-30')).toBe('2024-02-30: February 2024 has 29 days');
    expect(partialDateProblem('2023-04-31')).toBe('2023-04-31: April 2023 has 30 days');
    expect(partialDateProblem('2021-13')).toBe('2021-13: there is no month 13 (months run from 01 to 12)');
    expect(partialDateProblem('30.02.2024')).toBe(
      '"30.02.2024" is not a date written "YYYY", "YYYY-MM" or "YYYY-MM-DD"',
    );
    expect(partialDateProblem('2024-02-29')).toBeUndefined();
  });
});
