/** Every good practice has the fixed body headings. */
import { PRACTICE_HEADINGS } from '../../../schemas/practice-vocab.ts';
import type { Problem } from '../problems.ts';
import { validOf, type RuleContext } from './types.ts';

export function practiceHeadings(context: RuleContext): Problem[] {
  const problems: Problem[] = [];
  for (const [r] of validOf(context, 'practices')) {
    const missing = PRACTICE_HEADINGS.filter((h) => !new RegExp(`^## ${h}[ \\t]*$`, 'm').test(r.body?.text ?? ''));
    if (missing.length) {
      problems.push({
        file: r.file,
        line: r.body?.firstLine ?? 1,
        column: 1,
        message: `the body lacks the heading${missing.length > 1 ? 's' : ''} ${missing.map((h) => `"## ${h}"`).join(', ')}`,
        fix: `give every practice the headings ${PRACTICE_HEADINGS.map((h) => `"## ${h}"`).join(', ')} (under "Who says it works", write "No independent assessment found." where none was found)`,
      });
    }
  }
  return problems;
}
