/**
 * The one catalogue of Microsoft identity platform errors the console explains.
 * Each entry says, in plain words, what happened and what to do next. Meanings follow Microsoft's
 * error code reference (entra-docs: docs/identity-platform/reference-error-codes.md, "AADSTS error
 * codes"); entries marked "not on the reference page" follow the error_description Entra returns.
 */

export type ErrorOwner = 'you' | 'admin' | 'developer';

export interface AuthErrorExplanation {
  /** "AADSTS65004", or the MSAL error code when there is no AADSTS number. */
  code: string;
  title: string;
  meaning: string;
  nextStep: string;
  /** Who can fix it. */
  owner: ErrorOwner;
}

type Entry = Omit<AuthErrorExplanation, 'code'>;

// One code per line: a table reads better than wrapped objects.
// prettier-ignore
const AADSTS: Record<number, Entry> = {
  // InteractionRequired: user account from identity provider doesn't exist in tenant and can't access the application.
  16000: { title: 'Account not in this tenant', meaning: 'The account you signed in with (from its identity provider) does not exist in this tenant, so it cannot use the console here. It must be added as an external (guest) user first.', nextStep: 'Sign out and sign in with an account of this organization, or ask an admin to invite your account as a guest.', owner: 'admin' },
  // Not on the reference page (700022 is its documented twin): "…contains more than one resource".
  28000: { title: 'Scopes of two APIs in one request', meaning: 'One token request can only ask for permissions of a single API (resource).', nextStep: 'Ask for each API\'s permissions in a separate request; admin consent with .default covers them all at once.', owner: 'developer' },
  50011: { title: 'Redirect address not registered', meaning: 'The redirect URI in the request is not registered on the app registration of the client id it names (for the console: its own registration; for admin consent to another app: that app\'s).', nextStep: 'Add this exact redirect URI to that app registration (Single-page application for the console, Web for a consent result page), or use one it already lists.', owner: 'developer' },
  50020: { title: 'Account not in this tenant', meaning: 'Your account does not exist in the directory this console signs in to.', nextStep: 'Sign in with an account of this organization, or ask an admin to invite you as a guest.', owner: 'admin' },
  50034: { title: 'Account not found', meaning: 'The account you entered does not exist in this directory.', nextStep: 'Check the user name, or sign in with another account.', owner: 'you' },
  50053: { title: 'Account locked', meaning: 'Your account is locked after too many sign-in attempts, or sign-in was blocked for suspicious activity.', nextStep: 'Wait and try again, or ask your admin to unlock the account.', owner: 'admin' },
  50055: { title: 'Password expired', meaning: 'Your password has expired.', nextStep: 'Change your password, then sign in again.', owner: 'you' },
  50057: { title: 'Account disabled', meaning: 'Your account is disabled.', nextStep: 'Ask your admin to enable the account.', owner: 'admin' },
  50058: { title: 'No active session', meaning: 'A silent sign-in was tried but you have no session with Microsoft Entra ID.', nextStep: 'Sign in again.', owner: 'you' },
  50076: { title: 'Multi-factor authentication required', meaning: 'Your organization requires a second factor (MFA) for this sign-in.', nextStep: 'Sign in again and complete the MFA prompt.', owner: 'you' },
  50079: { title: 'Register for multi-factor authentication', meaning: 'Your organization requires you to register a second factor before you can continue.', nextStep: 'Sign in again and complete MFA registration.', owner: 'you' },
  50105: { title: 'Not assigned to this app', meaning: 'This app requires user assignment and your account is not assigned to it.', nextStep: 'Ask an admin to assign you (or a group you are in) to the console in Enterprise applications.', owner: 'admin' },
  50126: { title: 'Wrong user name or password', meaning: 'The credentials were not valid.', nextStep: 'Check them and sign in again.', owner: 'you' },
  50133: { title: 'Session no longer valid', meaning: 'Your session is not valid any more because your password expired or was changed recently.', nextStep: 'Sign in again.', owner: 'you' },
  50173: { title: 'Session revoked', meaning: 'Your sign-in sessions were revoked (for example by an admin or a password reset), so saved tokens no longer work.', nextStep: 'Sign in again.', owner: 'you' },
  50194: { title: 'App is single-tenant', meaning: 'The app is not configured as multi-tenant and cannot be used from another organization.', nextStep: 'Use the tenant-specific sign-in address, or register the app in your tenant.', owner: 'developer' },
  53000: { title: 'Device not compliant', meaning: 'A Conditional Access policy requires a compliant or managed device.', nextStep: 'Use a managed device, or contact your admin.', owner: 'admin' },
  53003: { title: 'Blocked by Conditional Access', meaning: 'A Conditional Access policy blocked this sign-in (location, device, app or risk).', nextStep: 'Ask your admin which policy applies; the sign-in logs show it under this code.', owner: 'admin' },
  65001: { title: 'Consent needed', meaning: 'The console has not been given one or more of the permissions it asked for.', nextStep: 'Use Grant access to consent, or ask an admin to grant consent for the organization.', owner: 'you' },
  65002: { title: 'First-party consent problem', meaning: 'Consent between two Microsoft apps must be configured by Microsoft.', nextStep: 'Contact Microsoft support with the code.', owner: 'developer' },
  65004: { title: 'Consent declined', meaning: 'You chose Cancel on the consent page, so the permission was not granted.', nextStep: 'Nothing was changed. Ask again (Grant access, or the consent link) when you want it, and choose Accept.', owner: 'you' },
  65005: { title: 'App registration is misconfigured', meaning: 'The app asked for access to an API that its registration does not list under required permissions, or that the tenant cannot find.', nextStep: 'Check the app registration\'s API permissions.', owner: 'developer' },
  // Not on the reference page.
  65006: { title: 'Consent needs a verified publisher', meaning: 'Your organization lets users consent only to apps from verified publishers, and this app\'s publisher is not verified.', nextStep: 'Ask an admin to review the app and grant admin consent if it is trusted.', owner: 'admin' },
  70000: { title: 'Sign-in grant not valid', meaning: 'The refresh token (or code) sent to the token endpoint is not valid.', nextStep: 'Sign in again.', owner: 'you' },
  70001: { title: 'App disabled', meaning: 'The console\'s app registration is disabled in this tenant.', nextStep: 'Ask an admin to enable the enterprise application.', owner: 'admin' },
  // ExpiredOrRevokedGrant.
  70008: { title: 'Saved sign-in expired or revoked', meaning: 'The refresh token expired after a period of inactivity, or was revoked.', nextStep: 'Sign in again.', owner: 'you' },
  70011: { title: 'Unknown permission requested', meaning: 'The console asked for a scope that the resource does not publish.', nextStep: 'Check the scope names the screen declares; this is a bug in the console.', owner: 'developer' },
  90008: { title: 'App must ask for sign-in permission', meaning: 'The app registration does not ask for User.Read ("Sign in and read user profile"), which sign-in needs.', nextStep: 'Add Microsoft Graph User.Read to the app registration\'s API permissions.', owner: 'developer' },
  90014: { title: 'Malformed sign-in request', meaning: 'A required field was missing from the request.', nextStep: 'Sign in again; if it repeats, report it with the code.', owner: 'developer' },
  90002: { title: 'Tenant not found', meaning: 'No Microsoft Entra tenant matches the tenant id or domain in the address; it may be mistyped, deleted, or in another cloud.', nextStep: 'Check the tenant id or verified domain (or use "organizations").', owner: 'developer' },
  // InvalidRequest: "The authentication service request isn't valid" (e.g. "Unsupported 'prompt' value").
  90023: { title: 'Sign-in request not valid', meaning: 'The sign-in service refused the request as not valid, for example because a parameter has a value it does not support (such as an unknown prompt).', nextStep: 'Check the request\'s parameters (prompt: login, select_account, consent or none); if the console sent it, report it with the code.', owner: 'developer' },
  90100: { title: 'Request parameter not valid', meaning: 'A parameter of the sign-in request is empty or not valid.', nextStep: 'Check the request\'s parameters; if the console sent it, report it with the code.', owner: 'developer' },
  90072: { title: 'Guest account not in this tenant', meaning: 'Your account comes from another organization and is not a guest here.', nextStep: 'Ask an admin of this tenant to invite you.', owner: 'admin' },
  90093: { title: 'Not allowed to consent for the organization', meaning: 'The account that signed in cannot grant these permissions for everyone: admin consent needs a Global, Privileged Role, Cloud Application or Application Administrator (Microsoft Graph application permissions need a Global or Privileged Role Administrator).', nextStep: 'Sign in with an administrator account, or send the admin consent link to one.', owner: 'admin' },
  90094: { title: 'Needs admin approval', meaning: 'Microsoft showed "Need admin approval": the permission asked for can only be granted by an administrator, and your account cannot consent to it. Nothing was granted.', nextStep: 'Ask a Cloud Application, Application, Privileged Role or Global Administrator to grant admin consent for the console. Where your organization has turned on the admin consent workflow, that page offers "Request approval": a request you sent there goes to its reviewers, and once one approves it, open this screen again.', owner: 'admin' },
  90095: { title: 'Admin approval requested', meaning: 'The permission needs an administrator, and your organization routes such requests through the admin consent workflow: a request goes to its reviewers. Nothing was granted yet.', nextStep: 'Wait for a reviewer to approve the request (Microsoft emails you the decision), then open this screen again.', owner: 'admin' },
  54005: { title: 'Sign-in code already used', meaning: 'The authorization code was already redeemed: a code can be exchanged for tokens only once.', nextStep: 'Sign in again to get a new code (a second tab or a reload may have redeemed it first).', owner: 'you' },
  500011: { title: 'API not found in tenant', meaning: 'The resource (API) the console asked for has no service principal in this tenant.', nextStep: 'An admin must add the API\'s service principal to the tenant.', owner: 'admin' },
  // Not on the reference page.
  500113: { title: 'No reply address registered', meaning: 'The app registration has no redirect URI.', nextStep: 'Add this console\'s address as a Single-page application redirect URI.', owner: 'developer' },
  700054: { title: 'Response type not enabled', meaning: 'The request asked the authorize endpoint for an ID token (response_type id_token), and the app registration does not enable ID tokens for implicit and hybrid flows.', nextStep: 'Use the authorization code flow (response_type=code), as MSAL does, or enable ID tokens under the registration\'s Authentication.', owner: 'developer' },
  700016: { title: 'App not found in tenant', meaning: 'No application with this client id exists in this directory (or in the tenant the sign-in address names).', nextStep: 'Check the client id and tenant (for the console: VITE_CLIENT_ID and VITE_TENANT_ID); a multitenant app appears once an admin consents to it here.', owner: 'developer' },
  501481: { title: 'PKCE check failed', meaning: 'The code verifier sent to redeem the code does not match the code challenge of the sign-in request.', nextStep: 'Sign in again; if it repeats, clear this site\'s storage (a sign-in started in another tab can replace the saved verifier).', owner: 'developer' },
  700082: { title: 'Saved sign-in expired', meaning: 'The refresh token expired after a period of inactivity.', nextStep: 'Sign in again.', owner: 'you' },
  7000215: { title: 'Invalid client secret', meaning: 'The client secret sent was wrong or expired.', nextStep: 'Create a new secret on the app registration.', owner: 'developer' },
  7000218: { title: 'Client must be public', meaning: 'The token request needs a client secret: the app is not registered as a public (SPA) client.', nextStep: 'Register the redirect URI under Single-page application, not Web.', owner: 'developer' },
  // Not on the reference page.
  900023: { title: 'Malformed tenant', meaning: 'The tenant in the address is neither a GUID nor a domain name.', nextStep: 'Use the tenant id (GUID), a verified domain, or "organizations".', owner: 'developer' },
  900971: { title: 'No reply address', meaning: 'The request did not say where to send the answer (no redirect_uri), and the sign-in service has none to use.', nextStep: 'Send redirect_uri with the request, set to an address registered on the app registration.', owner: 'developer' },
  900144: { title: 'Client id missing', meaning: 'The request did not say which app (client_id) it is for.', nextStep: 'Add the application (client) id to the request.', owner: 'developer' },
  9002313: { title: 'Malformed request', meaning: 'The request to the sign-in service is malformed or not valid.', nextStep: 'Start again from the console; if it repeats, report it with the code.', owner: 'developer' },
  // Not on the reference page.
  9002326: { title: 'Redirect URI is not a SPA URI', meaning: 'A browser redeemed the code, but the redirect URI is registered for a Web app.', nextStep: 'Move the redirect URI to the Single-page application platform.', owner: 'developer' },
};

