import { Badge, Body1, Button, Caption1, makeStyles, Text, tokens } from '@fluentui/react-components';
import { ArrowUndoRegular, ChevronDownRegular, ChevronUpRegular } from '@fluentui/react-icons';
import { useId, useState } from 'react';
import { isRestorable } from '../../../changes/restore-plan';
import type { ActivityEntry } from '../../../changes/types';
import { RouterLink } from '../../../ui/router-link';
import { ACTION_LABEL } from '../activity-labels';
import { formatWhen } from '../format';
import { EntryDetails } from './entry-details';
import { OutcomeBadge } from './outcome-badge';
import { Name } from '../../../ui/app-name';

const useStyles = makeStyles({
  card: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalL}`,
    borderRadius: tokens.borderRadiusMedium,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    backgroundColor: tokens.colorNeutralBackground1,
    ':focus-visible': { outlineStyle: 'solid', outlineWidth: tokens.strokeWidthThick, outlineColor: tokens.colorStrokeFocus2 },
    ':target': { outlineStyle: 'solid', outlineWidth: tokens.strokeWidthThick, outlineColor: tokens.colorBrandStroke1 },
  },
  top: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
  muted: { color: tokens.colorNeutralForeground2 },
  summary: { margin: 0, overflowWrap: 'anywhere' },
  meta: { display: 'flex', gap: tokens.spacingHorizontalL, flexWrap: 'wrap', color: tokens.colorNeutralForeground2 },
  error: { color: tokens.colorPaletteRedForeground1, overflowWrap: 'anywhere' },
  code: { fontFamily: tokens.fontFamilyMonospace },
  actions: { display: 'flex', gap: tokens.spacingHorizontalS, alignItems: 'center', flexWrap: 'wrap' },
});

export const entryAnchor = (id: string) => `entry-${id}`;
const linkTo = (id: string) => ({ pathname: '/activity', hash: entryAnchor(id) });

interface EntryCardProps {
  entry: ActivityEntry;
  /** The signed-in tenant: a change made in another tenant is shown but cannot be restored from here. */
  tenantId: string | undefined;
  onRestore: (entry: ActivityEntry) => void;
}

/** One change in the log: what, who, when, on what, how it ended, what it was before, and Restore. */
export function EntryCard({ entry, tenantId, onRestore }: EntryCardProps) {
  const styles = useStyles();
  const summaryId = useId();
  const detailsId = useId();
  const [open, setOpen] = useState(false);
  const { target, error } = entry;
  const otherTenant = Boolean(tenantId && entry.actor.tenantId && entry.actor.tenantId !== tenantId);

  return (
    <article id={entryAnchor(entry.id)} tabIndex={-1} className={styles.card} aria-labelledby={summaryId}>
      <div className={styles.top}>
        <OutcomeBadge outcome={entry.outcome} />
        <Caption1 className={styles.muted}>{ACTION_LABEL[entry.action]}</Caption1>
        <Caption1 className={styles.muted}>
          <time dateTime={entry.at}>{formatWhen(entry.at)}</time>
        </Caption1>
        {otherTenant ? (
          <Badge appearance="outline" color="informative">
            Other tenant
          </Badge>
        ) : null}
        {entry.restoredBy ? (
          <Badge appearance="outline" color="brand" icon={<ArrowUndoRegular aria-hidden />}>
            Restored
          </Badge>
        ) : null}
      </div>
      <Text as="p" weight="semibold" className={styles.summary} id={summaryId}>
        {entry.summary}
      </Text>
      <div className={styles.meta}>
        <Caption1>By {entry.actor.upn || 'unknown account'}</Caption1>
        {target.clientName ? (
          <Caption1>
            App: <Name name={target.clientName} />
          </Caption1>
        ) : null}
        {target.resourceName ? (
          <Caption1>
            API: <Name name={target.resourceName} />
          </Caption1>
        ) : null}
        {target.principalName ? (
          <Caption1>
            User: <Name name={target.principalName} />
          </Caption1>
        ) : null}
        {entry.requestId ? <Caption1 className={styles.code}>request-id {entry.requestId}</Caption1> : null}
      </div>
      {error ? (
        <Body1 className={styles.error}>
          Graph error: {error.message}
          {error.status !== undefined || error.code
            ? ` (${[error.status !== undefined ? `HTTP ${error.status}` : '', error.code].filter(Boolean).join(', ')})`
            : ''}
          {' · '}
          <span className={styles.code}>request-id {error.requestId ?? 'not given'}</span>
        </Body1>
      ) : null}
      {entry.outcome === 'pending' ? (
        <Body1 className={styles.muted}>
          The console recorded this change but never saw its result (the page was closed or reloaded while it ran). Check the current state before trying again.
        </Body1>
      ) : null}
      <div className={styles.actions}>
        <Button
          appearance="subtle"
          icon={open ? <ChevronUpRegular aria-hidden /> : <ChevronDownRegular aria-hidden />}
          aria-expanded={open}
          aria-controls={detailsId}
          aria-describedby={summaryId}
          onClick={() => setOpen(!open)}
        >
          Details
        </Button>
        {isRestorable(entry) && otherTenant ? (
          <Caption1 className={styles.muted}>Made in tenant {entry.actor.tenantId}: sign in to that tenant to restore it.</Caption1>
        ) : null}
        {isRestorable(entry) && !otherTenant ? (
          <Button icon={<ArrowUndoRegular aria-hidden />} aria-describedby={summaryId} onClick={() => onRestore(entry)}>
            Restore
          </Button>
        ) : null}
        {entry.restoredBy ? <RouterLink to={linkTo(entry.restoredBy)}>See the restore</RouterLink> : null}
        {entry.restores ? <RouterLink to={linkTo(entry.restores)}>See the change it restored</RouterLink> : null}
      </div>
      <div id={detailsId} hidden={!open}>
        {open ? <EntryDetails entry={entry} /> : null}
      </div>
    </article>
  );
}
