/**
 * Where the site will live decides its canonical links, permalinks and feed addresses, so a build must be told:
 * `astro build` without SITE_URL stops with a message naming it, and no page can carry a localhost address by accident.
 * `npm start` (a local preview) and the dev server say http://localhost:4321 themselves. See ADR 0010.
 */
import type { AstroIntegration } from 'astro';

export const LOCAL_SITE = 'http://localhost:4321';

export class SiteUrlMissingError extends Error {
  override name = 'SiteUrlMissingError';
}

export function siteUrlPolicy(): AstroIntegration {
  return {
    name: 'kb:site-url',
    hooks: {
      'astro:config:setup': ({ config, command, updateConfig, logger }) => {
        if (config.site) return;
        if (command !== 'build') {
          updateConfig({ site: LOCAL_SITE });
          return;
        }
        const message =
          'SITE_URL is not set. Say where the site will be served, e.g. `SITE_URL=https://example.org npm run build` ' +
          '(add BASE_PATH=/sub/ for a sub-path); it sets canonical links, permalinks and feed addresses. ' +
          '`npm start` builds a local preview for http://localhost:4321 without it.';
        logger.error(message);
        const error = new SiteUrlMissingError('SITE_URL is not set (see the message above).');
        error.stack = ''; // the message says everything; a stack trace would only bury it
        throw error;
      },
    },
  };
}
