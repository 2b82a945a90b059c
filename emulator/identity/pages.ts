// The emulator's server-rendered pages: pick an account, consent, "need admin approval", errors, signed
// out. Plain forms posting back to the emulator (no script), every value escaped, accessible names as
// the real pages have them (account buttons name the UPN; Accept / Cancel). Names from the directory
// (apps, publishers, APIs, permissions, users, tenants) are isolated in <bdi>, as Microsoft's pages do:
// a name with a right-to-left override cannot reverse the page's own words ("unverified") after it.
import { escapeHtml as e } from '../http/respond.ts';
import type { ServicePrincipal, User } from '../tenant/types.ts';
import { type AadError, type ErrorIds } from './errors.ts';
import { ROLE_NAMES } from '../tenant/roles.ts';

const STYLE = `body{font-family:"Segoe UI",system-ui,sans-serif;background:#f2f2f2;margin:0;color:#1b1b1b}
main{max-width:440px;margin:48px auto;background:#fff;padding:44px;box-shadow:0 2px 6px rgba(0,0,0,.2)}
h1{font-size:24px;font-weight:600;margin:0 0 16px}h2{font-size:15px;margin:16px 0 4px}
button{font:inherit;cursor:pointer}.account{display:block;width:100%;text-align:left;background:#fff;border:0;border-bottom:1px solid #ddd;padding:12px 4px}
.account:hover,.account:focus{background:#e6e6e6}.muted{color:#616161;font-size:13px}.primary{background:#0067b8;color:#fff;border:0;padding:6px 24px}
.secondary{background:#ccc;border:0;padding:6px 24px}.actions{display:flex;gap:8px;justify-content:flex-end;margin-top:24px}
.badge{color:#107c10;font-weight:600}.unverified{color:#a4262c}.error{color:#a4262c}ul{padding-left:20px}li{margin:6px 0}
code{font-size:12px;word-break:break-all}`;

/** A directory name, escaped and isolated. */
const n = (name: string) => `<bdi>${e(name)}</bdi>`;

export function layout(title: string, body: string): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>${e(title)}</title><style>${STYLE}</style></head><body><main>${body}</main></body></html>`;
}

function txField(txId: string): string {
  return `<input type="hidden" name="tx" value="${e(txId)}">`;
}

export function signInPage(input: {
  tenantName: string;
  domain: string;
  clientName: string;
  txId: string;
  action: string;
  accounts: User[];
  hint?: User;
  message?: string;
}): string {
  const ordered = input.hint ? [input.hint, ...input.accounts.filter((u) => u.id !== input.hint?.id)] : input.accounts;
  const buttons = ordered
    .map((u) => {
      const roles = u.roleTemplateIds.map((id) => ROLE_NAMES[id] ?? id).join(', ');
      return `<button type="submit" class="account" name="upn" value="${e(u.userPrincipalName)}">${n(u.displayName)} <span class="muted">${n(u.userPrincipalName)}${roles ? ` · ${e(roles)}` : ''}</span></button>`;
    })
    .join('\n');
  return layout(
    'Sign in to your account',
    `<p class="muted">${n(input.tenantName)}</p><h1>Pick an account</h1>
<p class="muted">to continue to ${n(input.clientName)}</p>${input.message ? `<p class="error" role="alert">${e(input.message)}</p>` : ''}
<form method="post" action="${e(input.action)}">${txField(input.txId)}${buttons}</form>
<form method="post" action="${e(input.action)}">${txField(input.txId)}<h2><label for="other">Use another account</label></h2>
<input id="other" name="upn" type="email" autocomplete="username" placeholder="someone@${e(input.domain)}"> <button type="submit" class="secondary">Next</button></form>`,
  );
}

export interface PermissionItem {
  name: string;
  description: string;
  /** "Delegated" or "Application" on the admin consent page. */
  kind?: string;
  adminOnly?: boolean;
}

export interface PermissionGroup {
  api: string;
  items: PermissionItem[];
}

export function publisherLine(client: ServicePrincipal): string {
  const verified = client.verifiedPublisher.verifiedPublisherId;
  if (verified)
    return `${n(client.verifiedPublisher.displayName ?? client.publisherName ?? '')} <span class="badge" aria-label="verified publisher">✔ verified</span>`;
  return `${n(client.publisherName ?? 'Unknown publisher')} <span class="unverified">unverified</span>`;
}

export function consentPage(input: {
  client: ServicePrincipal;
  user: User;
  groups: PermissionGroup[];
  txId: string;
  action: string;
  org: 'none' | 'optional' | 'required';
  heading?: string;
  message?: string;
}): string {
  const groups = input.groups.map((g) => `<section><h2>${n(g.api)}</h2><ul>${g.items.map(permissionItem).join('')}</ul></section>`).join('');
  const org =
    input.org === 'none'
      ? ''
      : `<p><label><input type="checkbox" name="consent_org" value="true"${input.org === 'required' ? ' checked required' : ''}> Consent on behalf of your organization</label></p>
${input.org === 'required' ? '<p class="muted">Some of these permissions can only be granted by an administrator for the whole organization.</p>' : ''}`;
  return layout(
    'Permissions requested',
    `<p class="muted">${n(input.user.userPrincipalName)}</p><h1>${e(input.heading ?? 'Permissions requested')}</h1>
