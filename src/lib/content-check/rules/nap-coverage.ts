/** A NAP's coverage gives one entry for each theme monitoring follows, no more, no less. */
import { MONITORED_THEMES } from '../../../schemas/naps.ts';
import type { Problem } from '../problems.ts';
import { validOf, type RuleContext } from './types.ts';

export function napCoverage(context: RuleContext): Problem[] {
  const problems: Problem[] = [];
  for (const [r, d] of validOf(context, 'naps')) {
    const listed = d.coverage.map((c: { theme: string }) => c.theme);
    const missing = MONITORED_THEMES.filter((t) => !listed.includes(t));
    const twice = listed.filter((t: string, i: number) => listed.indexOf(t) !== i);
    if (missing.length)
      problems.push({
        file: r.file,
        ...r.locate(['coverage']),
        field: 'coverage',
        message: `coverage lacks ${missing.join(', ')}`,
        fix: 'give one entry for each theme monitoring follows, with status unknown where no source says',
      });
    for (const t of new Set(twice))
      problems.push({
        file: r.file,
        ...r.locate(['coverage']),
        field: 'coverage',
        message: `coverage lists ${t} twice`,
        fix: 'keep one entry per theme',
      });
  }
  return problems;
}
