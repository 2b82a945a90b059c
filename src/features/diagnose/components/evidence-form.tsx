import { Field, Input, makeStyles, Radio, RadioGroup, Textarea, tokens } from '@fluentui/react-components';
import type { TokenMode } from '../api/run-call';

export interface PastedEvidence {
  status: string;
  body: string;
  wwwAuthenticate: string;
  token: string;
}

export const EMPTY_EVIDENCE: PastedEvidence = { status: '', body: '', wwwAuthenticate: '', token: '' };

const useStyles = makeStyles({
  grid: {
    display: 'grid',
    gridTemplateColumns: 'minmax(120px, 160px) minmax(0, 1fr)',
    gap: tokens.spacingHorizontalM,
    // One column at 320 px: the header's field keeps the room it needs.
    '@media (max-width: 640px)': { gridTemplateColumns: 'minmax(0, 1fr)' },
  },
  column: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  mono: { fontFamily: tokens.fontFamilyMonospace },
});

interface EvidenceFormProps {
  value: PastedEvidence;
  onChange: (value: PastedEvidence) => void;
  mode: TokenMode;
  onModeChange: (mode: TokenMode) => void;
  scope?: string;
}

/** A failing response and a token pasted by the admin, and which console token a run uses. */
export function EvidenceForm({ value, onChange, mode, onModeChange, scope }: EvidenceFormProps) {
  const styles = useStyles();
  const set = (patch: Partial<PastedEvidence>) => onChange({ ...value, ...patch });
  return (
    <div className={styles.column}>
      <div className={styles.grid}>
        <Field label="Status">
          <Input value={value.status} onChange={(_, d) => set({ status: d.value })} placeholder="403" inputMode="numeric" />
        </Field>
        <Field label="WWW-Authenticate header">
          <Input
            className={styles.mono}
            value={value.wwwAuthenticate}
            onChange={(_, d) => set({ wwwAuthenticate: d.value })}
            placeholder='Bearer realm="", error="insufficient_claims", claims="…"'
          />
        </Field>
      </div>
      <Field label="Response body (JSON)">
        <Textarea
          className={styles.mono}
          value={value.body}
          onChange={(_, d) => set({ body: d.value })}
          placeholder='{"error":{"code":"Authorization_RequestDenied","message":"…"}}'
          resize="vertical"
        />
      </Field>
      <Field label="Access token (JWT)" hint="Decoded in this browser only: never sent anywhere, never stored. Its signature is not checked.">
        <Textarea className={styles.mono} value={value.token} onChange={(_, d) => set({ token: d.value })} placeholder="eyJ0eXAiOiJKV1Qi…" resize="vertical" />
      </Field>
      <Field label="Run with">
        <RadioGroup value={mode} onChange={(_, d) => onModeChange(d.value === 'current' ? 'current' : 'scope')}>
          <Radio value="scope" label={`A token for ${scope ?? "the API's least-privileged scope"}, obtained silently (never prompts)`} />
          <Radio value="current" label="The token the console holds now, as cached (not refreshed)" />
        </RadioGroup>
      </Field>
    </div>
  );
}
