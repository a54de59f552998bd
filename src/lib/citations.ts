/** Citation text, in the forms of CONTENT-STYLE.md, for articles, OSCE documents and their provisions. */
import { yearOf } from './dates.ts';

export const CONVENTION_TITLE =
  'Council of Europe Convention on Action against Trafficking in Human Beings (CETS No. 197)';

/** "Council of Europe Convention … (CETS No. 197), Art. 12(1)(b)"; `paragraph` is as cited ("12(1)(b)"). */
export function articleCitation(number: number, paragraph?: string): string {
  return `${CONVENTION_TITLE}, Art. ${paragraph ?? number}`;
}
/** "CETS 197, Art. 12(1)(b)". */
export function articleShortCitation(number: number, paragraph?: string): string {
  return `CETS 197, Art. ${paragraph ?? number}`;
}

export interface CitableDocument {
  title: string;
  symbol?: string | undefined;
  adopted: string;
  kind: 'decision' | 'declaration' | 'action-plan' | 'addendum';
}

/** Action plans and addenda by title, symbol and year; decisions and declarations by symbol and year. */
export function documentCitation(doc: CitableDocument): string {
  const year = yearOf(doc.adopted);
  if (doc.kind === 'action-plan' || doc.kind === 'addendum' || !doc.symbol) {
    return `${doc.title}${doc.symbol ? `, ${doc.symbol}` : ''} (${year})`;
  }
  return `${doc.symbol} (${year})`;
}

/** "…, PC.DEC/557 (2003), ch. III, para. 1.2" for a chaptered ref, "MC.DEC/6/17 (2017), para. 2" for a paragraph. */
export function provisionCitation(doc: CitableDocument, ref: string): string {
  const m = /^([IVX]+)(?:\.(.+))?$/.exec(ref);
  const where = m ? `ch. ${m[1]}${m[2] ? `, para. ${m[2]}` : ''}` : `para. ${ref}`;
  return `${documentCitation(doc)}, ${where}`;
}
