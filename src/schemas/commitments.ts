import { z } from 'astro/zod';
import { httpUrl, partialDate, type RefBuilder, sources, summary, verification } from './fields.ts';
import { COMMITMENT_BODIES, COMMITMENT_KINDS } from './vocabularies.ts';

/** A provision reference as it appears in the document: "III.1.2", "V.3", or a decision's paragraph "3". */
export const PROVISION_REF_PATTERN = /^(?:[IVX]+(?:\.\d+){0,3}|\d+(?:\.\d+){0,2}(?:\([a-z]\))?)$/;

/** Bodies that adopt OSCE commitments (values of COMMITMENT_BODIES). */
export const commitmentBodies = COMMITMENT_BODIES.values;
/** Kinds of OSCE documents (values of COMMITMENT_KINDS). */
export const commitmentKinds = COMMITMENT_KINDS.values;

/**
 * What a crosswalk link between an OSCE document and a Convention article rests on:
 * `document` the OSCE document itself names the article or its content; `commentary` the OSCE's 2015
 * Commentary to the OSCE Action Plan; `greta`, `osr-cthb`, `odihr` their publications; `other-secondary`
 * another secondary source (named in `source`); `own-reading` our own reading of the two texts.
 */
export const crosswalkBases = ['document', 'commentary', 'greta', 'osr-cthb', 'odihr', 'other-secondary', 'own-reading'] as const;
export type CrosswalkBasis = (typeof crosswalkBases)[number];
/** Bases that need no `source`: the document itself, or our own reading. */
export const basesWithoutSource: readonly CrosswalkBasis[] = ['document', 'own-reading'];

/** A paragraph of the linked article as cited after the article number: "2", "4(b)", or "a" for an article of lettered points. */
export const LINK_PARAGRAPH_PATTERN = /^(?:\d{1,2}(?:\([a-z]\))?|[a-z])$/;

/** The paragraph id used in the article's obligations ("10(2)") for a link's paragraph ("2") of article `number`. */
export function obligationParagraph(number: number, paragraph: string): string {
  const m = /^(\d{1,2})(.*)$/.exec(paragraph);
  return m ? `${number}(${m[1]})${m[2]}` : `${number}(${paragraph})`;
}

/** True when the link's paragraph is one of the article's obligation paragraphs (or heads lettered sub-paragraphs). */
export function paragraphExists(number: number, paragraph: string, obligations: readonly { paragraph: string }[]): boolean {
  const full = obligationParagraph(number, paragraph);
  return obligations.some((o) => o.paragraph === full || o.paragraph.startsWith(`${full}(`));
}

const articleLinkFields = <R extends z.ZodType>(ref: RefBuilder<R>) => ({
  /** The Convention article: a content/convention id, e.g. "article-10". */
  article: ref('convention'),
  /** The paragraph of that article, as cited after the number: "2" for Art. 10(2), "4(b)". Left out for the article as a whole. */
  paragraph: z.string().regex(LINK_PARAGRAPH_PATTERN, { message: 'write the paragraph as cited after the article number, e.g. "2" for Art. 10(2) or "4(b)"' }).optional(),
  /** What the link rests on. */
  basis: z.enum(crosswalkBases),
  /** The source that states the link: a URL among the record's `sources`. Required unless basis is document or own-reading. */
  source: httpUrl.optional(),
  /** A short note in our own words. */
  note: z.string().min(1).optional(),
});

/** A link from a provision to a Convention article (provision level). */
export const provisionArticleLink = <R extends z.ZodType>(ref: RefBuilder<R>) => z.strictObject(articleLinkFields(ref));

/** A link from the document as a whole to a Convention article (document level). */
export const documentArticleLink = <R extends z.ZodType>(ref: RefBuilder<R>) =>
  z.strictObject({
    ...articleLinkFields(ref),
    /** Which part of the document shows it, as far as known: "Chapter V, recommendation 3", "whole decision". */
    part: z.string().min(1).optional(),
  });

type LinkInput = { article: unknown; paragraph?: string; basis: CrosswalkBasis; source?: string };
const articleIdOf = (a: unknown): string => (typeof a === 'string' ? a : ((a as { id?: string })?.id ?? String(a)));
const fix = (text: string) => ({ fix: text });

