/** A crosswalk link's paragraph must be one of the linked article's obligation paragraphs. */
import { obligationParagraph, paragraphExists } from '../../../schemas/commitments.ts';
import type { Problem } from '../problems.ts';
import { validOf, type RuleContext } from './types.ts';

export function crosswalkParagraphs(context: RuleContext): Problem[] {
  const problems: Problem[] = [];
  const articles = new Map(validOf(context, 'convention').map(([r, d]) => [r.id, d]));
  for (const [r, d] of validOf(context, 'commitments')) {
    const links: [(string | number)[], { article: string; paragraph?: string }][] = [
      ...d.articles.map((l: { article: string }, j: number) => [['articles', j], l]),
      ...d.provisions.flatMap((p: { articles: { article: string }[] }, i: number) =>
        p.articles.map((l, j) => [['provisions', i, 'articles', j], l]),
      ),
    ];
    for (const [path, l] of links) {
      const a = articles.get(l.article);
      if (!a || l.paragraph === undefined || paragraphExists(a.number, l.paragraph, a.obligations)) continue;
      const listed = a.obligations.map((o: { paragraph: string }) => o.paragraph).join(', ');
      problems.push({
        file: r.file,
        ...r.locate([...path, 'paragraph']),
        field: [...path, 'paragraph'].join('.'),
        message: `Art. ${obligationParagraph(a.number, l.paragraph)} is not among the obligations of ${l.article}`,
        fix: listed
          ? `use a paragraph listed in content/convention/${l.article}.md, written after the article number (${listed}), or leave paragraph out`
          : `${l.article} lists no obligations yet: leave paragraph out`,
      });
    }
  }
  return problems;
}
