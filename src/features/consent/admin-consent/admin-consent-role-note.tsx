/**
 * Before an account without an admin-consent role reads on: who can grant admin consent (the one role
 * rule, src/auth/role-requirements ADMIN_CONSENT) and what the account can do instead.
 */
import { MessageBar, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import { ADMIN_CONSENT, checkRole } from '../../../auth/role-requirements';
import { useDirectoryRoles } from '../../../auth/use-directory-roles';
import { RouterLink } from '../../../ui/router-link';

/** Nothing while the roles load, or for an account that may grant admin consent. */
export function AdminConsentRoleNote() {
  const roles = useDirectoryRoles();
  const check = roles.known ? checkRole(ADMIN_CONSENT, roles.templateIds) : undefined;
  if (!check || check.allowed) return null;
  return (
    <MessageBar intent="warning" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>An administrator grants admin consent</MessageBarTitle>
        {check.reason} What you can do instead: ask one of them to open this page (its address chooses this application), or send them the admin consent link
        from <RouterLink to="/consent/url-builder">Consent links</RouterLink>. Where your organization has turned on admin consent requests, signing in to the
        application itself lets you request approval.
      </MessageBarBody>
    </MessageBar>
  );
}
