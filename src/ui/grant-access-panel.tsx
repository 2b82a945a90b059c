import { useMsal } from '@azure/msal-react';
import { Badge, Body1, Button, Caption1, MessageBar, MessageBarBody, makeStyles, Subtitle2, tokens } from '@fluentui/react-components';
import { ShieldKeyholeRegular } from '@fluentui/react-icons';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useId } from 'react';
import { explainAuthError } from '../auth/aadsts';
import type { ConsentRequiredError } from '../auth/consent-required-error';
import { canGrantAdminConsent } from '../auth/directory-roles';
import { predictConsentOutcome, requestConsent } from '../auth/interactions';
import { useCurrentGraphToken } from '../auth/use-session';
import { useRedirectAction } from '../auth/use-redirect-action';
import type { GraphOperation } from '../graph/operation';
import { describeDelegatedScope, permissionCatalogQueryOptions } from '../permissions/catalog';
import { AuthErrorMessage } from './auth-error-message';

const useStyles = makeStyles({
  panel: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalXL,
    borderRadius: tokens.borderRadiusLarge,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    backgroundColor: tokens.colorNeutralBackground1,
    maxWidth: '760px',
  },
  heading: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS, margin: 0 },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalXL, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  item: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS },
  name: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
  code: { fontFamily: tokens.fontFamilyMonospace, color: tokens.colorNeutralForeground2 },
  muted: { color: tokens.colorNeutralForeground2 },
  actions: { display: 'flex' },
});

interface GrantAccessPanelProps {
  error: ConsentRequiredError;
  /** The operations of this screen that need the scopes, for the "why". */
  operation: GraphOperation;
  screenTitle: string;
}

/** The shared incremental-consent panel: which permissions, why, and one button to grant them. */
export function GrantAccessPanel({ error, operation, screenTitle }: GrantAccessPanelProps) {
  const styles = useStyles();
  const headingId = useId();
  const { instance } = useMsal();
  const catalog = useQuery(permissionCatalogQueryOptions());
  const token = useCurrentGraphToken();
  const queryClient = useQueryClient();
  // Said before leaving, so that the return from "Need admin approval" is explained as that.
  const grant = useRedirectAction(async () =>
    requestConsent(instance, error.scopes, { expect: await predictConsentOutcome(queryClient, instance, error.scopes) }),
  );
  const permissions = error.scopes.map((scope) => describeDelegatedScope(catalog.data, scope));
  const needsAdmin = permissions.some((p) => p.adminOnly);
  const isConsentAdmin = canGrantAdminConsent(token.data?.roleTemplateIds ?? []);
  const notConsent = error.explanation && error.explanation.code !== 'AADSTS65001' && error.explanation.code !== 'consent_required';

  return (
    <section className={styles.panel} aria-labelledby={headingId}>
      <Subtitle2 as="h2" id={headingId} className={styles.heading}>
        <ShieldKeyholeRegular aria-hidden fontSize={20} />
        Grant access
      </Subtitle2>
      <Body1>
        {screenTitle} needs {permissions.length === 1 ? 'a permission' : 'permissions'} the console does not hold yet. The console asks for each permission only
        when a screen needs it.
      </Body1>
      <ul className={styles.list}>
        {permissions.map((permission) => (
          <li key={permission.value} className={styles.item}>
            <span className={styles.name}>
              <strong>{permission.name}</strong>
              {permission.name !== permission.value ? <span className={styles.code}>{permission.value}</span> : null}
              {permission.adminOnly ? (
                <Badge appearance="tint" color="warning">
                  Admin consent required
                </Badge>
              ) : null}
            </span>
            {permission.description ? <Caption1 className={styles.muted}>{permission.description}</Caption1> : null}
            <Caption1>
              <strong>Why:</strong> {operation.reason}
            </Caption1>
          </li>
        ))}
      </ul>
      {needsAdmin && !isConsentAdmin ? (
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody>
            Only an administrator can grant an admin-consent permission. If your account cannot, Microsoft will say the app needs admin approval (AADSTS90094):
            ask a Global, Privileged Role, Cloud Application or Application Administrator.
          </MessageBarBody>
        </MessageBar>
      ) : null}
      {notConsent && error.explanation ? <AuthErrorMessage explanation={error.explanation} /> : null}
      {grant.error ? <AuthErrorMessage explanation={explainAuthError(grant.error instanceof Error ? grant.error : {})} /> : null}
      <div className={styles.actions}>
        <Button appearance="primary" onClick={grant.run} disabled={grant.pending}>
          {grant.pending ? 'Opening Microsoft sign-in…' : 'Grant access'}
        </Button>
      </div>
    </section>
  );
}
