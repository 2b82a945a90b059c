import { Button, Checkbox, Dropdown, Field, makeStyles, Option, tokens } from '@fluentui/react-components';
import { RISK_LABEL, RISK_ORDER, type RiskTier } from '../../../permissions/risk';
import { PUBLISHER_LABEL } from '../../../permissions/publisher';
import { APP_TYPES, type AppListParams, type AppType } from '../list/list-params';

const useStyles = makeStyles({
  filters: { display: 'flex', flexWrap: 'wrap', alignItems: 'flex-end', gap: tokens.spacingHorizontalL, border: 'none', padding: 0, margin: 0 },
  dropdown: { minWidth: '180px' },
  legend: { position: 'absolute', width: '1px', height: '1px', overflow: 'hidden', clipPath: 'inset(50%)' },
});

const ANY = 'any';

interface AppsFiltersProps {
  state: AppListParams;
  onChange: (change: Partial<AppListParams>) => void;
  onClear: () => void;
  canClear: boolean;
}

/** Filters of the Applications list; every change goes to the URL through `onChange`. */
export function AppsFilters({ state, onChange, onClear, canClear }: AppsFiltersProps) {
  const styles = useStyles();
  const riskTiers = [...RISK_ORDER].reverse();
  return (
    <fieldset className={styles.filters}>
      <legend className={styles.legend}>Filters</legend>
      <Field label="Type">
        <Dropdown
          className={styles.dropdown}
          value={state.type ? PUBLISHER_LABEL[state.type].label : 'All types'}
          selectedOptions={[state.type ?? ANY]}
          onOptionSelect={(_, data) => onChange({ type: data.optionValue === ANY ? undefined : (data.optionValue as AppType) })}
        >
          <Option value={ANY}>All types</Option>
          {APP_TYPES.map((type) => (
            <Option key={type} value={type}>
              {PUBLISHER_LABEL[type].label}
            </Option>
          ))}
        </Dropdown>
      </Field>
      <Field label="Highest risk">
        <Dropdown
          className={styles.dropdown}
          value={state.risk ? RISK_LABEL[state.risk] : 'Any risk'}
          selectedOptions={[state.risk ?? ANY]}
          onOptionSelect={(_, data) => onChange({ risk: data.optionValue === ANY ? undefined : (data.optionValue as RiskTier) })}
        >
          <Option value={ANY}>Any risk</Option>
          {riskTiers.map((tier) => (
            <Option key={tier} value={tier}>
              {RISK_LABEL[tier]}
            </Option>
          ))}
        </Dropdown>
      </Field>
      <Checkbox label="Has user consents" checked={state.userConsents} onChange={(_, d) => onChange({ userConsents: d.checked === true })} />
      <Checkbox label="Has application permissions" checked={state.appPermissions} onChange={(_, d) => onChange({ appPermissions: d.checked === true })} />
      <Checkbox label="New since the last review" checked={state.sinceReview} onChange={(_, d) => onChange({ sinceReview: d.checked === true })} />
      <Checkbox
        label="Credentials expired or expiring (30 days)"
        checked={state.expiringCredentials}
        onChange={(_, d) => onChange({ expiringCredentials: d.checked === true })}
      />
      <Checkbox label="No owner" checked={state.noOwner} onChange={(_, d) => onChange({ noOwner: d.checked === true })} />
      <Checkbox label="Unused high-risk (no sign-in in 90 days)" checked={state.unused} onChange={(_, d) => onChange({ unused: d.checked === true })} />
      <Button appearance="subtle" onClick={onClear} disabled={!canClear}>
        Clear all filters
      </Button>
    </fieldset>
  );
}
