import type { AuthErrorExplanation } from './aadsts';

/**
 * A Graph operation needs delegated scopes the console has no token for: the user must consent
 * (or sign in again). Screens show the Grant access panel for exactly these scopes.
 */
export class ConsentRequiredError extends Error {
  override name = 'ConsentRequiredError';

  constructor(
    readonly scopes: readonly string[],
    /** Why the identity platform wants interaction (consent, expired session, MFA, …). */
    readonly explanation?: AuthErrorExplanation,
  ) {
    super(`Consent needed for ${scopes.join(', ')}`);
  }
}
