import { Body1, Field, Input, makeStyles, MessageBar, MessageBarBody, tokens } from '@fluentui/react-components';
import { useId, useState } from 'react';
import { identityAuthorityHost } from '../../../auth/identity-host';
import { useActiveAccount, useConsoleSession } from '../../../auth/use-session';
import { PageHeader } from '../../../ui/page-header';
import { SectionHeading } from '../../../ui/section-heading';
import { CopyField } from '../components/copy-field';
import { buildConsentUrls, consentInputWarnings, validateConsentInput, type ConsentUrlInput } from './build-consent-urls';
import { DefaultScopeExplainer } from './default-scope-explainer';

const useStyles = makeStyles({
  form: { display: 'grid', gridTemplateColumns: 'repeat(auto-fit, minmax(min(320px, 100%), 1fr))', gap: tokens.spacingVerticalM, maxWidth: '960px' },
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, maxWidth: '960px' },
});

type FormField = Exclude<keyof ConsentUrlInput, 'authorityHost'>;

const FIELDS: { key: FormField; label: string; hint: string; required: boolean }[] = [
  { key: 'clientId', label: 'Application (client) id', hint: 'The app to consent to, e.g. 0e7f1d00-0004-4b6c-8d7e-9f0a1b2c3d04.', required: true },
  { key: 'tenant', label: 'Tenant', hint: 'Tenant id, a verified domain, "organizations" or "common".', required: true },
  { key: 'scopes', label: 'Scopes', hint: 'Space or comma separated: User.Read Mail.Send, or .default for what the app registered.', required: true },
  { key: 'redirectUri', label: 'Redirect URI', hint: 'Must be registered on that app: Microsoft returns there with the answer.', required: true },
  { key: 'state', label: 'State (optional)', hint: 'Returned unchanged; the app uses it to recognise its own request.', required: false },
];

/** Builds the three consent links for any app, with validation, copy buttons and the .default rules. */
export function UrlBuilderPage() {
  const styles = useStyles();
  const { settings } = useConsoleSession();
  const account = useActiveAccount();
  const resultId = useId();
  const [form, setForm] = useState<Record<FormField, string>>({
    clientId: '',
    tenant: account?.tenantId || settings.tenantId,
    scopes: '.default',
    redirectUri: '',
    state: '',
  });
  const [touched, setTouched] = useState<Partial<Record<FormField, boolean>>>({});
  const input: ConsentUrlInput = { authorityHost: identityAuthorityHost(settings), ...form };
  const problems = validateConsentInput(input);
  const valid = Object.keys(problems).length === 0;
  const urls = valid ? buildConsentUrls(input) : undefined;
  const warnings = consentInputWarnings(input);

  return (
    <>
      <PageHeader
        title="Consent links"
        description="Build the consent links for any application: send the admin-consent link to an administrator, or open it yourself."
      />
      <form className={styles.form} onSubmit={(e) => e.preventDefault()} aria-label="Consent link details">
        {FIELDS.map((field) => {
          const problem = touched[field.key] || form[field.key] ? problems[field.key] : undefined;
          return (
            <Field key={field.key} label={field.label} hint={field.hint} required={field.required} validationMessage={problem}>
              <Input
                value={form[field.key]}
                onChange={(_, d) => setForm((f) => ({ ...f, [field.key]: d.value }))}
                onBlur={() => setTouched((t) => ({ ...t, [field.key]: true }))}
              />
            </Field>
          );
        })}
      </form>
      {warnings.map((w) => (
        <MessageBar key={w} intent="warning">
          <MessageBarBody>{w}</MessageBarBody>
        </MessageBar>
      ))}
      <section className={styles.section} aria-labelledby={resultId}>
        <SectionHeading id={resultId}>Links</SectionHeading>
        {urls ? (
          <>
            <CopyField
              label="Admin consent link (v2)"
              value={urls.adminConsentV2}
              hint="An administrator grants the permissions for the whole organization; returns admin_consent=True."
            />
            <CopyField
              label="Sign-in link with prompt=consent (v2)"
              value={urls.authorizeWithConsentPrompt}
              hint="Shows the consent page to whoever signs in, even when already granted (user consent, or admin consent with the checkbox)."
            />
            <CopyField
              label="Admin consent link (v1, prompt=admin_consent)"
              value={urls.adminConsentV1}
              hint="The older endpoint: grants what the app registration lists; no scope parameter."
            />
          </>
        ) : (
          <Body1 role="status">Fill in the fields above: the links appear when every required field is valid.</Body1>
        )}
      </section>
      <DefaultScopeExplainer />
    </>
  );
}
