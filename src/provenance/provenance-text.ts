/**
 * Provenance as the screens say it: one line per grant or app permission — who granted it and when, from
 * which audit event; the log's last word when that is a removal; or that the grant is older than the log
 * reaches (its retention, by licence), never a guess. Names are the tenant's data: isolated here, so the
 * text can go into a sentence, a title or an aria-label. The time is kept apart (`at`) so a screen can put
 * it in a <time> element.
 */
import type { AuditRetention } from '../graph/read-organization';
import { isolate } from '../permissions/names';
import type { Provenance, ProvenanceActor, ProvenanceStep } from '../permissions/provenance';

/** A sentence with a time in it: `lead`, the time, `tail` (no time: `lead` alone). */
export interface ProvenanceLine {
  lead: string;
  at?: string;
  tail: string;
}

export interface ProvenanceContext {
  /** Undefined when the licence could not be read. */
  retention: AuditRetention | undefined;
  /** The page cap stopped the read before the window's start. */
  truncated: boolean;
  /** How many events the read keeps at most (for the truncated case). */
  maxEvents: number;
}

export const formatAuditTime = (iso: string) => {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : date.toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });
};

export const lineText = (line: ProvenanceLine) => `${line.lead}${line.at ? formatAuditTime(line.at) : ''}${line.tail}`;

/** The actor as a name: "Display Name (upn)", the app's name, or what is known of either. */
export function actorName(actor: ProvenanceActor): string {
  if (actor.kind === 'user') {
    const name =
      actor.displayName && actor.userPrincipalName ? `${actor.displayName} (${actor.userPrincipalName})` : (actor.displayName ?? actor.userPrincipalName);
    return name ? isolate(name) : `the user ${actor.id ?? '(no id)'}`;
  }
  if (actor.kind === 'app') return `the app ${actor.displayName ? isolate(actor.displayName) : (actor.appId ?? actor.servicePrincipalId ?? '(no id)')}`;
  return 'an account the log does not name';
}

/** The step that made a grant as it is now: its last change, else its origin (the review's "by X on date"). */
export const latestStep = (provenance: Provenance | undefined): ProvenanceStep | undefined => provenance?.changes.at(-1) ?? provenance?.origin;

const eventTail = (step: ProvenanceStep) => ` (audit event ${step.event.id})`;

/** "by <actor>", or "by an administrator, for the organization: <actor>," when the act was for everyone. */
export function byWhom(step: ProvenanceStep, forOrganization: boolean): string {
  const organization = forOrganization || step.consent?.onBehalfOfAll === true;
  return organization && step.actor.kind === 'user' ? `by an administrator, for the organization: ${actorName(step.actor)},` : `by ${actorName(step.actor)}`;
}

function beyondTheLog({ retention, truncated, maxEvents }: ProvenanceContext, what: string): ProvenanceLine {
  if (truncated) {
    return { lead: `Not found in the newest ${maxEvents.toLocaleString()} audit events read: ${what} is older than that part of the log`, tail: '' };
  }
  if (!retention) return { lead: 'Granted before the audit log reaches; how far it reaches is unknown (7 or 30 days, by licence)', tail: '' };
  return { lead: `Granted before the audit log's ${retention.days} days (this tenant's licence keeps ${retention.days} days)`, tail: '' };
}

/**
 * The line for one grant (`forOrganization`: an AllPrincipals grant) or app permission (granted for the
 * organization by nature). Later changes are said after the origin: the last of them.
 */
export function provenanceLine(
  provenance: Provenance | undefined,
  context: ProvenanceContext,
  subject: { forOrganization: boolean; noun: string },
): ProvenanceLine[] {
  const { origin, changes, removal } = provenance ?? { changes: [] };
  const lines: ProvenanceLine[] = [];
  if (origin) lines.push({ lead: `Granted ${byWhom(origin, subject.forOrganization)} on `, at: origin.at, tail: eventTail(origin) });
  else if (removal) {
    lines.push({
      lead: `The audit log last records its removal ${byWhom(removal, false)} on `,
      at: removal.at,
      tail: `${eventTail(removal)}; granting it again is not in the log yet`,
    });
  } else lines.push(beyondTheLog(context, subject.noun));
  const last = changes.at(-1);
  if (last) {
    const what = [last.added.length ? `added ${last.added.join(', ')}` : '', last.removed.length ? `removed ${last.removed.join(', ')}` : '']
      .filter(Boolean)
      .join('; ');
    lines.push({ lead: `Last changed ${byWhom(last, false)} on `, at: last.at, tail: `${eventTail(last)}: ${what}` });
  }
  return lines;
}
