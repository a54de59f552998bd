/** Labels and derived facts of National Action Plans. */
import { BUDGET_ANSWERS, COVERAGE_STATUSES, SUPPORT_ANSWERS, TRISTATE } from '../schemas/vocabularies.ts';

/** Every answer of a NAP field, in words (the vocabularies of src/schemas/vocabularies.ts together). */
export const ANSWER = { ...TRISTATE.labels, ...BUDGET_ANSWERS.labels, ...SUPPORT_ANSWERS.labels };
export const COVERAGE = COVERAGE_STATUSES.labels;

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
export const NAP_STATUS = {
  current: 'Current NAP documented',
  past: 'Only past NAPs documented',
  none: 'No NAP documented here yet',
} as const;
