import { Button, Field, Input, makeStyles, Select, tokens } from '@fluentui/react-components';
import { ArrowDownloadRegular, DismissRegular, SearchRegular } from '@fluentui/react-icons';
import { useState, type FormEvent } from 'react';
import type { ActivityAction, ActivityOutcome } from '../../../changes/types';
import { hasFilters, type ActivityFilters } from '../activity-filters';
import { ACTION_LABEL, ACTIONS, OUTCOME_LABEL, OUTCOMES } from '../activity-labels';

const useStyles = makeStyles({
  bar: { display: 'flex', alignItems: 'flex-end', gap: tokens.spacingHorizontalM, flexWrap: 'wrap' },
  search: { display: 'flex', alignItems: 'flex-end', gap: tokens.spacingHorizontalS, flexWrap: 'wrap', maxWidth: '100%' },
  text: { minWidth: 'min(260px, 100%)', flexShrink: 1 },
  exports: { display: 'flex', gap: tokens.spacingHorizontalS, marginLeft: 'auto' },
});

interface ActivityToolbarProps {
  filters: ActivityFilters;
  onChange: (filters: ActivityFilters) => void;
  /** Undefined while there is nothing to export. */
  onExport?: (format: 'csv' | 'json') => void;
}

/** Filters (kept in the URL by the caller; render with `key` = the text) and the export buttons. */
export function ActivityToolbar({ filters, onChange, onExport }: ActivityToolbarProps) {
  const styles = useStyles();
  const [draft, setDraft] = useState(filters.text);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onChange({ ...filters, text: draft.trim() });
  };

  return (
    <div className={styles.bar}>
      <Field label="Action">
        <Select value={filters.action ?? ''} onChange={(_, data) => onChange({ ...filters, action: (data.value || undefined) as ActivityAction | undefined })}>
          <option value="">All actions</option>
          {ACTIONS.map((action) => (
            <option key={action} value={action}>
              {ACTION_LABEL[action]}
            </option>
          ))}
        </Select>
      </Field>
      <Field label="Outcome">
        <Select
          value={filters.outcome ?? ''}
          onChange={(_, data) => onChange({ ...filters, outcome: (data.value || undefined) as ActivityOutcome | undefined })}
        >
          <option value="">All outcomes</option>
          {OUTCOMES.map((outcome) => (
            <option key={outcome} value={outcome}>
              {OUTCOME_LABEL[outcome]}
            </option>
          ))}
        </Select>
      </Field>
      <form role="search" aria-label="Search the Activity log" className={styles.search} onSubmit={submit}>
        <Field label="Search (app, user, permission, id, error)" className={styles.text}>
          <Input value={draft} onChange={(_, data) => setDraft(data.value)} contentBefore={<SearchRegular aria-hidden />} />
        </Field>
        <Button type="submit">Search</Button>
      </form>
      {hasFilters(filters) ? (
        <Button appearance="subtle" icon={<DismissRegular aria-hidden />} onClick={() => onChange({ text: '' })}>
          Clear filters
        </Button>
      ) : null}
      <div className={styles.exports}>
        <Button icon={<ArrowDownloadRegular aria-hidden />} disabled={!onExport} onClick={() => onExport?.('csv')}>
          Export CSV
        </Button>
        <Button icon={<ArrowDownloadRegular aria-hidden />} disabled={!onExport} onClick={() => onExport?.('json')}>
          Export JSON
        </Button>
      </div>
    </div>
  );
}
