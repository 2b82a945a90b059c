/**
 * What happens to access already handed out after a change, as Microsoft documents it. Access tokens
 * get a random lifetime of 60–90 minutes by default (configurable-token-lifetimes) and are not revoked
 * by any change; with continuous access evaluation, capable apps are challenged sooner (concept-
 * continuous-access-evaluation). revokeSignInSessions (user-revokesigninsessions) takes effect after a
 * small delay of a few minutes and does not affect external users, who sign in at their home tenant.
 */

export const ISSUED_ACCESS_TOKENS =
  'access tokens already issued keep working until they expire, typically 60–90 minutes, or sooner in apps that support continuous access evaluation';

export const SESSION_REVOCATION_EFFECT = `refresh tokens and browser sessions stop working within a few minutes; external (guest) users, who sign in at their home tenant, are not affected; ${ISSUED_ACCESS_TOKENS}`;

/** After a grant or app permission is removed: the app's tokens. */
export const APP_TOKENS_AFTERMATH =
  'Tokens the app already holds keep working until they expire (typically 60–90 minutes; apps that support continuous access evaluation are challenged sooner).';
