/**
 * An article's `gretaRounds` agrees with content/data/greta-rounds.yaml, which holds the link with its sources
 * (src/lib/greta.ts derives an article's rounds from it). Until the field is dropped from the articles, the two cannot drift.
 */
import { gretaRoundsOfArticle } from '../../greta.ts';
import type { Problem } from '../problems.ts';
import { validOf, type RuleContext } from './types.ts';

export function gretaRounds(context: RuleContext): Problem[] {
  const rounds = validOf(context, 'rounds').map(([, d]) => d);
  if (rounds.length === 0) return [];
  const problems: Problem[] = [];
  for (const [r, d] of validOf(context, 'convention')) {
    const expected = gretaRoundsOfArticle(rounds, r.id);
    const written = [...(d.gretaRounds as number[])].sort((a, b) => a - b);
    if (written.join() === expected.join()) continue;
    problems.push({
      file: r.file,
      ...r.locate(['gretaRounds']),
      field: 'gretaRounds',
      message: `gretaRounds is [${written.join(', ')}] but content/data/greta-rounds.yaml lists ${r.id} in ${expected.length ? `round${expected.length > 1 ? 's' : ''} ${expected.join(', ')}` : 'no round'}`,
      fix: `write gretaRounds: [${expected.join(', ')}]; to change which articles a round examined, edit the round (with its source) in the shared reference data and run \`npm run import:reference\``,
    });
  }
  return problems;
}
