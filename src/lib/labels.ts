/** Words the pages show for closed vocabularies: each kept with its values in src/schemas/vocabularies.ts. */
import { COMMITMENT_BODIES, COMMITMENT_KINDS, OBLIGATION_STRENGTHS, THEME_GROUPS } from '../schemas/vocabularies.ts';

export const COMMITMENT_BODY = COMMITMENT_BODIES.labels;
export const COMMITMENT_KIND = COMMITMENT_KINDS.labels;
export const THEME_GROUP = THEME_GROUPS.labels;
/** The tag of an obligation's strength on article pages. */
export const STRENGTH = OBLIGATION_STRENGTHS.labels;
