/** Labels for a country's memberships and Convention status, shared by the list and profile pages. */
export const OSCE_STATUS = { 'participating-state': 'OSCE participating State', partner: 'OSCE Partner for Co-operation', none: 'Not in the OSCE' } as const;
export const CETS_STATUS = { ratified: 'Party (ratified)', acceded: 'Party (acceded)', signed: 'Signed, not ratified', 'not-party': 'Not a Party' } as const;
