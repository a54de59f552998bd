/** A practice that cites an OSCE provision cites one its commitment lists. */
import type { Problem } from '../problems.ts';
import { validOf, type RuleContext } from './types.ts';

export function practiceProvisions(context: RuleContext): Problem[] {
  const problems: Problem[] = [];
  const provisionRefs = new Map(
    validOf(context, 'commitments').map(([r, d]) => [
      r.id,
      new Set<string>(d.provisions.map((p: { ref: string }) => p.ref)),
    ]),
  );
  for (const [r, d] of validOf(context, 'practices')) {
    d.provisions.forEach((p: { commitment: string; ref: string }, i: number) => {
      const refs = provisionRefs.get(p.commitment);
      if (refs && !refs.has(p.ref)) {
        problems.push({
          file: r.file,
          ...r.locate(['provisions', i, 'ref']),
          field: `provisions.${i}.ref`,
          message: `${p.commitment} has no provision "${p.ref}"`,
          fix: `use a reference listed in content/commitments/${p.commitment}.md (${[...refs].join(', ') || 'it has no provisions yet'})`,
        });
      }
    });
  }
  return problems;
}
