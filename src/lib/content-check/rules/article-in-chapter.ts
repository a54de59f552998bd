/** An article's number lies within the article range of its chapter. */
import type { Problem } from '../problems.ts';
import { validOf, type RuleContext } from './types.ts';

export function articleInChapter(context: RuleContext): Problem[] {
  const problems: Problem[] = [];
  const chapters = new Map(validOf(context, 'chapters').map(([r, d]) => [r.id, d]));
  for (const [r, d] of validOf(context, 'convention')) {
    const chapter = chapters.get(d.chapter);
    if (chapter && (d.number < chapter.firstArticle || d.number > chapter.lastArticle)) {
      problems.push({
        file: r.file,
        ...r.locate(['chapter']),
        field: 'chapter',
        message: `article ${d.number} is not in chapter ${chapter.numeral} (articles ${chapter.firstArticle}–${chapter.lastArticle})`,
        fix: 'set the chapter the article belongs to (content/data/chapters.yaml)',
      });
    }
  }
  return problems;
}
