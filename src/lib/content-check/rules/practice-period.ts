/** An ongoing practice has no end year. */
import type { Problem } from '../problems.ts';
import { validOf, type RuleContext } from './types.ts';

export function practicePeriod(context: RuleContext): Problem[] {
  const problems: Problem[] = [];
  for (const [r, d] of validOf(context, 'practices')) {
    if (d.status === 'ongoing' && d.period?.to !== undefined) {
      problems.push({
        file: r.file,
        ...r.locate(['period', 'to']),
        field: 'period.to',
        message: `status is "ongoing" but the period ends in ${d.period.to}`,
        fix: 'leave `to` out while the practice runs, or set `status: ended` if a source says it ended',
      });
    }
  }
  return problems;
}
