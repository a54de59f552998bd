/**
 * The closed vocabularies of good practices, each with the words the pages show, side by side.
 * The schema (practices.ts), the pages, the search filters and the scaffolder all read them from here.
 */

/** Where a practice runs: one country, several named countries, or a whole region. */
export const PRACTICE_SCOPES = ['national', 'multi-country', 'regional'] as const;
export type PracticeScope = (typeof PRACTICE_SCOPES)[number];
export const PRACTICE_SCOPE_LABELS: Record<PracticeScope, string> = {
  national: 'National',
  'multi-country': 'Several countries',
  regional: 'Regional',
};

/** What kind of body runs (or co-runs) a practice. */
export const ACTOR_KINDS = [
  'government',
  'labour-inspectorate',
  'police',
  'prosecution',
  'judiciary',
  'national-rapporteur',
  'local-authority',
  'ngo',
  'business',
  'trade-union',
  'international-organisation',
  'research',
] as const;
export type ActorKind = (typeof ACTOR_KINDS)[number];
export const ACTOR_KIND_LABELS: Record<ActorKind, string> = {
  government: 'Government',
  'labour-inspectorate': 'Labour inspectorate',
  police: 'Police',
  prosecution: 'Prosecution',
  judiciary: 'Judiciary',
  'national-rapporteur': 'National rapporteur',
  'local-authority': 'Local authority',
  ngo: 'NGO',
  business: 'Business',
  'trade-union': 'Trade union',
  'international-organisation': 'International organisation',
  research: 'Research',
};

/** Economic sectors a practice addresses, where relevant. */
export const SECTORS = [
  'agriculture',
  'construction',
  'domestic-work',
  'cleaning',
  'hospitality',
  'manufacturing',
  'textiles-garments',
  'fishing',
  'food-processing',
  'transport-logistics',
  'care',
  'retail',
  'online-platforms',
  'sex-industry',
  'public-sector',
] as const;
export type Sector = (typeof SECTORS)[number];
export const SECTOR_LABELS: Record<Sector, string> = {
  agriculture: 'Agriculture',
  construction: 'Construction',
  'domestic-work': 'Domestic work',
  cleaning: 'Cleaning',
  hospitality: 'Hospitality',
  manufacturing: 'Manufacturing',
  'textiles-garments': 'Textiles and garments',
  fishing: 'Fishing',
  'food-processing': 'Food processing',
  'transport-logistics': 'Transport and logistics',
  care: 'Care',
  retail: 'Retail',
  'online-platforms': 'Online platforms',
  'sex-industry': 'Sex industry',
  'public-sector': 'Public sector',
};

/** Whether a practice still runs. */
export const PRACTICE_STATUSES = ['ongoing', 'ended', 'pilot', 'unknown'] as const;
export type PracticeStatus = (typeof PRACTICE_STATUSES)[number];
export const PRACTICE_STATUS_LABELS: Record<PracticeStatus, string> = {
  ongoing: 'Ongoing',
  ended: 'Ended',
  pilot: 'Pilot',
  unknown: 'Status unknown',
};

/** What an independent body said about a practice. */
export const ASSESSMENT_KINDS = ['good-practice', 'promising-practice', 'evaluation', 'positive-finding', 'critical-finding'] as const;
export type AssessmentKind = (typeof ASSESSMENT_KINDS)[number];
export const ASSESSMENT_KIND_LABELS: Record<AssessmentKind, string> = {
  'good-practice': 'Named a good practice',
  'promising-practice': 'Named a promising practice',
  evaluation: 'Evaluation',
  'positive-finding': 'Positive finding',
  'critical-finding': 'Critical finding',
};

/** Headings every practice body has, in this order; "How it works" and "Transferability" may come between. */
export const PRACTICE_HEADINGS = ['What it does', 'Who says it works', 'Results'] as const;
