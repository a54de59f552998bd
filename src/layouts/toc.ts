// "On this page" entries from a record's Markdown body: its second-level headings, with the ids the renderer gave them.
import { render, type CollectionEntry } from 'astro:content';
import type { TocItem } from './Record.astro';

type WithBody = CollectionEntry<'convention' | 'commitments' | 'naps' | 'practices' | 'press' | 'people'>;

export async function bodyToc(entry: WithBody): Promise<TocItem[]> {
  const { headings } = await render(entry);
  return headings.filter((h) => h.depth === 2 && h.slug).map((h) => ({ href: `#${h.slug}`, label: h.text }));
}
