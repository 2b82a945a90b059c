import { Button, Field, Input, makeStyles, tokens } from '@fluentui/react-components';
import { SearchRegular } from '@fluentui/react-icons';
import { useState, type FormEvent } from 'react';

const useStyles = makeStyles({
  search: { display: 'flex', alignItems: 'flex-end', gap: tokens.spacingHorizontalS, maxWidth: '560px' },
  // The field shrinks with the screen (down to 320 px) instead of pushing Search past the edge.
  grow: { flexGrow: 1, minWidth: 0 },
  input: { width: '100%', minWidth: 0 },
});

interface SearchFormProps {
  /** The search landmark's name, e.g. "Applications". */
  name: string;
  /** The field's label: what can be searched for. */
  label: string;
  search: string;
  onSearch: (value: string) => void;
}

/** A screen's search box, run on Enter or Search; the caller keeps it in the URL (`?q=`), so render it with `key={search}`. */
export function SearchForm({ name, label, search, onSearch }: SearchFormProps) {
  const styles = useStyles();
  const [draft, setDraft] = useState(search);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSearch(draft.trim());
  };
  return (
    <form role="search" aria-label={name} className={styles.search} onSubmit={submit}>
      <Field label={label} className={styles.grow}>
        <Input className={styles.input} value={draft} onChange={(_, data) => setDraft(data.value)} contentBefore={<SearchRegular aria-hidden />} />
      </Field>
      <Button type="submit">Search</Button>
    </form>
  );
}
