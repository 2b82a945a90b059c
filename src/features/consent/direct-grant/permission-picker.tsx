import { Badge, Caption1, Caption1Strong, Checkbox, Field, Input, makeStyles, tokens } from '@fluentui/react-components';
import { SearchRegular } from '@fluentui/react-icons';
import { useState } from 'react';
import type { RiskRater } from '../../../permissions/grant-risk';
import type { ServicePrincipalInfo } from '../../../permissions/inventory';
import { RiskBadge } from '../../../ui/risk-badge';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, maxWidth: '960px' },
  group: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS, border: 'none', margin: 0, padding: 0 },
  item: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
  mono: { fontFamily: tokens.fontFamilyMonospace, color: tokens.colorNeutralForeground2 },
});

const SHOWN = 40;

interface PermissionPickerProps {
  resource: ServicePrincipalInfo;
  scopes: readonly string[];
  appRoleIds: readonly string[];
  onChange: (next: { scopes: string[]; appRoleIds: string[] }) => void;
  rater: RiskRater;
}

/** Delegated scopes and application roles the resource publishes, searchable, with admin-only flag and risk. */
export function PermissionPicker({ resource, scopes, appRoleIds, onChange, rater }: PermissionPickerProps) {
  const styles = useStyles();
  const [term, setTerm] = useState('');
  const needle = term.trim().toLowerCase();
  const matches = (...texts: (string | null | undefined)[]) => !needle || texts.some((t) => (t ?? '').toLowerCase().includes(needle));
  const delegated = (resource.oauth2PermissionScopes ?? []).filter((s) => s.value && matches(s.value, s.adminConsentDisplayName));
  const roles = (resource.appRoles ?? []).filter((r) => r.allowedMemberTypes?.includes('Application') && r.value && matches(r.value, r.displayName));
  const toggle = <T,>(list: readonly T[], value: T, on: boolean) => (on ? [...list, value] : list.filter((v) => v !== value));

  return (
    <div className={styles.root}>
      <Field label="Find a permission">
        <Input contentBefore={<SearchRegular aria-hidden />} value={term} onChange={(_, d) => setTerm(d.value)} placeholder="e.g. User.Read or calendars" />
      </Field>
      <fieldset className={styles.group}>
        <legend>
          <Caption1Strong>Delegated permissions ({delegated.length}) — added to the grant for all users</Caption1Strong>
        </legend>
        {delegated.slice(0, SHOWN).map((s) => {
          const value = s.value ?? '';
          const risk = rater.scope(value, resource.appId);
          return (
            <div key={s.id} className={styles.item}>
              <Checkbox
                checked={scopes.includes(value)}
                onChange={(_, d) => onChange({ scopes: toggle(scopes, value, d.checked === true), appRoleIds: [...appRoleIds] })}
                label={`${value} — ${s.adminConsentDisplayName ?? value}`}
              />
              {s.type === 'Admin' ? (
                <Badge appearance="tint" color="warning">
                  Admin consent required
                </Badge>
              ) : null}
              <RiskBadge tier={risk.tier} reasons={risk.reasons} />
            </div>
          );
        })}
      </fieldset>
      <fieldset className={styles.group}>
        <legend>
          <Caption1Strong>Application permissions ({roles.length}) — app role assignments, no signed-in user</Caption1Strong>
        </legend>
        {roles.slice(0, SHOWN).map((r) => {
          const value = r.value ?? '';
          const risk = rater.appPermission(value, resource.appId);
          return (
            <div key={r.id} className={styles.item}>
              <Checkbox
                checked={appRoleIds.includes(r.id)}
                onChange={(_, d) => onChange({ scopes: [...scopes], appRoleIds: toggle(appRoleIds, r.id, d.checked === true) })}
                label={`${value} (application) — ${r.displayName ?? value}`}
              />
              <Badge appearance="tint" color="warning">
                Admin consent required
              </Badge>
              <RiskBadge tier={risk.tier} reasons={risk.reasons} />
            </div>
          );
        })}
      </fieldset>
      {delegated.length > SHOWN || roles.length > SHOWN ? <Caption1 role="status">Showing the first {SHOWN} of each: refine the search.</Caption1> : null}
    </div>
  );
}
