import { Button, Field, Input, makeStyles, Select, tokens } from '@fluentui/react-components';
import { useState, type FormEvent } from 'react';

const METHODS = ['GET', 'POST', 'PATCH', 'PUT', 'DELETE'];

const useStyles = makeStyles({
  form: { display: 'flex', gap: tokens.spacingHorizontalM, alignItems: 'flex-end', flexWrap: 'wrap' },
  url: { flexGrow: 1, minWidth: 'min(320px, 100%)' },
});

interface RequestFormProps {
  method: string;
  path: string;
  onSubmit: (method: string, path: string) => void;
}

/** Method and request URL (a full Graph URL or a path); submitting puts them in the page URL. */
export function RequestForm({ method, path, onSubmit }: RequestFormProps) {
  const styles = useStyles();
  const [m, setM] = useState(method || 'GET');
  const [url, setUrl] = useState(path);
  const [error, setError] = useState<string>();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const value = url.trim();
    if (!value) return setError('Enter a Graph path such as /me/messages, or paste a request URL.');
    if (/^[a-z][a-z0-9+.-]*:\/\//i.test(value) && !/^https?:\/\//i.test(value)) return setError('Only http(s) URLs are Graph requests.');
    setError(undefined);
    onSubmit(m, value);
  };
  return (
    <form className={styles.form} onSubmit={submit} aria-label="Request to diagnose">
      <Field label="Method">
        <Select value={m} onChange={(_, d) => setM(d.value)}>
          {METHODS.map((x) => (
            <option key={x}>{x}</option>
          ))}
        </Select>
      </Field>
      <Field label="Request URL or path" className={styles.url} validationMessage={error} validationState={error ? 'error' : 'none'}>
        <Input value={url} onChange={(_, d) => setUrl(d.value)} placeholder="https://graph.microsoft.com/v1.0/me/messages" />
      </Field>
      <Button type="submit" appearance="primary">
        Look up
      </Button>
    </form>
  );
}
