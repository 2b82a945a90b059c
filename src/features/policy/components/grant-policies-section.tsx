/** Every permission grant policy, its include and exclude condition sets in sentences (names first, ids after). */
import { Body1, Caption1, makeStyles, tokens } from '@fluentui/react-components';
import type { ConditionSet, GrantPolicy } from '../../../graph/consent-policies';
import { describeConditionSet, userConsentPolicyIds, type PolicyNames } from '../../../permissions/consent-policy';
import { Name } from '../../../ui/app-name';

const useStyles = makeStyles({
  list: { margin: 0, paddingLeft: 0, listStyle: 'none', display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  policy: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  sets: { margin: 0, paddingLeft: tokens.spacingHorizontalXL },
  muted: { color: tokens.colorNeutralForeground2 },
  heading: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
});

function Sets({ label, sets, names }: { label: string; sets: readonly ConditionSet[]; names: PolicyNames }) {
  const styles = useStyles();
  if (sets.length === 0) return <Caption1 className={styles.muted}>{label}: none.</Caption1>;
  return (
    <>
      <Caption1>{label}:</Caption1>
      <ul className={styles.sets} aria-label={label}>
        {sets.map((set) => (
          <li key={set.id}>
            {describeConditionSet(set, names).join(' ')} <span className={styles.muted}>(condition set {set.id})</span>
          </li>
        ))}
      </ul>
    </>
  );
}

export function GrantPoliciesSection({ policies, assigned, names }: { policies: readonly GrantPolicy[]; assigned: readonly string[]; names: PolicyNames }) {
  const styles = useStyles();
  const inUse = new Set(userConsentPolicyIds(assigned).map((id) => id.toLowerCase()));
  return (
    <>
      <Body1 className={styles.muted}>
        A policy allows a consent that matches at least one include condition set and no exclude condition set; within a set, every condition must match.
      </Body1>
      <ul className={styles.list}>
        {policies.map((p) => (
          <li key={p.id} className={styles.policy} aria-label={`Policy ${p.displayName}`}>
            <h3 className={styles.heading}>
              <Name name={p.displayName} /> <span className={styles.muted}>({p.id})</span>
              {inUse.has(p.id.toLowerCase()) ? ' — decides user consent now' : ''}
            </h3>
            {p.description ? <Body1 className={styles.muted}>{p.description}</Body1> : null}
            <Sets label="Includes" sets={p.includes} names={names} />
            <Sets label="Excludes" sets={p.excludes} names={names} />
          </li>
        ))}
      </ul>
    </>
  );
}
