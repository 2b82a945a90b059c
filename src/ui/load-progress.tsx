import { Button, Field, makeStyles, ProgressBar, tokens } from '@fluentui/react-components';
import { DismissRegular } from '@fluentui/react-icons';

const useStyles = makeStyles({
  row: { display: 'flex', alignItems: 'flex-end', gap: tokens.spacingHorizontalM },
  field: { flexGrow: 1, maxWidth: '640px' },
});

export interface LoadCount {
  /** Plural noun, e.g. "applications". */
  label: string;
  value: number;
}

interface LoadProgressProps {
  /** What is loading, e.g. "Loading the inventory". */
  label: string;
  counts: readonly LoadCount[];
  requests?: number;
  onCancel?: () => void;
}

const number = new Intl.NumberFormat();

/** Loading with counts of what has arrived so far; the total is unknown until the last page, so the bar is indeterminate. */
export function LoadProgress({ label, counts, requests, onCancel }: LoadProgressProps) {
  const styles = useStyles();
  const arrived = counts.map((c) => `${number.format(c.value)} ${c.label}`).join(', ');
  const sent = requests === undefined ? '' : ` (${number.format(requests)} request${requests === 1 ? '' : 's'})`;
  return (
    <div className={styles.row}>
      <Field className={styles.field} label={label} validationState="none" validationMessage={<span role="status">{`${arrived} so far${sent}`}</span>}>
        <ProgressBar aria-label={label} />
      </Field>
      {onCancel ? (
        <Button icon={<DismissRegular />} onClick={onCancel}>
          Cancel
        </Button>
      ) : null}
    </div>
  );
}
