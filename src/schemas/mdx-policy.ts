/**
 * The components an MDX record may use without importing them, and their attributes.
 * Pages pass the matching Astro components to <Content components={…} />; the content linter checks this list.
 */
export const mdxComponentPolicy = {
  Callout: { attributes: { kind: ['note', 'important'] as const }, required: ['kind'] },
} as const;
