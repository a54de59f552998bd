/**
 * Which GRETA evaluation rounds examined which Convention articles. content/data/greta-rounds.yaml holds the link,
 * with the sources that show it (`rounds.articles`); an article's rounds are derived from it here.
 */

/** A round as the data file holds it: its number and the articles its questionnaire lists (ids, or references `{ id }`). */
export interface RoundArticles {
  number: number;
  articles: readonly (string | { id: string })[];
}

/** The numbers of the rounds that examined an article, in order: 'article-12' → [3, 4]. */
export function gretaRoundsOfArticle(rounds: readonly RoundArticles[], articleId: string): number[] {
  return rounds
    .filter((r) => r.articles.some((a) => (typeof a === 'string' ? a : a.id) === articleId))
    .map((r) => r.number)
    .sort((a, b) => a - b);
}