/** Errors MSAL raises itself, without an AADSTS number. */
const MSAL_CODES: Record<string, Entry> = {
  access_denied: { title: 'Access denied', meaning: 'Microsoft Entra ID refused the request.', nextStep: 'Try again, or ask your admin.', owner: 'you' },
  consent_required: AADSTS[65001]!,
  interaction_required: {
    title: 'Sign-in needed',
    meaning: 'Microsoft Entra ID needs you to interact (sign in, consent or MFA) before it issues a token.',
    nextStep: 'Sign in again.',
    owner: 'you',
  },
  login_required: { title: 'Sign-in needed', meaning: 'There is no usable session.', nextStep: 'Sign in again.', owner: 'you' },
  user_cancelled: {
    title: 'Sign-in cancelled',
    meaning: 'The sign-in was cancelled before it finished.',
    nextStep: 'Start it again when you are ready.',
    owner: 'you',
  },
  interaction_in_progress: {
    title: 'Sign-in already in progress',
    meaning: 'Another sign-in in this tab has not finished.',
    nextStep: 'Wait for it, or reload the page.',
    owner: 'you',
  },
  nonce_mismatch: {
    title: 'Sign-in response did not match',
    meaning: 'The returned ID token was not issued for this sign-in request.',
    nextStep: 'Sign in again.',
    owner: 'developer',
  },
  state_mismatch: {
    title: 'Sign-in response did not match',
    meaning: 'The response did not belong to a sign-in this tab started.',
    nextStep: 'Sign in again.',
    owner: 'you',
  },
  no_network_connectivity: {
    title: 'Network unavailable',
    meaning: 'The browser could not reach the sign-in service.',
    nextStep: 'Check your connection and try again.',
    owner: 'you',
  },
};

