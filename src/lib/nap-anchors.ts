/**
 * Anchors of a National Action Plan page's structured facts and theme rows, so the monitoring dashboard,
 * comparisons and exports can link a number to the exact field behind it. The `fact-` prefix keeps them apart
 * from the ids of the record body's own headings.
 */
export const NAP_FACT_ANCHOR = {
  period: 'fact-period',
  adopted: 'fact-adopted',
  coordinator: 'fact-coordinator',
  rapporteur: 'fact-rapporteur',
  budget: 'fact-budget',
  monitoring: 'fact-monitoring',
  victimSupport: 'fact-victim-support',
} as const;

/** The row of one monitored theme in the plan's coverage table. */
export const coverageAnchor = (theme: string) => `coverage-${theme}`;
