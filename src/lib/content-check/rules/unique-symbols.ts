/** Each OSCE document has one record: no two commitments share a symbol. */
import type { Problem } from '../problems.ts';
import { validOf, type RuleContext } from './types.ts';

export function uniqueSymbols(context: RuleContext): Problem[] {
  const problems: Problem[] = [];
  const bySymbol = new Map<string, { file: string }>();
  for (const [r, d] of validOf(context, 'commitments')) {
    if (!d.symbol) continue;
    const other = bySymbol.get(d.symbol);
    if (other)
      problems.push({
        file: r.file,
        ...r.locate(['symbol']),
        field: 'symbol',
        message: `duplicate symbol "${d.symbol}": ${other.file} has the same symbol`,
        fix: 'each OSCE document has one record: merge the two files or correct the symbol',
      });
    bySymbol.set(d.symbol, r);
  }
  return problems;
}