const FALLBACK: Entry = {
  title: 'Sign-in problem',
  meaning: 'Microsoft Entra ID returned an error the console does not know.',
  nextStep: 'Try again; if it repeats, search the code in the Microsoft Entra error reference.',
  owner: 'you',
};

/** First AADSTS number in a text such as an `error_description`. */
export function parseAadstsCode(text: string | undefined | null): number | undefined {
  const match = /AADSTS(\d{4,8})/.exec(text ?? '');
  return match ? Number(match[1]) : undefined;
}

export function explainAadsts(code: number): AuthErrorExplanation {
  return { code: `AADSTS${code}`, ...(AADSTS[code] ?? FALLBACK) };
}

/**
 * Leaving Microsoft's "Need admin approval" page (AADSTS90094) comes back as `access_denied` with
 * AADSTS65004, the code of a declined consent page: documented for "Back to app" after sending a request
 * through the admin consent workflow (entra-docs: enterprise-apps/application-sign-in-unexpected-user-
 * consent-error.md, "User declined to consent to access the app"), and so for "Return to the application
 * without granting consent". The code cannot tell a declined consent page from that page; the console
 * can, when it knew on leaving that the account cannot consent to what it asked for
 * (`PendingInteraction.expect`). Then this is what the person saw and can do — never "you chose Cancel".
 */
