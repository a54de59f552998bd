/** Words the pages show for closed vocabularies, one place for each. */
export const COMMITMENT_BODY = { 'ministerial-council': 'Ministerial Council', 'permanent-council': 'Permanent Council', summit: 'Summit' } as const;
export const COMMITMENT_KIND = { decision: 'Decision', declaration: 'Declaration', 'action-plan': 'Action plan', addendum: 'Addendum' } as const;
export const THEME_GROUP = { prevention: 'Prevention', protection: 'Protection', prosecution: 'Prosecution', partnership: 'Partnership', 'cross-cutting': 'Cross-cutting themes', emerging: 'Emerging issues' } as const;
