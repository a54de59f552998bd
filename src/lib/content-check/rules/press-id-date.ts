/** A press release's id starts with its release date. */
import type { Problem } from '../problems.ts';
import { validOf, type RuleContext } from './types.ts';

export function pressIdDate(context: RuleContext): Problem[] {
  const problems: Problem[] = [];
  for (const [r, d] of validOf(context, 'press')) {
    if (r.id.startsWith(`${d.date}-`)) continue;
    problems.push({
      file: r.file,
      ...r.locate(['date']),
      field: 'date',
      message: `id "${r.id}" does not start with the release date ${d.date}`,
      fix: `name the file ${d.date}-<short-slug>.${r.body?.format ?? 'md'}`,
    });
  }
  return problems;
}
