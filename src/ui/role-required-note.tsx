import { makeStyles, MessageBar, MessageBarBody, MessageBarTitle, tokens } from '@fluentui/react-components';
import type { GraphError } from '../graph/graph-error';

const useStyles = makeStyles({
  body: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  details: { color: tokens.colorNeutralForeground2, fontFamily: tokens.fontFamilyMonospace, fontSize: tokens.fontSizeBase200 },
});

interface RoleRequiredNoteProps {
  /** One sentence per read the account's roles do not allow (src/auth/role-requirements readRoleNote). */
  notes: readonly string[];
  /** Graph's 403, when it refused a read the roles seemed to allow: its ids, for support. */
  error?: GraphError;
}

/**
 * Shown instead of a section whose read needs a directory role the signed-in account lacks: which roles
 * read it (least privileged first) and which the account holds. Not an error: the rest of the screen works.
 */
export function RoleRequiredNote({ notes, error }: RoleRequiredNoteProps) {
  const styles = useStyles();
  return (
    <MessageBar intent="warning" layout="multiline">
      <MessageBarBody className={styles.body}>
        <MessageBarTitle>A directory role is needed</MessageBarTitle>
        {notes.map((note) => (
          <span key={note}>{note}</span>
        ))}
        {error ? (
          <span className={styles.details}>
            Microsoft Graph answered HTTP {error.status} {error.code} · request-id {error.requestId ?? 'not given'}
          </span>
        ) : null}
      </MessageBarBody>
    </MessageBar>
  );
}
