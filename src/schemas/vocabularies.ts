/**
 * The closed vocabularies shared by the schemas and the pages: each one's values and the words the pages show,
 * side by side, once. Schemas build their `z.enum` from `.values`; pages, CSV and the scaffolder read `.labels`.
 * (Good practices keep theirs in practice-vocab.ts, the same way.)
 */

/** A closed vocabulary: its values in order, and the label of each (typed as written). */
export interface Vocabulary<L extends Record<string, string>> {
  values: readonly [keyof L & string, ...(keyof L & string)[]];
  labels: L;
}

/** A vocabulary from its labels, in the order written. */
export function vocabulary<const L extends Record<string, string>>(labels: L): Vocabulary<L> {
  return { values: Object.keys(labels) as [keyof L & string, ...(keyof L & string)[]], labels };
}

/** Bodies that adopt OSCE commitments. */
export const COMMITMENT_BODIES = vocabulary({ 'ministerial-council': 'Ministerial Council', 'permanent-council': 'Permanent Council', summit: 'Summit' });
/** Kinds of OSCE documents. */
export const COMMITMENT_KINDS = vocabulary({ decision: 'Decision', declaration: 'Declaration', 'action-plan': 'Action plan', addendum: 'Addendum' });

/** Theme groups: the four Ps, cross-cutting topics, and the emerging ones monitoring follows closely. */
export const THEME_GROUPS = vocabulary({ prevention: 'Prevention', protection: 'Protection', prosecution: 'Prosecution', partnership: 'Partnership', 'cross-cutting': 'Cross-cutting themes', emerging: 'Emerging issues' });

/** How far a plan covers a theme. */
export const COVERAGE_STATUSES = vocabulary({ addressed: 'Addressed', partly: 'Partly addressed', 'not-addressed': 'Not addressed', unknown: 'Unknown' });
/** Yes / no / unknown answers of NAP fields: "unknown" is an honest answer. */
export const TRISTATE = vocabulary({ yes: 'Yes', no: 'No', unknown: 'Unknown' });
/** Whether a plan has a dedicated budget. */
export const BUDGET_ANSWERS = vocabulary({ yes: 'Yes', no: 'No', partial: 'Partly', unknown: 'Unknown' });
/** Whether support to victims is independent of their co-operation in proceedings. */
export const SUPPORT_ANSWERS = vocabulary({ yes: 'Yes', no: 'No', partly: 'Partly', unknown: 'Unknown' });

/** A State's relation to the OSCE. */
export const OSCE_STATUSES = vocabulary({ 'participating-state': 'OSCE participating State', partner: 'OSCE Partner for Co-operation', none: 'Not in the OSCE' });
/** A State's status under CETS No. 197: ratified or acceded is a Party; signed is not yet; not-party is neither shown by our sources. */
export const CETS_STATUSES = vocabulary({ ratified: 'Party (ratified)', acceded: 'Party (acceded)', signed: 'Signed, not ratified', 'not-party': 'Not a Party' });

/**
 * Strength of a Convention provision, as in the text: shall → must, shall consider/endeavour → must consider, may;
 * `defines` for a paragraph that only defines a term (Art. 4) and creates no duty of its own. Labels: the article pages' tags.
 */
export const OBLIGATION_STRENGTHS = vocabulary({ shall: 'shall', 'shall-consider': 'shall consider', may: 'may', defines: 'definition' });
