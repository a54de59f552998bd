/** The search filters, in the order the search page shows them, with their labels. Shared by build and browser. */
export const FILTERS = ['type', 'country', 'theme', 'organisation', 'year'] as const;
export type FilterName = (typeof FILTERS)[number];
export const FILTER_LABELS: Record<FilterName, string> = { type: 'Type', country: 'Country', theme: 'Theme', organisation: 'Organisation', year: 'Year' };
