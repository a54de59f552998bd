/** The search filters, in the order the search page shows them, with their labels. Shared by build and browser. */
export const FILTERS = ['type', 'country', 'theme', 'organisation', 'actor', 'sector', 'year'] as const;
export type FilterName = (typeof FILTERS)[number];
export const FILTER_LABELS: Record<FilterName, string> = {
  type: 'Type',
  country: 'Country',
  theme: 'Theme',
  organisation: 'Organisation',
  actor: 'Run by (good practices)',
  sector: 'Sector (good practices)',
  year: 'Year',
};

/**
 * Weights of the metadata Pagefind searches (its `ranking.metaWeights`, set by the search page). `subject`, the
 * title of an instrument (Convention article, OSCE commitment) or theme, lifts those above records that only
 * mention the words. The result-line fields are not searched: a short one such as a country's ISO code ("TR")
 * would otherwise match a misspelt query by prefix ("traficking").
 */
export const META_WEIGHTS = { title: 5, subject: 10, type: 0, citation: 0, date: 0, country: 0 } as const;
