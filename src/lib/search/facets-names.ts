/** The search filters, in the order the search page shows them, with their labels. Shared by build and browser. */
export const FILTERS = ['type', 'country', 'theme', 'organisation', 'actor', 'sector', 'year'] as const;
export type FilterName = (typeof FILTERS)[number];
export const FILTER_LABELS: Record<FilterName, string> = { type: 'Type', country: 'Country', theme: 'Theme', organisation: 'Organisation', actor: 'Run by (good practices)', sector: 'Sector (good practices)', year: 'Year' };
