import { makeStyles, tokens } from '@fluentui/react-components';
import type { ReactNode } from 'react';
import { isGrant, isPolicySnapshot, type ActivityEntry, type AssignmentSnapshot, type GrantSnapshot, type PolicySnapshot } from '../../../changes/types';
import { consentTypeLabel } from '../format';
import { isolate } from '../../../permissions/names';

const useStyles = makeStyles({
  list: { display: 'grid', gridTemplateColumns: 'max-content 1fr', columnGap: tokens.spacingHorizontalL, rowGap: tokens.spacingVerticalXS, margin: 0 },
  term: { color: tokens.colorNeutralForeground2 },
  value: { margin: 0, overflowWrap: 'anywhere' },
  code: { fontFamily: tokens.fontFamilyMonospace, fontSize: tokens.fontSizeBase200 },
});

type Target = ActivityEntry['target'];

function Row({ term, children, code }: { term: string; children: ReactNode; code?: boolean }) {
  const styles = useStyles();
  return (
    <>
      <dt className={styles.term}>{term}</dt>
      <dd className={code ? `${styles.value} ${styles.code}` : styles.value}>{children}</dd>
    </>
  );
}

// Names are isolated: one ending in an open right-to-left override cannot reverse the id after it.
const named = (name: string | null | undefined, id: string | null | undefined) =>
  name && id ? `${isolate(name)} (${id})` : name ? isolate(name) : (id ?? '—');

function GrantFields({ grant, target, label }: { grant: GrantSnapshot; target: Target; label: string }) {
  const styles = useStyles();
  return (
    <dl className={styles.list} aria-label={label}>
      <Row term="Object">Delegated permission grant (oauth2PermissionGrant)</Row>
      <Row term="Grant id" code>
        {grant.id}
      </Row>
      <Row term="App (client)">{named(target.clientName, grant.clientId)}</Row>
      <Row term="API (resource)">{named(target.resourceName, grant.resourceId)}</Row>
      <Row term="Consent">{consentTypeLabel(grant, target.principalName)}</Row>
      {grant.principalId ? (
        <Row term="User id" code>
          {grant.principalId}
        </Row>
      ) : null}
      <Row term="Scope" code>
        {grant.scope || '(empty)'}
      </Row>
    </dl>
  );
}

function AssignmentFields({ assignment, target, label }: { assignment: AssignmentSnapshot; target: Target; label: string }) {
  const styles = useStyles();
  return (
    <dl className={styles.list} aria-label={label}>
      <Row term="Object">Application permission (appRoleAssignment)</Row>
      <Row term="Assignment id" code>
        {assignment.id}
      </Row>
      <Row term="Assigned to">{named(assignment.principalDisplayName ?? target.clientName, assignment.principalId)}</Row>
      {assignment.principalType ? <Row term="Principal type">{assignment.principalType}</Row> : null}
      <Row term="API (resource)">{named(assignment.resourceDisplayName ?? target.resourceName, assignment.resourceId)}</Row>
      <Row term="App role id" code>
        {assignment.appRoleId}
      </Row>
    </dl>
  );
}

function PolicyFields({ policy, target, label }: { policy: PolicySnapshot; target: Target; label: string }) {
  const styles = useStyles();
  if ('permissionGrantPoliciesAssigned' in policy) {
    return (
      <dl className={styles.list} aria-label={label}>
        <Row term="Object">Authorization policy: permission grant policies assigned to the default user role</Row>
        <Row term="Assigned" code>
          {policy.permissionGrantPoliciesAssigned.join(', ') || '(none)'}
        </Row>
      </dl>
    );
  }
  return (
    <dl className={styles.list} aria-label={label}>
      <Row term="Object">Delegated permission classification</Row>
      <Row term="Classification id" code>
        {policy.id}
      </Row>
      <Row term="API (resource)">{named(target.resourceName, policy.resourceId)}</Row>
      <Row term="Permission">{named(policy.permissionName, policy.permissionId)}</Row>
      <Row term="Classification">{policy.classification}</Row>
    </dl>
  );
}

/** A recorded Graph object (grant, app role assignment or consent-policy object) as a definition list. */
export function EntryObject({ value, target, label }: { value: GrantSnapshot | AssignmentSnapshot | PolicySnapshot; target: Target; label: string }) {
  if (isPolicySnapshot(value)) return <PolicyFields policy={value} target={target} label={label} />;
  return isGrant(value) ? <GrantFields grant={value} target={target} label={label} /> : <AssignmentFields assignment={value} target={target} label={label} />;
}
