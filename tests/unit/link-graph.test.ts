import { describe, expect, it } from 'vitest';
import { LinkGraph } from '../../src/lib/link-graph.ts';

const ref = (collection: string, id: string) => ({ collection, id });
// Records shaped as Astro's reference() leaves them: { collection, id }.
const records = [
  {
    collection: 'convention' as const,
    id: 'article-12',
    data: { number: 12, themes: [ref('themes', 'protection')], relatedArticles: [ref('convention', 'article-10')] },
  },
  {
    collection: 'commitments' as const,
    id: 'pc-dec-557',
    data: {
      themes: [ref('themes', 'protection')],
      provisions: [{ ref: 'V.3', articles: [ref('convention', 'article-12')], themes: [] }],
    },
  },
  {
    collection: 'practices' as const,
    id: 'p1',
    data: {
      countries: [ref('countries', 'fr')],
      provisions: [{ commitment: ref('commitments', 'pc-dec-557'), ref: 'V.3' }],
    },
  },
  {
    collection: 'press' as const,
    id: 'r1',
    data: { articles: [ref('convention', 'article-12')], themes: [ref('themes', 'protection')] },
  },
];

describe('link graph', () => {
  const graph = new LinkGraph(records);
  it('finds every record that points to a record ("Referenced by")', () => {
    const from = graph
      .incoming({ collection: 'convention', id: 'article-12' })
      .map((l) => `${l.from.collection}/${l.from.id}#${l.from.anchor ?? ''}`);
    expect(from.sort()).toEqual(['commitments/pc-dec-557#V.3', 'press/r1#']);
  });
  it('keeps the provision as the source of links made inside it', () => {
    const [link] = graph.incoming({ collection: 'convention', id: 'article-12' }, 'commitments');
    expect(link).toMatchObject({ from: { id: 'pc-dec-557', anchor: 'V.3' }, field: 'provisions.articles' });
  });
  it('lands provision pointers on the provision', () => {
    const [link] = graph.incoming({ collection: 'commitments', id: 'pc-dec-557' }, 'practices');
    expect(link).toMatchObject({
      from: { collection: 'practices', id: 'p1' },
      to: { id: 'pc-dec-557', anchor: 'V.3' },
    });
  });
  it('answers both ways', () => {
    expect(
      graph
        .outgoing({ collection: 'press', id: 'r1' })
        .map((l) => l.to.id)
        .sort(),
    ).toEqual(['article-12', 'protection']);
    expect(graph.incoming({ collection: 'themes', id: 'protection' })).toHaveLength(3);
    expect(graph.incoming({ collection: 'themes', id: 'nothing' })).toEqual([]);
  });
});
