// Site plumbing without a build: the quiet build log, the preview's trailing-slash setting, robots.txt, social cards.
import { describe, expect, it } from 'vitest';
import quietLog, { isPageLine, isPageTime, verboseWanted } from '../../src/integrations/quiet-log.mjs';
import { previewSlash } from '../../src/integrations/preview-slash.ts';
import { robotsTxt } from '../../src/pages/robots.txt.ts';
import { cardPng, cardSvg, wrap } from '../../src/integrations/og-images.ts';
import { OG_IMAGE_SIZE, SOCIAL_KINDS, socialImagePath, socialKind } from '../../src/lib/social.ts';

type Event = { label: string | null; level: string; message: string; newLine: boolean };
const ev = (label: string | null, message: string, newLine = true): Event => ({
  label,
  level: 'info',
  message,
  newLine,
});

/** The events Astro logs for the route stage: a header, a line and a time per page, then "Completed". */
function routeStage(pages: string[]): Event[] {
  return [
    ev('SKIP_FORMAT', '\n\u001b[42m\u001b[30m generating static routes \u001b[39m\u001b[49m'),
    ...pages.flatMap((p) => [
      ev(null, `  \u001b[34m├─\u001b[39m \u001b[2m${p}\u001b[22m`, false),
      ev('SKIP_FORMAT', ' \u001b[2m(+3ms)\u001b[22m '),
    ]),
    ev(null, '\u001b[32m✓ Completed in 1.20s.\n\u001b[39m'),
    ev('kb:pagefind', 'indexed 2 pages'),
    ev('build', 'warning: something to see'),
  ];
}

describe('quiet build log', () => {
  it('drops the line per page and prints one summary line before "Completed"', () => {
    const seen: Event[] = [];
    const log = quietLog({ verbose: false, destination: { write: (e: Event) => seen.push(e) } });
    for (const e of routeStage(['/naps/index.html', '/about/index.html', '/press/feed.xml'])) log.write(e);
    const text = seen.map((e) => e.message);
    expect(text.some((m) => m.includes('├─') || m.includes('(+3ms)'))).toBe(false);
    expect(text.filter((m) => /3 files generated/.test(m))).toHaveLength(1);
    expect(text.findIndex((m) => /files generated/.test(m))).toBeLessThan(
      text.findIndex((m) => /Completed in/.test(m)),
    );
    expect(text).toContain('indexed 2 pages');
    expect(text).toContain('warning: something to see');
  });

  it("counts pages and reused ones when pages render several at a time (times after other pages' lines)", () => {
    const seen: Event[] = [];
    const log = quietLog({ verbose: false, destination: { write: (e: Event) => seen.push(e) } });
    const line = (p: string) => ev(null, `  \u001b[34m├─\u001b[39m \u001b[2m${p}\u001b[22m`, false);
    const events = [
      ev('SKIP_FORMAT', '\n generating static routes '),
      line('/a/index.html'),
      line('/b/index.html'),
      line('/c/index.html'),
      ev('SKIP_FORMAT', ' \u001b[32m(cached)\u001b[39m'),
      ev('SKIP_FORMAT', ' \u001b[2m(+12ms)\u001b[22m '),
      ev('SKIP_FORMAT', ' \u001b[2m(+9ms)\u001b[22m '),
      ev(null, '\u001b[32m✓ Completed in 1.20s.\n\u001b[39m'),
    ];
    for (const e of events) log.write(e);
    const text = seen.map((e) => e.message);
    expect(text.some((m) => /├─|\(\+\d+ms\)|\(cached\)/.test(m))).toBe(false);
    expect(text.filter((m) => m.includes('3 files generated, 1 of them reused from the last build'))).toHaveLength(1);
  });

  it('passes every line through when verbose', () => {
    const seen: Event[] = [];
    const log = quietLog({ verbose: true, destination: { write: (e: Event) => seen.push(e) } });
    const events = routeStage(['/naps/index.html']);
    for (const e of events) log.write(e);
    expect(seen).toEqual(events);
  });

  it('recognises page lines and times, and the verbose switches', () => {
    expect(isPageLine(ev(null, '  ├─ /a/index.html', false))).toBe(true);
    expect(isPageLine(ev('build', '  ├─ /a/index.html'))).toBe(false);
    expect(isPageTime(ev('SKIP_FORMAT', ' (+1.05s) '))).toBe(true);
    expect(isPageTime(ev('SKIP_FORMAT', ' (cached)'))).toBe(true);
    expect(isPageTime(ev('SKIP_FORMAT', ' generating static routes '))).toBe(false);
    expect(verboseWanted({ KB_VERBOSE: '1' }, [])).toBe(true);
    expect(verboseWanted({}, ['node', 'astro', 'build', '--verbose'])).toBe(true);
    expect(verboseWanted({}, ['node', 'astro', 'build'])).toBe(false);
  });
});

describe('preview without a trailing slash', () => {
  function setup(command: string, trailingSlash: string) {
    const updates: unknown[] = [];
    const hook = previewSlash().hooks['astro:config:setup'] as (o: unknown) => void;
    hook({ command, config: { trailingSlash }, updateConfig: (u: unknown) => updates.push(u) });
    return updates;
  }
  it('lets astro preview answer /naps with the page; the build keeps trailing slashes', () => {
    expect(setup('preview', 'always')).toEqual([{ trailingSlash: 'ignore' }]);
    expect(setup('build', 'always')).toEqual([]);
    expect(setup('dev', 'always')).toEqual([]);
  });
});

describe('robots.txt', () => {
  it('names the sitemap by its absolute address, with the base path', () => {
    expect(robotsTxt('https://kb.example.org', '/')).toContain('Sitemap: https://kb.example.org/sitemap-index.xml\n');
    expect(robotsTxt(new URL('https://example.org'), '/kb/')).toContain(
      'Sitemap: https://example.org/kb/sitemap-index.xml\n',
    );
    expect(robotsTxt('https://example.org', '/kb')).toContain('Sitemap: https://example.org/kb/sitemap-index.xml\n');
  });
});

describe('social cards', () => {
  it('maps sections to card kinds, unknown ones to the site card', () => {
    expect(socialKind('naps')).toBe('naps');
    expect(socialKind('home')).toBe('site');
    expect(socialKind(undefined)).toBe('site');
    expect(socialKind('toString')).toBe('site');
    expect(socialImagePath('press')).toBe('/og/press.png');
  });

  it('wraps headings and escapes text in the SVG', () => {
    expect(wrap('Crosswalk: OSCE commitments and the Convention', 28)).toEqual([
      'Crosswalk: OSCE commitments',
      'and the Convention',
    ]);
    for (const kind of Object.keys(SOCIAL_KINDS) as (keyof typeof SOCIAL_KINDS)[]) {
      const svg = cardSvg(kind);
      expect(svg).toMatch(/^<svg /);
      expect(svg).not.toMatch(/&(?!amp;|lt;|gt;|quot;)/);
    }
  });

  it('draws a 1200×630 PNG with no network and no system fonts', () => {
    const png = cardPng('naps');
    expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([OG_IMAGE_SIZE.width, OG_IMAGE_SIZE.height]);
    // The text is drawn: a card of a longer heading differs from a shorter one.
    expect(cardPng('crosswalk').equals(png)).toBe(false);
  });
});
