/** Anchors inside record pages: provisions of OSCE documents and paragraphs of Convention articles. */

/** Anchor of an OSCE provision: "III.1.2" → "p-iii-1-2". */
export function provisionAnchor(ref: string): string {
  return `p-${ref
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/-$/, '')}`;
}
/** Anchor of an article paragraph: "12(1)(b)" → "para-12-1-b". */
export function paragraphAnchor(paragraph: string): string {
  return `para-${paragraph
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/-$/, '')}`;
}
