/** Query keys of the diagnose feature's non-Graph data (tokens decoded from MSAL's cache). */
export const diagnoseKeys = {
  all: ['diagnose'] as const,
  heldToken: (homeAccountId: string | undefined) => [...diagnoseKeys.all, 'held-token', homeAccountId ?? 'signed-out'] as const,
};