<p><strong>${n(input.client.displayName)}</strong><br>${publisherLine(input.client)}</p>
${input.message ? `<p class="error" role="alert">${e(input.message)}</p>` : ''}
<p>This app would like to:</p>${groups || '<p class="muted">(no additional permissions)</p>'}
<form method="post" action="${e(input.action)}">${txField(input.txId)}${org}
<p class="muted">Accepting these permissions means that you allow this app to use your data as specified in their terms of service and privacy statement.</p>
<div class="actions"><button type="submit" class="secondary" name="action" value="cancel" formnovalidate>Cancel</button><button type="submit" class="primary" name="action" value="accept">Accept</button></div></form>`,
  );
}

function permissionItem(p: PermissionItem): string {
  const tag = [p.kind, p.adminOnly ? 'Admin consent required' : ''].filter(Boolean).join(' · ');
  return `<li>${n(p.name)}${tag ? ` <span class="muted">(${e(tag)})</span>` : ''}<br><span class="muted">${n(p.description)}</span></li>`;
}

/** The admin consent workflow as the "Need admin approval" page offers it (absent: the workflow is off). */
export interface ApprovalWorkflow {
  /** the user's request for this app that is still InProgress, if any */
  pendingSince?: string;
  /** a message above the form (e.g. a justification is needed) */
  message?: string;
}

export function needsAdminPage(input: {
  client: ServicePrincipal;
  user: User;
  txId: string;
  action: string;
  ids: ErrorIds;
  workflow?: ApprovalWorkflow;
}): string {
  return layout(
    'Need admin approval',
    `<p class="muted">${n(input.user.userPrincipalName)}</p><h1>Need admin approval</h1>
<p><strong>${n(input.client.displayName)}</strong><br>${publisherLine(input.client)}</p>
<p>${n(input.client.displayName)} needs permission to access resources in your organization that only an admin can grant. Please ask an admin to grant permission to this app before you can use it.</p>
<form method="post" action="${e(input.action)}">${txField(input.txId)}${input.workflow ? approvalRequest(input.workflow) : ''}
<p><button type="submit" class="secondary" name="action" value="switch" formnovalidate>Have an admin account? Sign in with that account</button></p>
<p><button type="submit" class="secondary" name="action" value="cancel" formnovalidate>Return to the application without granting consent</button></p></form>
<p class="muted">AADSTS90094: The grant requires admin permission.<br>Request Id: ${e(input.ids.traceId)}<br>Correlation Id: ${e(input.ids.correlationId)}<br>Timestamp: ${e(input.ids.timestamp)}</p>`,
  );
}

/** "Request approval" with a justification, or — when the user already asked — when they did. */
function approvalRequest(workflow: ApprovalWorkflow): string {
  if (workflow.pendingSince) {
    return `<p role="status">You requested approval for this app on ${e(workflow.pendingSince.slice(0, 10))}. An admin hasn't decided yet; you can't send another request until then.</p>`;
  }
  return `${workflow.message ? `<p class="error" role="alert">${e(workflow.message)}</p>` : ''}
<p><label for="reason">Justification for requesting this app</label><br><textarea id="reason" name="reason" rows="3" cols="40" maxlength="1024" required></textarea></p>
<p><button type="submit" class="primary" name="action" value="request">Request approval</button></p>`;
}

/** After "Request approval": the request went to the reviewers; leaving returns to the app without consent. */
export function requestSentPage(input: { client: ServicePrincipal; user: User; txId: string; action: string }): string {
  return layout(
    'Request sent',
    `<p class="muted">${n(input.user.userPrincipalName)}</p><h1>Request sent</h1>
<p><strong>${n(input.client.displayName)}</strong><br>${publisherLine(input.client)}</p>
<p role="status">Your request for ${n(input.client.displayName)} was sent to your admin. You'll get an email when an admin has reviewed it.</p>
<form method="post" action="${e(input.action)}">${txField(input.txId)}
<p><button type="submit" class="secondary" name="action" value="cancel">Return to the application without granting consent</button></p></form>`,
  );
}

export function errorPage(err: AadError, ids: ErrorIds): string {
  return layout(
    'Sign in to your account',
    `<h1>Sorry, but we’re having trouble signing you in.</h1><p role="alert">${e(err.message)}</p>
<p class="muted">Request Id: ${e(ids.traceId)}<br>Correlation Id: ${e(ids.correlationId)}<br>Timestamp: ${e(ids.timestamp)}<br>Message: ${e(err.message)}</p>`,
  );
}

export function signedOutPage(): string {
  return layout('Sign out', '<h1>You signed out of your account</h1><p>It’s a good idea to close all browser windows.</p>');
}

/** response_mode=form_post: a form that posts itself (the only script, allowed by a per-response nonce). */
export function formPostPage(action: string, params: Record<string, string>, nonce: string): string {
  const fields = Object.entries(params)
    .map(([k, v]) => `<input type="hidden" name="${e(k)}" value="${e(v)}">`)
    .join('');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Working...</title></head><body>
<form method="post" name="hiddenform" action="${e(action)}">${fields}<noscript><p>Script is disabled. Click Submit to continue.</p><input type="submit" value="Submit"></noscript></form>
<script nonce="${e(nonce)}">document.forms[0].submit();</script></body></html>`;
}
