/** Query keys of the admin-consent round trip (not Graph data: an outcome read once per answer). */
export const adminConsentKeys = {
  all: ['admin-consent'] as const,
  outcome: (state: string) => [...adminConsentKeys.all, 'outcome', state] as const,
};
