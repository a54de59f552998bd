/**
 * Social cards: the Open Graph / Twitter image of each kind of page. One PNG per kind, drawn at build time by
 * src/integrations/og-images.ts into `og/<kind>.png`; src/layouts/Base.astro picks the one for the page's section.
 * No JavaScript dependency here, so the layout can import it.
 */
import { href } from './urls.ts';

export const SITE_NAME = 'THB Knowledge Base';
export const SITE_TAGLINE = 'Open knowledge base on combating trafficking in human beings';
export const OG_IMAGE_SIZE = { width: 1200, height: 630 } as const;

/** Each kind of page with the heading its card shows. `site` is for pages of no section (home, about, search…). */
export const SOCIAL_KINDS = {
  site: 'Conventions, commitments, action plans and practices',
  convention: 'Council of Europe Convention (CETS No. 197)',
  commitments: 'OSCE commitments',
  countries: 'Countries',
  naps: 'National Action Plans',
  practices: 'Good practices',
  press: 'Press releases',
  themes: 'Themes',
  organisations: 'Organisations',
  people: 'People',
  crosswalk: 'Crosswalk: OSCE commitments and the Convention',
} as const satisfies Record<string, string>;

export type SocialKind = keyof typeof SOCIAL_KINDS;

/** The card kind of a page's section (Base.astro's `section` prop); pages of no known section get the site card. */
export function socialKind(section: string | undefined): SocialKind {
  return section !== undefined && Object.hasOwn(SOCIAL_KINDS, section) ? (section as SocialKind) : 'site';
}

/** The card's path on the site, with the base path. */
export function socialImagePath(kind: SocialKind): string {
  return href(`/og/${kind}.png`);
}

/** The card's text alternative. */
export function socialImageAlt(kind: SocialKind): string {
  return kind === 'site' ? `${SITE_NAME}: ${SITE_TAGLINE}` : `${SITE_NAME}: ${SOCIAL_KINDS[kind]}`;
}
