/**
 * Which GRETA evaluation rounds examined which Convention articles. content/data/greta-rounds.yaml holds the link once,
 * with the sources that show it (each round's `articles`); an article has no field for it. Every reader (the article
 * page, the open data) derives an article's rounds here.
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
