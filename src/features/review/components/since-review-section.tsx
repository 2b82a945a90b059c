import {
  Body1,
  Checkbox,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Subtitle2,
  tokens,
} from '@fluentui/react-components';
import { useMemo } from 'react';
import { ChangeDialog } from '../../../changes/confirm/change-dialog';
import type { InventoryData } from '../../../graph/inventory/load-inventory';
import type { UserBasic } from '../../../graph/list-users';
import type { PermissionCatalog } from '../../../permissions/catalog';
import { ProvenanceBy } from '../../../provenance/provenance-by';
import { latestStep } from '../../../provenance/provenance-text';
import { ProvenanceUnavailable } from '../../../provenance/provenance-unavailable';
import { useProvenance } from '../../../provenance/use-provenance';
import type { ReviewMark } from '../../../review/review-marks';
import { changesSince } from '../../../review/since-review';
import { Name } from '../../../ui/app-name';
import { RiskBadge } from '../../../ui/risk-badge';
import { RouterLink } from '../../../ui/router-link';
import { SectionHeading } from '../../../ui/section-heading';
import { reviewView, type ReviewItem, type ReviewItemKind } from '../review-items';
import { BulkRevokeBar, plural, useBulkSelection } from './bulk-revoke';
import { formatWhen } from './mark-review';

const useStyles = makeStyles({
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  list: { margin: 0, paddingInlineStart: tokens.spacingHorizontalXL },
});

const KIND_LABEL: Record<ReviewItemKind, string> = {
  'new-grant': 'New grant',
  'widened-grant': 'Widened: scopes added',
  'new-app-permission': 'New application permission',
};

/**
 * What changed since the last review, against its snapshot: new apps, new and widened grants and new
 * application permissions, selectable and revoked together through the change dialog; removals as information.
 * Beside each, who made it and when, from the audit log (src/provenance); why not, once, when it cannot be read.
 */
export function SinceReviewSection({
  mark,
  inventory,
  catalog,
  users,
}: {
  mark: ReviewMark;
  inventory: InventoryData;
  catalog?: PermissionCatalog;
  users?: Map<string, UserBasic>;
}) {
  const styles = useStyles();
  const since = useMemo(() => changesSince(mark.snapshot, inventory), [mark, inventory]);
  const view = useMemo(() => reviewView(since, { inventory, catalog, users }), [since, inventory, catalog, users]);
  const sinceGrants = useMemo(() => [...since.newGrants, ...since.widenedGrants.map((w) => w.grant)], [since]);
  const provenance = useProvenance(sinceGrants, since.newAppPermissions, view.items.length > 0);
  const stepOf = ({ change }: ReviewItem) =>
    change.kind === 'revoke-grant' || change.kind === 'remove-scopes'
      ? latestStep(provenance.byGrantId?.get(change.grant.id))
      : change.kind === 'revoke-app-role'
        ? latestStep(provenance.byAssignmentId?.get(change.assignment.id))
        : undefined;
  const selection = useBulkSelection(view.items);
  const { selected, toggle, revoking } = selection;
  const removed = since.removed;
  const removedCount = removed.apps.length + removed.grants.length + removed.narrowedGrants.length + removed.appPermissions.length;

  return (
    <section className={styles.section} aria-labelledby="since-review">
      <SectionHeading id="since-review">Since the last review</SectionHeading>
      <Body1 as="p" block>
        Compared with the review of {formatWhen(mark.at)} by <Name name={mark.by.upn} />:{' '}
        {view.items.length === 0 && view.newApps.length === 0 ? 'nothing new was granted.' : `${plural(view.items.length, 'change')} to review.`}
      </Body1>

      <div>
        <Subtitle2 as="h3" block>
          New apps
        </Subtitle2>
        {view.newApps.length === 0 ? (
          <Body1 block>No new app holds a permission.</Body1>
        ) : (
          <ul className={styles.list} aria-label="New apps">
            {view.newApps.map((row) => (
              <li key={row.sp.id}>
                <RouterLink to={`/apps/${row.sp.id}`}>
                  <Name name={row.sp.displayName} />
                </RouterLink>{' '}
                <RiskBadge tier={row.risk} /> {plural(row.adminGrants, 'admin grant')}, {plural(row.consentingUsers, 'consenting user')},{' '}
                {plural(row.appPermissions, 'application permission')}
              </li>
            ))}
          </ul>
        )}
        {since.newAppsHoldingNothing > 0 ? (
          <Body1 block>{plural(since.newAppsHoldingNothing, 'other new app holds', 'other new apps hold')} nothing.</Body1>
        ) : null}
      </div>

      {view.items.length > 0 ? (
        <>
          {selection.gate.note}
          <ProvenanceUnavailable provenance={provenance} screenTitle="Since the last review" />
          <BulkRevokeBar selection={selection} selectAllLabel="Select all" nothingChosen="Select the changes to take back." />
          <Table aria-label="Changes since the last review" size="small">
            <TableHeader>
              <TableRow>
                <TableHeaderCell>Select</TableHeaderCell>
                <TableHeaderCell>Change</TableHeaderCell>
                <TableHeaderCell>App</TableHeaderCell>
                <TableHeaderCell>Permissions</TableHeaderCell>
                <TableHeaderCell>Risk</TableHeaderCell>
                <TableHeaderCell>Who</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {view.items.map((item) => (
                <TableRow key={item.key} data-testid="since-review-item">
                  <TableCell>
                    <Checkbox
                      checked={selected.has(item.key)}
                      onChange={(_, data) => toggle(item.key, data.checked === true)}
                      aria-label={`Select: ${KIND_LABEL[item.kind]}, ${item.appName}, ${item.permissions.join(' ')}`}
                    />
                  </TableCell>
                  <TableCell>{KIND_LABEL[item.kind]}</TableCell>
                  <TableCell>
                    <RouterLink to={`/apps/${item.appObjectId}`}>
                      <Name name={item.appName} />
                    </RouterLink>
                  </TableCell>
                  <TableCell>
                    {item.permissions.join(' ')} on <Name name={item.resourceName} />
                  </TableCell>
                  <TableCell>
                    <RiskBadge tier={item.risk.tier} reasons={item.risk.reasons} />
                  </TableCell>
                  <TableCell>
                    <Name name={item.who} />
                    <ProvenanceBy step={stepOf(item)} ready={provenance.byGrantId !== undefined} />
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </>
      ) : null}

      {removedCount > 0 ? (
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody>
            Removed since the review (information only): {plural(removed.apps.length, 'app')}, {plural(removed.grants.length, 'grant')},{' '}
            {plural(removed.narrowedGrants.length, 'narrowed grant')}, {plural(removed.appPermissions.length, 'application permission')}.
          </MessageBarBody>
        </MessageBar>
      ) : null}

      {revoking ? (
        <ChangeDialog
          title={`Take back ${plural(revoking.length, 'change')} since the last review`}
          confirmLabel="Revoke"
          changes={revoking.map((item) => item.change)}
          onSettled={selection.clear}
          onClose={() => selection.setRevoking(null)}
        />
      ) : null}
    </section>
  );
}
