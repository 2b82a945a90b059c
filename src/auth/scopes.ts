/** Sign-in asks only for these: the OIDC scopes and User.Read. Everything else is incremental. */
export const LOGIN_SCOPES: readonly string[] = ['openid', 'profile', 'offline_access', 'User.Read'];

/** The scope used to read the current Graph token (every signed-in user holds it). */
export const BASELINE_GRAPH_SCOPE = 'User.Read';
