/** Labels and derived facts of National Action Plans. */
export const ANSWER = { yes: 'Yes', no: 'No', unknown: 'Unknown', partial: 'Partly', partly: 'Partly' } as const;
export const COVERAGE = { addressed: 'Addressed', partly: 'Partly addressed', 'not-addressed': 'Not addressed', unknown: 'Unknown' } as const;

/** Whether a plan is current is derived from its period and the build date, never stored. */
export function isCurrent(period: { from: number; to: number }, today: Date = new Date()): boolean {
  const y = today.getUTCFullYear();
  return period.from <= y && y <= period.to;
}

export type NapStatus = 'current' | 'past' | 'none';
/** Whether a country has a current plan documented here, only past ones, or none. */
export function napStatus(periods: { from: number; to: number }[], today: Date = new Date()): NapStatus {
  if (periods.some((p) => isCurrent(p, today))) return 'current';
  return periods.some((p) => p.to < today.getUTCFullYear()) ? 'past' : 'none';
}
export const NAP_STATUS = { current: 'Current NAP documented', past: 'Only past NAPs documented', none: 'No NAP documented here yet' } as const;
