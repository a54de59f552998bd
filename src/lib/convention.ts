/** Facts derived about the Convention and its Parties. */
export function isParty(status: 'ratified' | 'acceded' | 'signed' | 'not-party'): boolean {
  return status === 'ratified' || status === 'acceded';
}
