import { Avatar, Badge, Body1, Caption1, Card, makeStyles, tokens } from '@fluentui/react-components';
import { directoryRoleNames } from '../../../auth/directory-roles';
import { useActiveAccount, useConsoleSession, useCurrentGraphToken, useTenantId } from '../../../auth/use-session';
import { QueryError } from '../../../ui/query-error';
import { SectionHeading } from '../../../ui/section-heading';
import { useMe } from '../api/use-me';
import { GET_ME } from '../../../graph/operations/users';

const useStyles = makeStyles({
  card: { padding: tokens.spacingHorizontalXL },
  top: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalL },
  who: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS },
  muted: { color: tokens.colorNeutralForeground2 },
  facts: {
    display: 'grid',
    gridTemplateColumns: 'max-content 1fr',
    columnGap: tokens.spacingHorizontalXL,
    rowGap: tokens.spacingVerticalS,
    margin: 0,
  },
  term: { color: tokens.colorNeutralForeground2 },
  value: { margin: 0, display: 'flex', gap: tokens.spacingHorizontalS, flexWrap: 'wrap', overflowWrap: 'anywhere' },
  mono: { fontFamily: tokens.fontFamilyMonospace, fontSize: tokens.fontSizeBase200 },
});

export function IdentityCard() {
  const styles = useStyles();
  const account = useActiveAccount();
  const { settings } = useConsoleSession();
  const tenantId = useTenantId();
  const me = useMe();
  const token = useCurrentGraphToken();
  const name = me.data?.displayName ?? account?.name ?? account?.username ?? '';
  const roles = directoryRoleNames(token.data?.roleTemplateIds ?? []);

  return (
    <Card className={styles.card} aria-labelledby="identity-heading">
      <div className={styles.top}>
        <Avatar name={name} size={48} color="colorful" aria-hidden />
        <div className={styles.who}>
          <SectionHeading id="identity-heading">{name}</SectionHeading>
          <Body1 className={styles.muted}>{me.data?.jobTitle ?? 'Signed in'}</Body1>
        </div>
      </div>
      {me.isError ? <QueryError error={me.error} operation={GET_ME} screenTitle="Home" /> : null}
      <dl className={styles.facts}>
        <dt className={styles.term}>User principal name</dt>
        <dd className={styles.value}>{me.data?.userPrincipalName ?? account?.username}</dd>
        <dt className={styles.term}>Tenant</dt>
        <dd className={`${styles.value} ${styles.mono}`}>{tenantId}</dd>
        <dt className={styles.term}>Directory roles</dt>
        <dd className={styles.value}>
          {token.isPending ? <Caption1>Reading your roles…</Caption1> : null}
          {token.isSuccess && roles.length === 0 ? <Caption1>None (a regular user)</Caption1> : null}
          {roles.map((role) => (
            <Badge key={role} appearance="tint" color="brand">
              {role}
            </Badge>
          ))}
        </dd>
        <dt className={styles.term}>Connected to</dt>
        <dd className={styles.value}>{settings.mode === 'demo' ? 'Demo tenant (local emulator)' : 'Microsoft Entra ID (live tenant)'}</dd>
      </dl>
    </Card>
  );
}
