/**
 * Approving a request is a change: the one change dialog, with the audience (the organization, the people
 * who asked, or a group's members), the permissions to grant (all or some of those asked for) and the
 * preview of exactly what is created as its body. Confirm stays off until a group's members are read.
 */
import { Checkbox, Field, makeStyles, Radio, RadioGroup, Select, tokens } from '@fluentui/react-components';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { ChangeDialog } from '../../../changes/confirm/change-dialog';
import type { AppConsentState } from '../../../graph/app-consent';
import type { PendingRequest } from '../../../graph/consent-requests';
import { useGraphClient } from '../../../graph/graph-client-context';
import { groupsQueryOptions, groupUsersQueryOptions } from '../../../graph/list-group-members';
import type { ServicePrincipalInfo } from '../../../permissions/inventory';
import { isolate } from '../../../permissions/names';
import { Loading } from '../../../ui/loading';
import { QueryError } from '../../../ui/query-error';
import { planApproval, type Audience } from '../approval-plan';
import { resolvePendingScopes, type ResolvedScope } from '../pending-scopes';
import { requestersOf } from '../request-facts';
import { AppPermissionAdder } from './app-permission-adder';
import { ApprovalPreview } from './approval-preview';
import { ScopeLabel } from './requested-permissions';
import { READ_GROUP_MEMBERS } from '../../../graph/operations/groups';

const useStyles = makeStyles({
  body: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
});

type AudienceKind = Audience['kind'];

interface ApproveDialogProps {
  request: PendingRequest;
  app: AppConsentState;
  resources: readonly ServicePrincipalInfo[];
  onClose: () => void;
  onSettled: () => void;
}

export function ApproveDialog({ request, app, resources, onClose, onSettled }: ApproveDialogProps) {
  const styles = useStyles();
  const graph = useGraphClient();
  const requesters = requestersOf(request.userRequests);
  const scopes = resolvePendingScopes(request.pendingScopes, resources);
  const choosable = scopes.filter((s) => s.type !== 'unresolved');
  const [audience, setAudience] = useState<AudienceKind>('requesters');
  const [groupId, setGroupId] = useState('');
  const [unchecked, setUnchecked] = useState<ReadonlySet<string>>(new Set());
  const [appPermissions, setAppPermissions] = useState<ResolvedScope[]>([]);
  const groups = useQuery({ ...groupsQueryOptions(graph), enabled: audience === 'group' });
  const members = useQuery({ ...groupUsersQueryOptions(graph, groupId), enabled: audience === 'group' && Boolean(groupId) });

  const chosen = [...scopes.filter((s) => !unchecked.has(s.name)), ...(audience === 'organization' ? appPermissions : [])];
  const users = audience === 'requesters' ? requesters : (members.data ?? []);
  const ready = audience !== 'group' || members.isSuccess;
  const plan = ready
    ? planApproval({
        client: app.servicePrincipal,
        grants: app.grants,
        assignments: app.assignments,
        scopes: chosen,
        audience: audience === 'organization' ? { kind: 'organization' } : { kind: audience, users },
      })
    : undefined;
  const toggle = (name: string, on: boolean) =>
    setUnchecked((previous) => {
      const next = new Set(previous);
      if (on) next.delete(name);
      else next.add(name);
      return next;
    });

  return (
    <ChangeDialog
      title={`Approve ${isolate(request.appDisplayName)}`}
      confirmLabel="Approve"
      changes={plan?.changes ?? []}
      aftermath="Users who get a grant can sign in to the app with these permissions without a consent page. The request itself stays open in Microsoft Entra: Graph cannot close it."
      onClose={onClose}
      onSettled={onSettled}
    >
      <div className={styles.body}>
        <Field label="Approve for">
          <RadioGroup value={audience} onChange={(_, d) => setAudience(d.value as AudienceKind)}>
            <Radio value="organization" label="Everyone in the organization (admin consent for all users)" />
            <Radio value="requesters" label={`Only the people who asked (${requesters.length})`} />
            <Radio value="group" label="The members of a group" />
          </RadioGroup>
        </Field>
        {audience === 'group' ? (
          groups.isError ? (
            <QueryError error={groups.error} operation={READ_GROUP_MEMBERS} screenTitle="Choosing a group" onRetry={() => void groups.refetch()} />
          ) : (
            <Field label="Group" hint="Its direct members that are users each get their own grant; people who join later do not.">
              <Select value={groupId} onChange={(_, d) => setGroupId(d.value)}>
                <option value="">Choose a group…</option>
                {(groups.data ?? []).map((g) => (
                  <option key={g.id} value={g.id}>
                    {isolate(g.displayName ?? g.id)}
                  </option>
                ))}
              </Select>
            </Field>
          )
        ) : null}
        <fieldset>
          <legend>Permissions to grant</legend>
          {choosable.map((s) => (
            <Checkbox key={s.name} checked={!unchecked.has(s.name)} onChange={(_, d) => toggle(s.name, d.checked === true)} label={<ScopeLabel scope={s} />} />
          ))}
        </fieldset>
        {audience === 'organization' ? (
          <AppPermissionAdder resources={resources} added={appPermissions} onChange={setAppPermissions} staticRequest={request.consentType === 'Static'} />
        ) : null}
        {audience === 'group' && groupId && members.isPending ? <Loading label="Reading the group’s members…" /> : null}
        {members.isError ? (
          <QueryError error={members.error} operation={READ_GROUP_MEMBERS} screenTitle="Reading the group’s members" onRetry={() => void members.refetch()} />
        ) : null}
        {plan && (audience !== 'group' || groupId) ? <ApprovalPreview plan={plan} /> : null}
      </div>
    </ChangeDialog>
  );
}