/** Rules inside one record: a link's source is one of the record's sources; no document link repeats a provision link. */
type LinkData = { articles: LinkInput[]; provisions: { ref: string; readVia?: string; articles: LinkInput[] }[]; sources: { url: string }[] };
function checkLinks(d: LinkData, ctx: z.core.$RefinementCtx<unknown>) {
  const urls = new Set(d.sources.map((s) => s.url));
  const listed = [...urls].join(', ');
  const check = (l: LinkInput, path: (string | number)[]) => {
    if (l.source === undefined) {
      if (!basesWithoutSource.includes(l.basis)) {
        ctx.addIssue({ code: 'custom', path, message: `a link with basis "${l.basis}" needs a source`, params: fix(`add source: the URL (among this record's sources) that states the link, or use basis own-reading if it is our own reading`) });
      }
    } else if (!urls.has(l.source)) {
      ctx.addIssue({ code: 'custom', path: [...path, 'source'], message: `source ${l.source} is not among the record's sources`, params: fix(`use a URL listed under sources (${listed}) or add the source there first`) });
    }
  };
  const atProvision = new Map<string, string>();
  d.provisions.forEach((p, i) => {
    if (p.readVia !== undefined && !urls.has(p.readVia)) {
      ctx.addIssue({ code: 'custom', path: ['provisions', i, 'readVia'], message: `readVia ${p.readVia} is not among the record's sources`, params: fix(`use a URL listed under sources (${listed}) or add the source there first`) });
    }
    p.articles.forEach((l, j) => {
      check(l, ['provisions', i, 'articles', j]);
      const id = articleIdOf(l.article);
      if (!atProvision.has(id)) atProvision.set(id, p.ref);
    });
  });
  d.articles.forEach((l, j) => {
    check(l, ['articles', j]);
    const id = articleIdOf(l.article);
    const ref = atProvision.get(id);
    if (ref !== undefined) {
      ctx.addIssue({ code: 'custom', path: ['articles', j, 'article'], message: `${id} is linked at document level and from provision ${ref}`, params: fix(`remove this document-level link and keep the provision-level one (provision ${ref}); move its part or note there if needed`) });
    }
  });
}

/** One OSCE document on trafficking. Id: its symbol in kebab-case (PC.DEC/557 → pc-dec-557). */
export const commitmentSchema = <R extends z.ZodType>(ref: RefBuilder<R>) =>
  z.strictObject({
    /** Document symbol, e.g. "MC.DEC/6/17". Left out only where no symbol is confirmed. */
    symbol: z.string().min(1).optional(),
    /** Official title. */
    title: z.string().min(1),
    /** The body that adopted it. */
    body: z.enum(commitmentBodies),
    /** What kind of document it is. */
    kind: z.enum(commitmentKinds),
    /** Adoption date, as far as known. */
    adopted: partialDate,
    /** City where it was adopted. */
    venue: z.string().min(1).optional(),
    /** Meeting, e.g. "462nd Plenary Meeting". */
    meeting: z.string().min(1).optional(),
    /** What the document does, in one to three sentences of our own. */
    summary,
    themes: z.array(ref('themes')).default([]),
    /** Earlier documents it adds to. */
    supplements: z.array(ref('commitments')).default([]),
    /** Earlier documents it changes. */
    amends: z.array(ref('commitments')).default([]),
    /** The official document page. */
    url: httpUrl.optional(),
    /** Convention articles the document as a whole addresses (document level); a link made from a provision is not repeated here. */
    articles: z.array(documentArticleLink(ref)).default([]),
    /** Key paragraphs, each citable on its own. */
    provisions: z
      .array(
        z.strictObject({
          /** Reference as in the document: "III.1.2" (chapter, section, paragraph) or "3" for a decision's paragraph. */
          ref: z.string().regex(PROVISION_REF_PATTERN, { message: 'write the reference as in the document, e.g. "III.1.2" or "3"' }),
          /** The document's own short heading, where it has one. */
          heading: z.string().min(1).optional(),
          /** Our summary: "participating States committed to…". */
          summary: z.string().min(1),
          themes: z.array(ref('themes')).default([]),
          /** The secondary source through which the paragraph was read, when not the document itself: a URL among the record's sources. */
          readVia: httpUrl.optional(),
          /** Convention articles on the same ground (provision level). */
          articles: z.array(provisionArticleLink(ref)).default([]),
        }),
      )
      .default([]),
    sources,
    verification,
  })
  .superRefine((d, ctx) => checkLinks(d as unknown as LinkData, ctx));
