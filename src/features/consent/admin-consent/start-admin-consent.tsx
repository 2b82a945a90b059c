import { Body1, Button, Caption1, Field, Input, makeStyles, MessageBar, MessageBarBody, Radio, RadioGroup, tokens } from '@fluentui/react-components';
import { OpenRegular } from '@fluentui/react-icons';
import { useQueryClient } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { directoryRoleNames } from '../../../auth/directory-roles';
import { identityAuthorityHost } from '../../../auth/identity-host';
import { ADMIN_CONSENT } from '../../../auth/role-requirements';
import { useActiveAccount, useConsoleSession } from '../../../auth/use-session';
import { appConsentQueryOptions, tenantWideSnapshot } from '../../../graph/app-consent';
import { useGraphClient } from '../../../graph/graph-client-context';
import { SectionHeading } from '../../../ui/section-heading';
import { splitScopeInput } from '../url-builder/build-consent-urls';
import { adminConsentRedirectUri, saveAdminConsentRequest } from '../../../auth/admin-consent-request';
import { adminConsentUrl } from './admin-consent-url';
import { ScopeChoiceExplainer } from './scope-choice-explainer';
import { Name } from '../../../ui/app-name';

const useStyles = makeStyles({
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, maxWidth: '760px' },
  mono: { fontFamily: tokens.fontFamilyMonospace, overflowWrap: 'anywhere' },
});

interface StartAdminConsentProps {
  appId: string;
  /** Undefined while (or when) the app's name cannot be read: the texts then say "this application". */
  appName: string | undefined;
  /** Navigates the browser (tests of the page can replace it). */
  navigate?: (url: string) => void;
}

/** Opens Microsoft's admin-consent page for the app, with a state this tab will check on return. */
export function StartAdminConsent({ appId, appName, navigate = (url) => window.location.assign(url) }: StartAdminConsentProps) {
  const styles = useStyles();
  const headingId = useId();
  const { settings } = useConsoleSession();
  const account = useActiveAccount();
  const [mode, setMode] = useState<'default' | 'chosen'>('default');
  const [chosen, setChosen] = useState('');
  const [problem, setProblem] = useState<string>();
  const [opening, setOpening] = useState(false);
  const origin = window.location.origin;
  const graph = useGraphClient();
  const queryClient = useQueryClient();

  /** What the app holds tenant-wide right now (read fresh), for the result page to compare; undefined if unreadable. */
  const snapshot = async () => {
    try {
      return tenantWideSnapshot(await queryClient.fetchQuery({ ...appConsentQueryOptions(graph, appId), staleTime: 0 }));
    } catch {
      return undefined;
    }
  };

  const start = async () => {
    const scopes = splitScopeInput(chosen);
    if (mode === 'chosen' && scopes.length === 0) {
      setProblem('Enter at least one permission, e.g. User.Read, or choose everything the app registered.');
      return;
    }
    const scope = mode === 'default' ? '.default' : scopes.join(' ');
    setOpening(true);
    const record = saveAdminConsentRequest({ appId, appName: appName ?? appId, scope, before: await snapshot() });
    const tenantId = account?.tenantId || settings.tenantId;
    navigate(adminConsentUrl({ authorityHost: identityAuthorityHost(settings), tenantId, appId, scope, origin, state: record.state }));
    setOpening(false);
  };

  return (
    <section className={styles.section} aria-labelledby={headingId}>
      <SectionHeading id={headingId}>Grant admin consent with Microsoft's consent page</SectionHeading>
      <Body1>
        Like the portal's <em>Grant admin consent</em> button: you review the permissions on Microsoft's page and accept them for everyone in the organization.
        It needs one of these directory roles: {directoryRoleNames(ADMIN_CONSENT.roles).join(', ')} (Microsoft Graph's application permissions:{' '}
        {directoryRoleNames(ADMIN_CONSENT.narrower?.requirement.roles ?? []).join(', ')}).
      </Body1>
      <RadioGroup value={mode} onChange={(_, d) => setMode(d.value === 'chosen' ? 'chosen' : 'default')} aria-label="Permissions to consent to">
        <Radio value="default" label="Everything the app registered (.default)" />
        <Radio value="chosen" label="Only the permissions I name" />
      </RadioGroup>
      <ScopeChoiceExplainer appName={appName} />
      {mode === 'chosen' ? (
        <Field label="Permissions (space separated)" hint="Microsoft Graph by short name (User.Read), other APIs by full URI." validationMessage={problem}>
          <Input
            value={chosen}
            onChange={(_, d) => {
              setChosen(d.value);
              setProblem(undefined);
            }}
          />
        </Field>
      ) : null}
      <Caption1>
        Microsoft returns to <span className={styles.mono}>{adminConsentRedirectUri(origin)}</span>. That address must be registered as a redirect URI of{' '}
        <strong>{appName ? <Name name={appName} /> : 'this application'}</strong> itself (not of the console); otherwise Microsoft stops with AADSTS50011.
      </Caption1>
      <MessageBar intent="info" layout="multiline">
        <MessageBarBody>
          The console checks on return that the answer belongs to this request (a random state kept in this tab), reads the app’s permissions again and records
          in the Activity log what changed, including any permission the consent removed.
        </MessageBarBody>
      </MessageBar>
      <div>
        <Button appearance="primary" icon={<OpenRegular aria-hidden />} disabled={opening} onClick={() => void start()}>
          {/* One span: the button lays its children out as flex items, which would drop the space before the name. */}
          <span>Open admin consent for {appName ? <Name name={appName} /> : 'this application'}</span>
        </Button>
      </div>
    </section>
  );
}
