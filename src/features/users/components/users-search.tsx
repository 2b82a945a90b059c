import { Button, Field, Input, makeStyles, tokens } from '@fluentui/react-components';
import { SearchRegular } from '@fluentui/react-icons';
import { useState, type FormEvent } from 'react';

const useStyles = makeStyles({
  search: { display: 'flex', alignItems: 'flex-end', gap: tokens.spacingHorizontalS, maxWidth: '560px' },
  grow: { flexGrow: 1 },
});

/** The name/UPN search; the caller keeps it in the URL (`?q=`), so render it with `key={search}`. */
export function UsersSearch({ search, onSearch }: { search: string; onSearch: (value: string) => void }) {
  const styles = useStyles();
  const [draft, setDraft] = useState(search);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSearch(draft.trim());
  };
  return (
    <form role="search" aria-label="Users" className={styles.search} onSubmit={submit}>
      <Field label="Search by name or user principal name" className={styles.grow}>
        <Input value={draft} onChange={(_, data) => setDraft(data.value)} contentBefore={<SearchRegular aria-hidden />} />
      </Field>
      <Button type="submit">Search</Button>
    </form>
  );
}
