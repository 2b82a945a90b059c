/**
 * /policy — who may consent to what: the user-consent setting in words and changing it, every permission
 * grant policy with its conditions, the APIs' permission classifications, and "Can this user consent?".
 */
import { makeStyles, tokens } from '@fluentui/react-components';
import { useEffect, useRef, type ReactNode } from 'react';
import { useLocation } from 'react-router';
import { READ_USER_CONSENT_SETTING } from '../../../auth/role-requirements';
import { useReadAccess } from '../../../auth/use-directory-roles';
import { useTenantId } from '../../../auth/use-session';
import { Loading } from '../../../ui/loading';
import { PageHeader } from '../../../ui/page-header';
import { QueryError } from '../../../ui/query-error';
import { RoleRequiredNote } from '../../../ui/role-required-note';
import { SectionHeading } from '../../../ui/section-heading';
import { Surface } from '../../../ui/surface';
import { useAuthorizationPolicy, useGrantPolicies, useServicePrincipals } from '../api/use-policy-data';
import { policyScreen } from '../index';
import { policyNames } from '../policy-names';
import { resourceApis } from './api-select';
import { ClassificationsSection } from './classifications-section';
import { ConsentCheckPanel } from './consent-check-panel';
import { GrantPoliciesSection } from './grant-policies-section';
import { UserConsentSection } from './user-consent-section';
import { READ_APP_PERMISSIONS } from '../../../graph/operations/applications';
import { READ_AUTHORIZATION_POLICY, READ_PERMISSION_GRANT_POLICIES } from '../../../graph/operations/consent-policies';

const useStyles = makeStyles({
  page: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL },
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
});

const SCREEN = `The ${policyScreen.title} screen`;

/** A section of the page; a link to `/policy#<id>` (Diagnose has one) brings it into view. */
function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  const styles = useStyles();
  const { hash } = useLocation();
  const ref = useRef<HTMLElement>(null);
  useEffect(() => {
    if (hash === `#${id}`) ref.current?.scrollIntoView({ block: 'start' });
  }, [hash, id]);
  return (
    <section aria-labelledby={id} ref={ref}>
      <Surface className={styles.section}>
        <SectionHeading id={id}>{title}</SectionHeading>
        {children}
      </Surface>
    </section>
  );
}

export function PolicyPage() {
  const styles = useStyles();
  const tenantId = useTenantId();
  const access = useReadAccess([READ_USER_CONSENT_SETTING]);
  const policy = useAuthorizationPolicy(access.state === 'allowed');
  const policies = useGrantPolicies();
  const sps = useServicePrincipals();
  const apis = resourceApis(sps.data ?? []);

  const setting =
    access.state === 'denied' ? (
      <RoleRequiredNote notes={access.notes} />
    ) : policy.isError ? (
      <QueryError error={policy.error} operation={READ_AUTHORIZATION_POLICY} screenTitle={SCREEN} onRetry={() => void policy.refetch()} />
    ) : null;
  const policyList = policies.isError ? (
    <QueryError error={policies.error} operation={READ_PERMISSION_GRANT_POLICIES} screenTitle={SCREEN} onRetry={() => void policies.refetch()} />
  ) : null;
  const appList = sps.isError ? (
    <QueryError error={sps.error} operation={READ_APP_PERMISSIONS} screenTitle={SCREEN} onRetry={() => void sps.refetch()} />
  ) : null;

  return (
    <div className={styles.page}>
      <PageHeader
        title={policyScreen.title}
        description="Why one user gets “Need admin approval” (AADSTS90094) and another a consent page: the tenant’s user-consent setting, the consent policies it assigns, and which permissions are classified low impact."
      />
      <Section id="policy-setting" title="User consent setting">
        {setting ??
          policyList ??
          (policy.isSuccess && policies.isSuccess ? (
            <UserConsentSection policy={policy.data} policies={policies.data} />
          ) : (
            <Loading label="Reading the user-consent setting…" />
          ))}
      </Section>
      <Section id="policy-check" title="Can this user consent?">
        {setting ??
          policyList ??
          appList ??
          (policy.isSuccess && policies.isSuccess && sps.isSuccess ? (
            <ConsentCheckPanel policy={policy.data} policies={policies.data} servicePrincipals={sps.data} apis={apis} screenTitle={SCREEN} />
          ) : (
            <Loading label="Reading the policies and the tenant's apps…" />
          ))}
      </Section>
      <Section id="policy-classifications" title="Permission classifications">
        {appList ?? (sps.isSuccess ? <ClassificationsSection apis={apis} screenTitle={SCREEN} /> : <Loading label="Reading the tenant's APIs…" />)}
      </Section>
      <Section id="policy-policies" title="Consent policies">
        {policyList ??
          (policies.isSuccess && sps.isSuccess ? (
            <GrantPoliciesSection
              policies={policies.data}
              assigned={policy.data?.permissionGrantPoliciesAssigned ?? []}
              names={policyNames(sps.data, tenantId)}
            />
          ) : (
            <Loading label="Reading the consent policies…" />
          ))}
      </Section>
    </div>
  );
}
