import { Body1, Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle, makeStyles, Subtitle2, tokens } from '@fluentui/react-components';
import { HistoryRegular } from '@fluentui/react-icons';
import { RouterLink } from '../../../ui/router-link';
import { ACTION_LABEL, ACTIONS } from '../activity-labels';

const useStyles = makeStyles({
  empty: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalXL,
    borderRadius: tokens.borderRadiusLarge,
    border: `${tokens.strokeWidthThin} dashed ${tokens.colorNeutralStroke1}`,
    backgroundColor: tokens.colorNeutralBackground1,
    maxWidth: '760px',
  },
  heading: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS, margin: 0 },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalXL },
});

/** The log opened and holds nothing yet: say what will appear here and where it is kept. */
export function ActivityEmpty() {
  const styles = useStyles();
  return (
    <section className={styles.empty} aria-labelledby="activity-empty-heading">
      <Subtitle2 as="h2" id="activity-empty-heading" className={styles.heading}>
        <HistoryRegular aria-hidden fontSize={20} />
        No entries yet
      </Subtitle2>
      <Body1>The console has not changed anything from this browser yet. Every change it makes will be listed here, newest first. It records:</Body1>
      {/* The log's own list of actions (its Action filter reads it too), so a new kind of change is never left out here. */}
      <ul className={styles.list} aria-label="What the log records">
        {ACTIONS.map((action) => (
          <li key={action}>{ACTION_LABEL[action]}</li>
        ))}
      </ul>
      <Body1>
        Each entry says who made the change, when, on which app, API and user, whether it succeeded (with Graph’s error and request id when it did not), and
        what the object was before — so a revocation can be restored with one click. The log is kept in this browser (IndexedDB): it survives reloads and
        signing out, and is not shared with other browsers or admins.
      </Body1>
      <Body1>
        Start from <RouterLink to="/apps">Applications</RouterLink>.
      </Body1>
    </section>
  );
}

/** IndexedDB could not be opened or read: distinct from an empty log. */
export function ActivityUnavailable({ error, onRetry }: { error: unknown; onRetry: () => void }) {
  return (
    <MessageBar intent="error" layout="multiline" role="alert">
      <MessageBarBody>
        <MessageBarTitle>Could not open the Activity log</MessageBarTitle>
        The browser refused access to its local database (IndexedDB): storage may be disabled, full, or blocked by a private window or a policy. Entries already
        recorded are not deleted by this; changes made while it is unavailable cannot be recorded. ({error instanceof Error ? error.message : String(error)})
      </MessageBarBody>
      <MessageBarActions>
        <Button onClick={onRetry}>Try again</Button>
      </MessageBarActions>
    </MessageBar>
  );
}
