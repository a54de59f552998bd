/** Each provision of a commitment appears once. */
import type { Problem } from '../problems.ts';
import { validOf, type RuleContext } from './types.ts';

export function uniqueProvisions(context: RuleContext): Problem[] {
  const problems: Problem[] = [];
  for (const [r, d] of validOf(context, 'commitments')) {
    const refs = new Set<string>();
    d.provisions.forEach((p: { ref: string }, i: number) => {
      if (refs.has(p.ref))
        problems.push({
          file: r.file,
          ...r.locate(['provisions', i, 'ref']),
          field: `provisions.${i}.ref`,
          message: `duplicate provision reference "${p.ref}"`,
          fix: 'each provision appears once: merge the two entries or correct the reference',
        });
      refs.add(p.ref);
    });
  }
  return problems;
}
