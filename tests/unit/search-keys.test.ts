import { describe, expect, it } from 'vitest';
import { articleKey, looksLikeSymbol, namesDocument, normalise, queryKey } from '../../src/lib/search/keys.ts';

describe('search keys', () => {
  it('turn every usual form of a symbol into one key', () => {
    for (const q of ['MC.DEC/6/17', 'mc.dec/6/17', 'MC DEC 6/17', ' MC.DEC/6/17 '])
      expect(queryKey(q)?.key).toBe(normalise('MC.DEC/6/17'));
    expect(queryKey('PC.DEC/557')?.key).toBe('pcdec557');
  });
  it('turn every usual form of an article into its key, keeping a paragraph', () => {
    for (const q of [
      'Article 26',
      'Art. 26',
      'art 26',
      'art.26',
      'CETS 197 Art. 26',
      'CETS No. 197, Art. 26',
      'Convention Article 26',
    ]) {
      expect(queryKey(q)).toEqual({ key: articleKey(26) });
    }
    expect(queryKey('Art. 12(1)(b)')).toEqual({ key: 'art12', paragraph: '12(1)(b)' });
    expect(queryKey('CETS 197, Art. 10(2)')).toEqual({ key: 'art10', paragraph: '10(2)' });
  });
  it('normalise names without accents or punctuation', () => {
    expect(queryKey('Türkiye')?.key).toBe('turkiye');
    expect(queryKey('non-punishment')?.key).toBe('nonpunishment');
    expect(queryKey('Supply chains')?.key).toBe('supplychains');
    expect(queryKey('   ')).toBeUndefined();
  });
  it('tell a query that names one document (a symbol or an article) from a subject', () => {
    for (const q of ['MC.DEC/6/17', 'mc dec/6/17', 'PC.DEC/557', ' SYN.DEC/6 ']) {
      expect(looksLikeSymbol(q), q).toBe(true);
      expect(namesDocument(q), q).toBe(true);
    }
    for (const q of ['Art. 12(1)(b)', 'Article 26', 'CETS 197 Art. 10']) {
      expect(looksLikeSymbol(q), q).toBe(false);
      expect(namesDocument(q), q).toBe(true);
    }
    for (const q of ['labour exploitation', 'Moldova', 'MD', 'non-punishment', 'article', '2003 action plan'])
      expect(namesDocument(q), q).toBe(false);
  });
});
