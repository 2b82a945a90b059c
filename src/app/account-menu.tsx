import { useMsal } from '@azure/msal-react';
import {
  Avatar,
  Button,
  Caption1,
  makeStyles,
  Menu,
  MenuDivider,
  MenuGroup,
  MenuGroupHeader,
  MenuItem,
  MenuList,
  MenuPopover,
  MenuTrigger,
  tokens,
} from '@fluentui/react-components';
import { PersonSwapRegular, SignOutRegular } from '@fluentui/react-icons';
import { directoryRoleNames } from '../auth/directory-roles';
import { signIn, signOut } from '../auth/interactions';
import { useActiveAccount, useCurrentGraphToken } from '../auth/use-session';

const useStyles = makeStyles({
  details: { display: 'flex', flexDirection: 'column', padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`, maxWidth: '320px' },
  mono: { fontFamily: tokens.fontFamilyMonospace, fontSize: tokens.fontSizeBase100, overflowWrap: 'anywhere' },
  who: { display: 'inline-flex', alignItems: 'center', gap: tokens.spacingHorizontalS },
  trigger: { color: tokens.colorNeutralForegroundOnBrand, ':hover': { color: tokens.colorNeutralForegroundOnBrand } },
});

/** Who is signed in (name, UPN, tenant, directory roles), switch account, sign out. */
export function AccountMenu() {
  const styles = useStyles();
  const { instance } = useMsal();
  const account = useActiveAccount();
  const token = useCurrentGraphToken();
  if (!account) return null;
  const name = account.name ?? account.username;
  const roles = directoryRoleNames(token.data?.roleTemplateIds ?? []);

  return (
    <Menu>
      <MenuTrigger disableButtonEnhancement>
        <Button appearance="transparent" className={styles.trigger} aria-label={`Account: ${name}`}>
          <span className={styles.who}>
            <Avatar name={name} size={28} color="colorful" aria-hidden />
            {name}
          </span>
        </Button>
      </MenuTrigger>
      <MenuPopover>
        <div className={styles.details}>
          <strong>{name}</strong>
          <Caption1>{account.username}</Caption1>
          <Caption1>Roles: {roles.length > 0 ? roles.join(', ') : 'none'}</Caption1>
          <Caption1 className={styles.mono}>Tenant {account.tenantId}</Caption1>
        </div>
        <MenuDivider />
        <MenuList>
          <MenuGroup>
            <MenuGroupHeader>Account</MenuGroupHeader>
            <MenuItem icon={<PersonSwapRegular />} onClick={() => void signIn(instance)}>
              Switch account
            </MenuItem>
            <MenuItem icon={<SignOutRegular />} onClick={() => void signOut(instance)}>
              Sign out
            </MenuItem>
          </MenuGroup>
        </MenuList>
      </MenuPopover>
    </Menu>
  );
}
