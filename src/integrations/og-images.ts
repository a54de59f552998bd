/**
 * Draws the social cards (Open Graph / Twitter images) at build time: one 1200×630 PNG per kind of page
 * (src/lib/social.ts) into `og/<kind>.png`. An SVG rendered to PNG with resvg and the Inter font shipped in
 * node_modules: no network, no system fonts, so every machine draws the same image. PNG because many sites that
 * show link previews do not accept an SVG og:image.
 */
import type { AstroIntegration } from 'astro';
import { mkdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Resvg } from '@resvg/resvg-js';
import { OG_IMAGE_SIZE, SITE_NAME, SITE_TAGLINE, SOCIAL_KINDS, type SocialKind } from '../lib/social.ts';

const require = createRequire(import.meta.url);

/** Inter (SIL Open Font License) from @expo-google-fonts/inter, which ships TrueType files resvg can read. */
export function fontFiles(): string[] {
  const dir = dirname(require.resolve('@expo-google-fonts/inter/package.json'));
  return [join(dir, '400Regular/Inter_400Regular.ttf'), join(dir, '700Bold/Inter_700Bold.ttf')];
}

const escapeXml = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Greedy word wrap at `max` characters a line. */
export function wrap(text: string, max: number): string[] {
  const lines: string[] = [];
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const last = lines.at(-1);
    if (last !== undefined && `${last} ${word}`.length <= max) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines;
}

/** The card of one kind as SVG. */
export function cardSvg(kind: SocialKind): string {
  const { width, height } = OG_IMAGE_SIZE;
  const heading = wrap(SOCIAL_KINDS[kind], 28).slice(0, 3);
  const headingTop = 300 - (heading.length - 1) * 40;
  const lines = heading
    .map((l, i) => `<text x="80" y="${headingTop + i * 80}" font-size="68" font-weight="700">${escapeXml(l)}</text>`)
    .join('');
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">` +
    `<rect width="${width}" height="${height}" fill="#0b5cad"/>` +
    `<rect x="80" y="96" width="96" height="10" fill="#ffffff"/>` +
    `<g font-family="Inter" fill="#ffffff">` +
    `<text x="80" y="170" font-size="40" font-weight="700">${escapeXml(SITE_NAME)}</text>` +
    lines +
    `<text x="80" y="560" font-size="30" font-weight="400" fill="#dce8f6">${escapeXml(SITE_TAGLINE)}</text>` +
    `</g></svg>`
  );
}

/** The card of one kind as PNG. */
export function cardPng(kind: SocialKind, fonts = fontFiles()): Buffer {
  const resvg = new Resvg(cardSvg(kind), {
    font: { fontFiles: fonts, loadSystemFonts: false, defaultFontFamily: 'Inter' },
  });
  return resvg.render().asPng();
}

export function ogImages(): AstroIntegration {
  return {
    name: 'kb:og-images',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const out = join(fileURLToPath(dir), 'og');
        mkdirSync(out, { recursive: true });
        const fonts = fontFiles();
        const kinds = Object.keys(SOCIAL_KINDS) as SocialKind[];
        for (const kind of kinds) writeFileSync(join(out, `${kind}.png`), cardPng(kind, fonts));
        logger.info(`drew ${kinds.length} social images into og/`);
      },
    },
  };
}
