/** Labels for a country's memberships and Convention status, shared by the list and profile pages (kept with their values in src/schemas/vocabularies.ts). */
import { CETS_STATUSES, OSCE_STATUSES } from '../schemas/vocabularies.ts';

export const OSCE_STATUS = OSCE_STATUSES.labels;
export const CETS_STATUS = CETS_STATUSES.labels;
