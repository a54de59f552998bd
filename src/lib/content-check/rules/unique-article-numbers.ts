/** Each Convention article has one record: no two share a number. */
import type { Problem } from '../problems.ts';
import { validOf, type RuleContext } from './types.ts';

export function uniqueArticleNumbers(context: RuleContext): Problem[] {
  const problems: Problem[] = [];
  const byNumber = new Map<number, { file: string }>();
  for (const [r, d] of validOf(context, 'convention')) {
    const other = byNumber.get(d.number);
    if (other)
      problems.push({
        file: r.file,
        ...r.locate(['number']),
        field: 'number',
        message: `duplicate article number ${d.number}: ${other.file} has the same number`,
        fix: 'each article has one record: remove one of the two files',
      });
    byNumber.set(d.number, r);
  }
  return problems;
}
