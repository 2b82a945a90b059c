/** Exactly what an approval creates: each grant created or extended (for whom, on which API, which permissions), who already holds everything, and what is left out. */
import { Body1, makeStyles, tokens } from '@fluentui/react-components';
import { Name } from '../../../ui/app-name';
import type { ApprovalPlan, PlannedGrant } from '../approval-plan';

const useStyles = makeStyles({
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalXL, overflowWrap: 'anywhere' },
  code: { fontFamily: tokens.fontFamilyMonospace },
});

function GrantLine({ grant }: { grant: PlannedGrant }) {
  const styles = useStyles();
  const who = grant.user ? <Name name={grant.user.displayName ?? grant.user.userPrincipalName ?? grant.user.id} /> : 'everyone in the organization';
  const scopes = <span className={styles.code}>{grant.adding.join(', ')}</span>;
  return grant.existing ? (
    <>
      Adds {scopes} to the existing grant for {who} on <Name name={grant.resource.displayName} /> (it holds {grant.existing.scope})
    </>
  ) : (
    <>
      Creates a grant for {who} on <Name name={grant.resource.displayName} />: {scopes}
    </>
  );
}

export function ApprovalPreview({ plan }: { plan: ApprovalPlan }) {
  const styles = useStyles();
  const nothing = plan.changes.length === 0;
  return (
    <section aria-label="What the approval creates">
      <Body1 block>
        {nothing ? 'Nothing to create: every chosen user already holds the chosen permissions, or no permission is chosen.' : 'What the approval creates:'}
      </Body1>
      {nothing ? null : (
        <ul className={styles.list} aria-label="Grants the approval creates">
          {plan.grants.map((g) => (
            <li key={`${g.user?.id ?? 'all'}|${g.resource.id}`}>
              <GrantLine grant={g} />
            </li>
          ))}
          {plan.appRoles.map((r) => (
            <li key={`${r.resource.id}|${r.appRoleId}`}>
              Grants the app the application permission <span className={styles.code}>{r.value}</span> on <Name name={r.resource.displayName} />
            </li>
          ))}
        </ul>
      )}
      {plan.alreadyHeld.length > 0 ? (
        <Body1 block>
          Already hold every chosen permission (nothing is written for them):{' '}
          {plan.alreadyHeld.map((u, i) => (
            <span key={u.id}>
              {i > 0 ? ', ' : ''}
              <Name name={u.displayName ?? u.userPrincipalName ?? u.id} />
            </span>
          ))}
        </Body1>
      ) : null}
      {plan.left.length > 0 ? (
        <ul className={styles.list} aria-label="Not granted">
          {plan.left.map((l) => (
            <li key={l.name}>
              Not granted: <span className={styles.code}>{l.name}</span> — {l.why}
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}
