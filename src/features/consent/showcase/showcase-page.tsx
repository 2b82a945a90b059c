import { Body1, makeStyles, tokens } from '@fluentui/react-components';
import { useId } from 'react';
import { useSearchParams } from 'react-router';
import { PageHeader } from '../../../ui/page-header';
import { RouterLink } from '../../../ui/router-link';
import { SectionHeading } from '../../../ui/section-heading';
import { AdminGrantStep } from './admin-grant-step';
import { RedirectStep } from './redirect-step';

const useStyles = makeStyles({
  steps: { display: 'flex', gap: tokens.spacingHorizontalL, flexWrap: 'wrap', margin: 0, padding: 0, listStyleType: 'none' },
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, maxWidth: '1000px' },
});

const STEPS = [
  { title: 'Ask for one more scope', scope: 'Calendars.Read' },
  { title: 'Decline consent', scope: 'Contacts.Read' },
  { title: 'Force the consent prompt', scope: 'Calendars.Read' },
  { title: 'Admin grant: cached vs refreshed token', scope: 'People.Read' },
] as const;

/** A guided tour of incremental consent against the live session; the step lives in the URL (?step=). */
export function ShowcasePage() {
  const styles = useStyles();
  const headingId = useId();
  const [params] = useSearchParams();
  const requested = Number(params.get('step') ?? '1');
  const step = Number.isInteger(requested) && requested >= 1 && requested <= STEPS.length ? requested : 1;
  const current = STEPS[step - 1]!;

  return (
    <>
      <PageHeader
        title="Incremental consent"
        description="Watch what happens to the console's Microsoft Graph token as it asks for permissions one at a time. Each step shows the token's scp, iat, exp and aud before and after."
      />
      <nav aria-label="Showcase steps">
        <ol className={styles.steps}>
          {STEPS.map((s, i) => (
            <li key={s.title}>
              <RouterLink to={`/consent/showcase?step=${i + 1}`} aria-current={i + 1 === step ? 'step' : undefined}>
                {i + 1}. {s.title}
              </RouterLink>
            </li>
          ))}
        </ol>
      </nav>
      <section className={styles.section} aria-labelledby={headingId}>
        <SectionHeading id={headingId}>
          Step {step}: {current.title}
        </SectionHeading>
        {step === 1 ? (
          <RedirectStep
            key={step}
            step={1}
            scope={current.scope}
            action={`Ask for ${current.scope}`}
            instructions={`The console asks only for ${current.scope} (acquireTokenRedirect). Accept on Microsoft's page: back here, the new token's scp lists ${current.scope} next to what it held before.`}
          />
        ) : null}
        {step === 2 ? (
          <RedirectStep
            key={step}
            step={2}
            scope={current.scope}
            action={`Ask for ${current.scope}, then choose Cancel`}
            instructions={`Choose Cancel on Microsoft's consent page. The identity platform answers access_denied with AADSTS65004; the console explains it, and the token stays as it was.`}
            showError
          />
        ) : null}
        {step === 3 ? (
          <RedirectStep
            key={step}
            step={3}
            scope={current.scope}
            prompt="consent"
            action={`Show the consent page again for ${current.scope}`}
            instructions={`With prompt=consent Microsoft shows the consent page even though ${current.scope} is already granted (users can re-consent, admins can tick "Consent on behalf of your organization"). Accept: a new token is issued.`}
          />
        ) : null}
        {step === 4 ? <AdminGrantStep scope={current.scope} /> : null}
        {step < STEPS.length ? (
          <Body1>
            <RouterLink to={`/consent/showcase?step=${step + 1}`}>Next: step {step + 1}</RouterLink>
          </Body1>
        ) : null}
      </section>
    </>
  );
}
