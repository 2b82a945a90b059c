/**
 * The user-consent setting in words (the policies assigned to the default user role), and changing it:
 * the portal's three settings or one custom policy, with a preview of the assignment list before and after.
 */
import { Body1, Button, makeStyles, Radio, RadioGroup, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import type { Change } from '../../../changes/changes';
import { useActionGate } from '../../../changes/confirm/action-gate';
import { ChangeDialog } from '../../../changes/confirm/change-dialog';
import type { AuthorizationPolicySnapshot, GrantPolicy } from '../../../graph/consent-policies';
import { assignmentWith, BUILT_IN_USER_CONSENT, settingLabel, userConsentSetting } from '../../../permissions/consent-policy';
import { isolate } from '../../../permissions/names';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  code: { fontFamily: tokens.fontFamilyMonospace, fontSize: tokens.fontSizeBase200, overflowWrap: 'anywhere' },
  row: { display: 'flex', gap: tokens.spacingHorizontalM, alignItems: 'center', flexWrap: 'wrap' },
});

const NONE = '';

/** The choices: no user consent, the portal's built-in settings, and each custom policy. */
function choices(policies: readonly GrantPolicy[]): { value: string; label: string }[] {
  const custom = policies.filter((p) => !p.id.toLowerCase().startsWith('microsoft-'));
  return [
    { value: NONE, label: settingLabel([]) },
    { value: BUILT_IN_USER_CONSENT.low, label: settingLabel([`ManagePermissionGrantsForSelf.${BUILT_IN_USER_CONSENT.low}`]) },
    { value: BUILT_IN_USER_CONSENT.legacy, label: settingLabel([`ManagePermissionGrantsForSelf.${BUILT_IN_USER_CONSENT.legacy}`]) },
    ...custom.map((p) => ({ value: p.id, label: `Custom policy: ${isolate(p.displayName)} (${p.id})` })),
  ];
}

function AssignedList({ assigned }: { assigned: readonly string[] }) {
  const styles = useStyles();
  return <span className={styles.code}>{assigned.length > 0 ? assigned.join(', ') : '(none)'}</span>;
}

export function UserConsentSection({ policy, policies }: { policy: AuthorizationPolicySnapshot; policies: readonly GrantPolicy[] }) {
  const styles = useStyles();
  const setting = userConsentSetting(policy);
  const current = setting.policyIds.length === 1 ? setting.policyIds[0]! : setting.policyIds.length === 0 ? NONE : undefined;
  const [choice, setChoice] = useState<string>(current ?? NONE);
  const [open, setOpen] = useState(false);
  const previous = policy.permissionGrantPoliciesAssigned;
  const assigned = assignmentWith(previous, choice || null);
  const change: Change = { kind: 'set-user-consent', assigned, previous: [...previous], names: {} };
  const gate = useActionGate([change]);
  const unchanged = choice === current;

  return (
    <div className={styles.root}>
      <Body1>
        <strong>{setting.title}.</strong> {setting.meaning}
      </Body1>
      <Body1>
        Assigned to the default user role: <AssignedList assigned={previous} />
      </Body1>
      <RadioGroup aria-label="New user-consent setting" value={choice} onChange={(_, d) => setChoice(d.value)}>
        {choices(policies).map((c) => (
          <Radio key={c.value || 'none'} value={c.value} label={c.label} />
        ))}
      </RadioGroup>
      {gate.note}
      <div className={styles.row}>
        <Button appearance="primary" {...gate.actionProps} disabled={unchanged} onClick={() => setOpen(true)}>
          Change setting…
        </Button>
      </div>
      {open ? (
        <ChangeDialog
          title="Change the user-consent setting"
          confirmLabel="Change setting"
          changes={[change]}
          onClose={() => setOpen(false)}
          aftermath={
            <Body1>
              The setting applies to future consent only: grants users made before stay until they are revoked (the Users and Applications screens show them).
            </Body1>
          }
        >
          <Body1>
            Assigned now: <AssignedList assigned={previous} />
          </Body1>
          <Body1>
            Assigned after the change: <AssignedList assigned={assigned} />
          </Body1>
          <Body1>{userConsentSetting({ permissionGrantPoliciesAssigned: assigned }).meaning}</Body1>
        </ChangeDialog>
      ) : null}
    </div>
  );
}
