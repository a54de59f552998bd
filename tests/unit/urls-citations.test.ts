import { describe, expect, it } from 'vitest';
import { articleId, articleNumber, paragraphAnchor, paths, provisionAnchor, recordUrl } from '../../src/lib/urls.ts';
import { articleCitation, articleShortCitation, documentCitation, provisionCitation } from '../../src/lib/citations.ts';
import { symbolToId } from '../../src/schemas/fields.ts';

describe('URLs', () => {
  it('follow the URL map of DESIGN.md', () => {
    expect(paths.article(12)).toBe('/convention/articles/12/');
    expect(paths.commitment('mc-dec-6-17', '3')).toBe('/commitments/mc-dec-6-17/#p-3');
    expect(paths.commitment('pc-dec-557', 'III.1.2')).toBe('/commitments/pc-dec-557/#p-iii-1-2');
    expect(paths.country('fr')).toBe('/countries/fr/');
    expect(paths.nap('fr-2024-2027')).toBe('/naps/fr-2024-2027/');
    expect(paths.search('Art. 26')).toBe('/search/?q=Art.%2026');
    expect(paths.pressFeed()).toBe('/press/feed.xml');
  });
  it('map records to their pages and anchors', () => {
    expect(recordUrl('convention', 'article-04', '4(a)')).toBe('/convention/articles/4/#para-4-a');
    expect(recordUrl('themes', 'supply-chains')).toBe('/themes/supply-chains/');
    expect(recordUrl('sources', 's02')).toBeUndefined();
    expect(articleId(4)).toBe('article-04');
    expect(articleNumber('article-47')).toBe(47);
    expect(paragraphAnchor('12(1)(b)')).toBe('para-12-1-b');
    expect(provisionAnchor('V.10.5')).toBe('p-v-10-5');
  });
  it('turn symbols into ids', () => {
    expect(symbolToId('MC.DEC/6/17')).toBe('mc-dec-6-17');
    expect(symbolToId('PC.DEC/557')).toBe('pc-dec-557');
  });
});

describe('citations', () => {
  it('cite Convention articles and paragraphs in the long and short forms', () => {
    expect(articleCitation(12, '12(1)(b)')).toBe(
      'Council of Europe Convention on Action against Trafficking in Human Beings (CETS No. 197), Art. 12(1)(b)',
    );
    expect(articleCitation(26)).toBe(
      'Council of Europe Convention on Action against Trafficking in Human Beings (CETS No. 197), Art. 26',
    );
    expect(articleShortCitation(12, '12(1)(b)')).toBe('CETS 197, Art. 12(1)(b)');
  });
  it('cite OSCE documents and provisions as CONTENT-STYLE.md says', () => {
    const plan = {
      title: 'OSCE Action Plan to Combat Trafficking in Human Beings',
      symbol: 'PC.DEC/557',
      adopted: '2003-07-24',
      kind: 'action-plan',
    } as const;
    expect(provisionCitation(plan, 'V.3')).toBe(
      'OSCE Action Plan to Combat Trafficking in Human Beings, PC.DEC/557 (2003), ch. V, para. 3',
    );
    expect(provisionCitation(plan, 'III.1.2')).toBe(
      'OSCE Action Plan to Combat Trafficking in Human Beings, PC.DEC/557 (2003), ch. III, para. 1.2',
    );
    const decision = {
      title: 'Strengthening Efforts to Prevent Trafficking in Human Beings',
      symbol: 'MC.DEC/6/17',
      adopted: '2017-12',
      kind: 'decision',
    } as const;
    expect(provisionCitation(decision, '2')).toBe('MC.DEC/6/17 (2017), para. 2');
    expect(documentCitation(decision)).toBe('MC.DEC/6/17 (2017)');
  });
});
