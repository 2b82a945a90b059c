import { Body1, makeStyles, MessageBar, MessageBarBody, tokens } from '@fluentui/react-components';
import { useMemo, useState } from 'react';
import { ConsentRequiredError } from '../../../auth/consent-required-error';
import { useConsoleSession } from '../../../auth/use-session';
import { ChangeDialog } from '../../../changes/confirm/change-dialog';
import type { InventoryData } from '../../../graph/inventory/load-inventory';
import type { UserBasic } from '../../../graph/list-users';
import { READ_SIGN_IN_ACTIVITY } from '../../../hygiene/operations';
import { useAppHygiene } from '../../../hygiene/use-app-hygiene';
import type { PermissionCatalog } from '../../../permissions/catalog';
import { UNUSED_AFTER_DAYS } from '../../../permissions/hygiene';
import { buildInventory } from '../../../permissions/inventory';
import { Loading } from '../../../ui/loading';
import { QueryError } from '../../../ui/query-error';
import { SectionHeading } from '../../../ui/section-heading';
import { selectableByAll, unusedApps } from '../unused-items';
import { BulkRevokeBar, plural, useBulkSelection } from './bulk-revoke';
import { CONSOLE_OWN_WARNING, UnusedAppCard } from './unused-app-card';

const useStyles = makeStyles({
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
});

/**
 * Granted but unused: apps holding high-risk permissions that have not signed in for 90 days (the beta
 * sign-in activity report; when it is unavailable, the reason, and no app is called unused), each with its
 * high-risk grants and application permissions, chosen and revoked together through the change dialog.
 */
export function UnusedSection({ inventory, catalog, users }: { inventory: InventoryData; catalog?: PermissionCatalog; users?: Map<string, UserBasic> }) {
  const styles = useStyles();
  const { settings } = useConsoleSession();
  const rows = useMemo(() => buildInventory({ ...inventory, catalog }), [inventory, catalog]);
  const hygiene = useAppHygiene(rows, { signIns: true });
  const [now] = useState(() => Date.now());
  const apps = useMemo(
    () => unusedApps({ inventory, hygiene: hygiene.byApp, consoleAppId: settings.clientId, catalog, users }),
    [inventory, hygiene.byApp, settings.clientId, catalog, users],
  );
  const selection = useBulkSelection(
    apps.flatMap((app) => app.items),
    selectableByAll(apps),
  );
  const { revoking } = selection;

  const report = hygiene.signInReport;
  return (
    <section className={styles.section} aria-labelledby="granted-unused">
      <SectionHeading id="granted-unused">Granted but unused</SectionHeading>
      <Body1 as="p" block>
        Apps holding a high-risk permission that have not signed in for {UNUSED_AFTER_DAYS} days, by Microsoft Graph’s sign-in activity report (a beta API).
      </Body1>
      {report.state === 'loading' ? <Loading label="Reading the sign-in activity report (beta)…" /> : null}
      {report.state === 'unavailable' && hygiene.errors.signIns instanceof ConsentRequiredError ? (
        <QueryError error={hygiene.errors.signIns} operation={READ_SIGN_IN_ACTIVITY} screenTitle="Granted but unused" />
      ) : report.state === 'unavailable' ? (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>The sign-in activity report (beta) is unavailable: {report.reason} Without it no app is called unused.</MessageBarBody>
        </MessageBar>
      ) : null}
      {report.state === 'available' && apps.length === 0 ? (
        <Body1 block>No app holding a high-risk permission has gone {UNUSED_AFTER_DAYS} days without signing in.</Body1>
      ) : null}

      {apps.length > 0 ? (
        <>
          {selection.gate.note}
          <BulkRevokeBar
            selection={selection}
            selectAllLabel={`Select all unused (${selection.selectable.length})`}
            nothingChosen="Select the permissions to revoke."
          />
          {apps.map((app) => (
            <UnusedAppCard key={app.sp.id} app={app} now={now} selected={selection.selected} onToggle={selection.toggle} />
          ))}
        </>
      ) : null}

      {revoking ? (
        <ChangeDialog
          title={`Revoke ${plural(revoking.length, 'unused high-risk permission')}`}
          confirmLabel="Revoke"
          changes={revoking.map((item) => item.change)}
          onSettled={selection.clear}
          onClose={() => selection.setRevoking(null)}
        >
          {revoking.some((item) => item.consoleOwn) ? (
            <MessageBar intent="warning" layout="multiline">
              <MessageBarBody>{CONSOLE_OWN_WARNING}</MessageBarBody>
            </MessageBar>
          ) : null}
        </ChangeDialog>
      ) : null}
    </section>
  );
}
