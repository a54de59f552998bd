/** A country says why no plan of it is documented only while no plan record names it. */
import type { Problem } from '../problems.ts';
import { validOf, type RuleContext } from './types.ts';

export function napGap(context: RuleContext): Problem[] {
  const problems: Problem[] = [];
  const withPlan = new Map<string, string>();
  for (const [r, d] of validOf(context, 'naps')) withPlan.set(d.country as string, r.id);
  for (const [r, d] of validOf(context, 'countries')) {
    const plan = withPlan.get(r.id);
    if (d.napGap && plan) {
      problems.push({
        file: r.file,
        ...r.locate(['napGap']),
        field: 'napGap',
        message: `says why no plan is documented, but the plan record ${plan} exists`,
        fix: 'remove napGap from this country',
      });
    }
  }
  return problems;
}
