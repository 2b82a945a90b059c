import { Body1, Caption1, Checkbox, makeStyles, tokens } from '@fluentui/react-components';
import { describeChange } from '../../../changes/changes';
import { RiskBadge } from '../../../ui/risk-badge';
import type { GrantPreview } from './preview';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, maxWidth: '960px' },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalXL, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  mono: { fontFamily: tokens.fontFamilyMonospace, overflowWrap: 'anywhere' },
  item: { display: 'flex', gap: tokens.spacingHorizontalS, alignItems: 'center', flexWrap: 'wrap' },
});

interface GrantPreviewViewProps {
  preview: GrantPreview;
  confirmed: boolean;
  onConfirm: (value: boolean) => void;
}

/** Exactly what will be written: the grant (created or extended, with its resulting scope) and each assignment. */
export function GrantPreviewView({ preview, confirmed, onConfirm }: GrantPreviewViewProps) {
  const styles = useStyles();
  const { grant } = preview;
  const held = preview.items.filter((i) => i.alreadyGranted);
  const added = preview.items.filter((i) => !i.alreadyGranted);
  return (
    <div className={styles.root}>
      {preview.changes.length === 0 ? (
        <Body1 role="status">
          Nothing to add: {preview.items.length === 0 ? 'choose at least one permission.' : 'the application already holds everything chosen.'}
        </Body1>
      ) : (
        <ul className={styles.list} aria-label="Changes to apply">
          {preview.changes.map((change) => (
            <li key={describeChange(change)}>{describeChange(change)}</li>
          ))}
        </ul>
      )}
      {grant.action === 'create' ? (
        <Caption1>
          A new AllPrincipals grant is created with scope <span className={styles.mono}>{grant.resultingScope}</span>.
        </Caption1>
      ) : null}
      {grant.action === 'extend' && grant.existing ? (
        <Caption1>
          The existing AllPrincipals grant goes from <span className={styles.mono}>{grant.existing.scope}</span> to{' '}
          <span className={styles.mono}>{grant.resultingScope}</span>.
        </Caption1>
      ) : null}
      {added.length > 0 ? (
        <ul className={styles.list} aria-label="Risk of what is added">
          {added.map((item) => (
            <li key={`${item.kind}:${item.value}`} className={styles.item}>
              <span className={styles.mono}>{item.value}</span> ({item.kind}) <RiskBadge tier={item.risk.tier} reasons={item.risk.reasons} />
            </li>
          ))}
        </ul>
      ) : null}
      {held.length > 0 ? <Caption1>Already held, left as is: {held.map((i) => i.value).join(', ')}.</Caption1> : null}
      {preview.needsConfirmation ? (
        <Checkbox
          checked={confirmed}
          onChange={(_, d) => onConfirm(d.checked === true)}
          label="I understand that these high-risk permissions give the application broad access to the organization's data, for every user."
        />
      ) : null}
    </div>
  );
}
