/**
 * The delegated permission classifications of one API (Microsoft Graph first): which permissions are
 * classified low impact, classifying another (only permissions that need no admin consent can be) and
 * removing a classification, each through the change dialog.
 */
import {
  Body1,
  Button,
  Field,
  makeStyles,
  Select,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  tokens,
} from '@fluentui/react-components';
import { useState } from 'react';
import type { ChangeOf } from '../../../changes/change-types';
import { useActionGate } from '../../../changes/confirm/action-gate';
import { ChangeDialog } from '../../../changes/confirm/change-dialog';
import { isClassifiable } from '../../../permissions/consent-policy';
import type { ServicePrincipalInfo } from '../../../permissions/inventory';
import { isolate } from '../../../permissions/names';
import { Loading } from '../../../ui/loading';
import { QueryError } from '../../../ui/query-error';
import { useClassifications } from '../api/use-policy-data';
import { ApiSelect } from './api-select';
import { READ_CLASSIFICATIONS } from '../../../graph/operations/consent-policies';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, maxWidth: '760px' },
  row: { display: 'flex', gap: tokens.spacingHorizontalM, alignItems: 'flex-end', flexWrap: 'wrap' },
  code: { fontFamily: tokens.fontFamilyMonospace },
  muted: { color: tokens.colorNeutralForeground2 },
});

interface Props {
  apis: readonly ServicePrincipalInfo[];
  screenTitle: string;
}

export function ClassificationsSection({ apis, screenTitle }: Props) {
  const styles = useStyles();
  const [apiId, setApiId] = useState(apis[0]?.id ?? '');
  const api = apis.find((sp) => sp.id === apiId);
  const list = useClassifications(api?.id);
  const [scopeId, setScopeId] = useState('');
  const [pending, setPending] = useState<ChangeOf<'classify-permission' | 'unclassify-permission'> | null>(null);
  const names = { resourceName: api?.displayName };
  const classified = new Set((list.data ?? []).map((c) => c.permissionId.toLowerCase()));
  const candidates = (api?.oauth2PermissionScopes ?? []).filter((s) => isClassifiable(s) && !classified.has(s.id.toLowerCase()));
  const chosen = candidates.find((s) => s.id === scopeId) ?? candidates[0];
  const classify: ChangeOf<'classify-permission'> | null =
    api && chosen
      ? {
          kind: 'classify-permission',
          classification: { resourceId: api.id, permissionId: chosen.id, permissionName: chosen.value ?? chosen.id, classification: 'low' },
          names: { ...names, permission: chosen.value ?? undefined },
        }
      : null;
  const gate = useActionGate(classify ? [classify] : []);

  return (
    <div className={styles.root}>
      <ApiSelect label="API" apis={apis} value={apiId} onChange={setApiId} />
      {list.isPending && api ? <Loading label="Reading the API's permission classifications…" /> : null}
      {list.isError ? <QueryError error={list.error} operation={READ_CLASSIFICATIONS} screenTitle={screenTitle} onRetry={() => void list.refetch()} /> : null}
      {list.isSuccess ? (
        list.data.length === 0 ? (
          <Body1>No permission of {isolate(api?.displayName ?? 'this API')} is classified.</Body1>
        ) : (
          <Table aria-label="Classified permissions" size="small">
            <TableHeader>
              <TableRow>
                <TableHeaderCell>Permission</TableHeaderCell>
                <TableHeaderCell>Classification</TableHeaderCell>
                <TableHeaderCell>Action</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {list.data.map((c) => (
                <TableRow key={c.id}>
                  <TableCell>
                    <span className={styles.code}>{isolate(c.permissionName)}</span> <span className={styles.muted}>({c.permissionId})</span>
                  </TableCell>
                  <TableCell>{c.classification} impact</TableCell>
                  <TableCell>
                    <Button
                      size="small"
                      aria-label={`Remove the classification of ${isolate(c.permissionName)}`}
                      onClick={() =>
                        setPending({
                          kind: 'unclassify-permission',
                          classification: { ...c, resourceId: api!.id },
                          names: { ...names, permission: c.permissionName },
                        })
                      }
                    >
                      Remove…
                    </Button>
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        )
      ) : null}
      {gate.note}
      {list.isSuccess && candidates.length > 0 ? (
        <div className={styles.row}>
          <Field label="Permission to classify (needs no admin consent)">
            <Select value={chosen?.id ?? ''} onChange={(_, d) => setScopeId(d.value)}>
              {candidates.map((s) => (
                <option key={s.id} value={s.id}>
                  {isolate(s.value ?? s.id)}
                </option>
              ))}
            </Select>
          </Field>
          <Button {...gate.actionProps} onClick={() => setPending(classify)}>
            Classify as low impact…
          </Button>
        </div>
      ) : null}
      {pending ? (
        <ChangeDialog
          title={pending.kind === 'classify-permission' ? 'Classify a permission' : 'Remove a permission classification'}
          confirmLabel={pending.kind === 'classify-permission' ? 'Classify' : 'Remove classification'}
          changes={[pending]}
          onClose={() => setPending(null)}
          aftermath={
            <Body1>
              Consent policies that match “classified low impact” (such as the low-impact user-consent setting) see the change on the next consent; grants made
              before stay.
            </Body1>
          }
        >
          <Body1>
            {pending.kind === 'classify-permission'
              ? `Now: ${isolate(pending.classification.permissionName)} is not classified. After: classified low impact.`
              : `Now: ${isolate(pending.classification.permissionName)} is classified ${pending.classification.classification} impact. After: not classified.`}
          </Body1>
        </ChangeDialog>
      ) : null}
    </div>
  );
}
