/** Status badges: the same status always reads the same words with the same tone (see src/components/Badge.astro). */
export type BadgeTone = 'ok' | 'warn' | 'info' | 'neutral';

export const BADGE_STATUS = {
  party: { tone: 'ok', label: 'Party' },
  'not-party': { tone: 'neutral', label: 'Not a Party' },
  signed: { tone: 'info', label: 'Signed, not ratified' },
  current: { tone: 'ok', label: 'Current plan' },
  expired: { tone: 'neutral', label: 'Expired plan' },
  future: { tone: 'info', label: 'Future plan' },
  verified: { tone: 'ok', label: 'Verified' },
  unverified: { tone: 'warn', label: 'Not fully verified' },
} as const satisfies Record<string, { tone: BadgeTone; label: string }>;

export type BadgeStatus = keyof typeof BADGE_STATUS;
