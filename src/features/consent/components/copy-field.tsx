import { Button, Caption1, Field, makeStyles, Textarea, tokens } from '@fluentui/react-components';
import { CopyRegular } from '@fluentui/react-icons';
import { useState } from 'react';

const useStyles = makeStyles({
  row: { display: 'flex', gap: tokens.spacingHorizontalS, alignItems: 'flex-start', flexWrap: 'wrap' },
  text: { flexGrow: 1, flexBasis: '240px', minWidth: 0, fontFamily: tokens.fontFamilyMonospace },
  status: { minHeight: '1.2em' },
});

/** A read-only value with a copy button and a visible confirmation. */
export function CopyField({ label, value, hint }: { label: string; value: string; hint?: string }) {
  const styles = useStyles();
  const [status, setStatus] = useState('');
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(value);
      setStatus(`${label} copied to the clipboard.`);
    } catch {
      setStatus('The browser did not allow copying: select the text and copy it yourself.');
    }
  };
  return (
    <Field label={label} hint={hint}>
      <div className={styles.row}>
        <Textarea className={styles.text} value={value} readOnly resize="vertical" aria-label={label} />
        <Button icon={<CopyRegular aria-hidden />} onClick={() => void copy()} disabled={!value} aria-label={`Copy ${label}`}>
          Copy
        </Button>
      </div>
      <Caption1 role="status" className={styles.status}>
        {status}
      </Caption1>
    </Field>
  );
}
