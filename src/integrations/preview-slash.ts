/**
 * `astro preview` (and so `npm start`) answers an address without its trailing slash (`/naps`) with the page
 * (`/naps/index.html`), as static hosts do, instead of Astro's bare "Not Found (trailingSlash is set to "always")".
 * Only the preview server is changed: the build keeps `trailingSlash: 'always'`, so every link, canonical address
 * and sitemap entry still ends in a slash. Host settings that do the same: docs/hosting.md.
 */
import type { AstroIntegration } from 'astro';

export function previewSlash(): AstroIntegration {
  return {
    name: 'kb:preview-slash',
    hooks: {
      'astro:config:setup': ({ command, config, updateConfig }) => {
        if (command === 'preview' && config.trailingSlash === 'always') updateConfig({ trailingSlash: 'ignore' });
      },
    },
  };
}
