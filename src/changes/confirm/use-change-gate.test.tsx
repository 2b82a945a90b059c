import '../../test-support/dom-globals';
import 'fake-indexeddb/auto';
import { Button } from '@fluentui/react-components';
import { cleanup, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { emulatedTenant } from '../../../test-harness/emulated-tenant';
import { IDS, userToken } from '../../../emulator/graph/test-support';
import { consoleHarness } from '../../test-support/console-harness';
import type { Change } from '../changes';
import type { GrantSnapshot } from '../types';
import { useActionGate } from './action-gate';
import { ChangeDialog } from './change-dialog';
import { useChangeGate } from './use-change-gate';

const tenant = emulatedTenant();

afterEach(cleanup);

const grant: GrantSnapshot = { id: 'g1', clientId: 'mail', consentType: 'Principal', principalId: IDS.users.megan, resourceId: 'graph', scope: 'Mail.Read' };
const revokeGrant: Change = { kind: 'revoke-grant', grant, names: { clientName: 'Mail Helper Pro', principalName: 'Megan Bowen' } };
const revokeSessions: Change = { kind: 'revoke-sessions', userId: IDS.users.megan, names: { principalName: 'Megan Bowen' } };

function GateState({ changes }: { changes: readonly Change[] }) {
  const gate = useChangeGate(changes);
  const detail = gate.state === 'role-missing' ? gate.reason : gate.state === 'consent-needed' ? gate.error.scopes.join(' ') : '';
  return <output aria-label="Gate">{`${gate.state}${detail ? `: ${detail}` : ''}`}</output>;
}

async function gateFor(userId: string, scopes: string[], changes: readonly Change[]) {
  const harness = await tenant.signedIn(userId, scopes);
  const { unmount } = harness.render(<GateState changes={changes} />);
  const output = screen.getByRole('status', { name: 'Gate' });
  await waitFor(() => expect(output.textContent).not.toBe('unknown'));
  const state = output.textContent;
  unmount();
  return state;
}

describe('useChangeGate: everything from the changes’ kinds', () => {
  it('checks roles before consent: a Global Reader without the write permission is told the role, not asked to consent', async () => {
    expect(await gateFor(IDS.users.reader, [], [revokeGrant])).toMatch(
      /^role-missing: Your directory roles \(Global Reader\) do not allow you to change or revoke delegated permission grants\. .+ would\.$/,
    );
  });

  it('asks for exactly the missing permissions of every change, once the roles allow them', async () => {
    expect(await gateFor(IDS.users.admin, [], [revokeGrant, revokeSessions])).toBe(
      'consent-needed: DelegatedPermissionGrant.ReadWrite.All User.RevokeSessions.All',
    );
    expect(await gateFor(IDS.users.admin, ['DelegatedPermissionGrant.ReadWrite.All'], [revokeGrant, revokeSessions])).toBe(
      'consent-needed: User.RevokeSessions.All',
    );
    expect(await gateFor(IDS.users.admin, ['DelegatedPermissionGrant.ReadWrite.All', 'User.RevokeSessions.All'], [revokeGrant, revokeSessions])).toBe(
      'allowed',
    );
  });

  it('counts as held what a silent token request obtains: permissions an administrator granted since the token was issued', async () => {
    const revoke = ['DelegatedPermissionGrant.ReadWrite.All', 'User.RevokeSessions.All'];
    const later = await userToken(tenant.emulator, { userId: IDS.users.admin, scopes: ['User.Read', ...revoke] });
    const asked: string[][] = [];
    const harness = consoleHarness({
      graphUrl: tenant.emulator.graphUrl,
      tenantId: tenant.emulator.store.tenantId,
      user: tenant.emulator.store.users.get(IDS.users.admin)!,
      token: await userToken(tenant.emulator, { userId: IDS.users.admin, scopes: ['User.Read'] }),
      silentToken: async (scopes) => (asked.push([...scopes]), later),
    });
    const { unmount } = harness.render(<GateState changes={[revokeGrant, revokeSessions]} />);
    const output = screen.getByRole('status', { name: 'Gate' });
    await waitFor(() => expect(output.textContent).toBe('allowed'));
    unmount();
    // Only the scopes the current token lacks were asked for, silently.
    expect(asked.flat().sort()).toEqual([...revoke].sort());
  });

  it('a role that allows one change but not another is missing for the set', async () => {
    // A Helpdesk Administrator may revoke sessions but not change grants.
    expect(await gateFor(IDS.users.helpdesk, ['User.RevokeSessions.All'], [revokeSessions])).toBe('allowed');
    expect(await gateFor(IDS.users.helpdesk, ['User.RevokeSessions.All'], [revokeSessions, revokeGrant])).toMatch(
      /^role-missing: .*change or revoke delegated permission grants/,
    );
  });

  it('the dialog shows the role note and no Grant access when the role is missing, and keeps confirm off', async () => {
    const harness = await tenant.signedIn(IDS.users.reader, []);
    harness.render(<ChangeDialog title="Revoke the grant" confirmLabel="Revoke" changes={[revokeGrant]} onClose={() => undefined} />);
    const dialog = await screen.findByRole('alertdialog', { name: 'Revoke the grant' });
    await within(dialog).findByText(/Your directory roles \(Global Reader\) do not allow you/);
    expect(within(dialog).queryByRole('region', { name: 'Grant access' })).toBeNull();
    expect(within(dialog).getByRole('button', { name: 'Revoke' })).toHaveProperty('disabled', true);
  });

  it('the dialog offers Grant access naming the missing permissions only', async () => {
    const harness = await tenant.signedIn(IDS.users.admin, ['DelegatedPermissionGrant.ReadWrite.All']);
    harness.render(<ChangeDialog title="Revoke" confirmLabel="Revoke" changes={[revokeGrant, revokeSessions]} onClose={() => undefined} />);
    const panel = await screen.findByRole('region', { name: 'Grant access' });
    expect(panel.textContent).toContain('User.RevokeSessions.All');
    expect(panel.textContent).not.toContain('DelegatedPermissionGrant.ReadWrite.All');
    expect(within(screen.getByRole('alertdialog')).getByRole('button', { name: 'Revoke' })).toHaveProperty('disabled', true);
  });
});

function RevokeButton({ changes }: { changes: readonly Change[] }) {
  const gate = useActionGate(changes);
  return (
    <>
      {gate.note}
      <Button {...gate.actionProps}>Revoke for this user</Button>
    </>
  );
}

describe('useActionGate: a section’s buttons from the same check', () => {
  it('keeps the button focusable but disabled, described by the reason, when the roles do not allow the change', async () => {
    const harness = await tenant.signedIn(IDS.users.reader, []);
    harness.render(<RevokeButton changes={[revokeGrant]} />);
    const button = screen.getByRole('button', { name: 'Revoke for this user' });
    await waitFor(() => expect(button.getAttribute('aria-describedby')).toBeTruthy());
    expect(button.getAttribute('aria-disabled')).toBe('true');
    expect(document.getElementById(button.getAttribute('aria-describedby')!)?.textContent).toMatch(
      /Global Reader\) do not allow you to change or revoke delegated permission grants/,
    );
  });

  it('enables the button once the roles are known to allow the change', async () => {
    const harness = await tenant.signedIn(IDS.users.helpdeskLead, []);
    harness.render(<RevokeButton changes={[revokeGrant]} />);
    const button = screen.getByRole('button', { name: 'Revoke for this user' });
    await waitFor(() => expect(button.getAttribute('aria-disabled')).not.toBe('true'));
    expect(button.getAttribute('aria-describedby')).toBeNull();
  });
});