export function explainAdminApprovalReturn(): AuthErrorExplanation {
  const entry = explainAadsts(90094);
  return { ...entry, meaning: `${entry.meaning} (Microsoft reports any return from that page as AADSTS65004, "declined".)` };
}

export function knownAadstsCodes(): number[] {
  return Object.keys(AADSTS).map(Number);
}

/**
 * Explains an error from MSAL or from a redirect: the AADSTS number wins (it is precise), then the
 * sub-error, then the OAuth / MSAL error code.
 */
export function explainAuthError(error: {
  errorCode?: string;
  errorMessage?: string;
  subError?: string;
  message?: string;
  /** MSAL's copy of the first entry of `error_codes`. */
  errorNo?: string;
}): AuthErrorExplanation {
  const errorNo = error.errorNo && /^\d+$/.test(error.errorNo) ? Number(error.errorNo) : undefined;
  const aadsts = parseAadstsCode(error.errorMessage) ?? parseAadstsCode(error.message) ?? errorNo;
  if (aadsts !== undefined) return explainAadsts(aadsts);
  for (const key of [error.subError, error.errorCode]) {
    const entry = key ? MSAL_CODES[key] : undefined;
    if (entry && key) return { code: key, ...entry };
  }
  return { code: error.errorCode || 'unknown_error', ...FALLBACK };
}
