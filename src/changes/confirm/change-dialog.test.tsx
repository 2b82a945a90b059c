import '../../test-support/dom-globals';
import 'fake-indexeddb/auto';
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { emulatedTenant } from '../../../test-harness/emulated-tenant';
import { IDS } from '../../../emulator/graph/test-support';
import type { Change } from '../changes';
import type { GrantSnapshot } from '../types';
import { ChangeDialog } from './change-dialog';

const WRITE_SCOPES = ['DelegatedPermissionGrant.ReadWrite.All', 'Directory.Read.All', 'User.RevokeSessions.All'];
const names = { clientName: 'Mail Helper Pro', resourceName: 'Microsoft Graph', principalName: 'Megan Bowen' };

const tenant = emulatedTenant();

beforeEach(async () => {
  // The seed again, and no faults left from another test.
  await fetch(`${tenant.emulator.identityUrl}/_emulator/reset`, { method: 'POST' });
});
afterEach(cleanup);

/** Megan's own grants in the seed, as the screens list them. */
function meganGrants(): GrantSnapshot[] {
  return [...tenant.emulator.store.grants.values()]
    .filter((g) => g.principalId === IDS.users.megan)
    .map(({ id, clientId, consentType, principalId, resourceId, scope }) => ({ id, clientId, consentType, principalId, resourceId, scope }));
}

const revoke = (grant: GrantSnapshot): Change => ({ kind: 'revoke-grant', grant, names });
const removeFirstScope = (grant: GrantSnapshot): Change => ({ kind: 'remove-scopes', grant, scopes: [grant.scope.split(' ')[0]!], names });

async function faults(rules: object[]) {
  const response = await fetch(`${tenant.emulator.identityUrl}/_emulator/faults`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ rules }),
  });
  expect(response.ok).toBe(true);
}

async function openDialog(changes: readonly Change[], { userId = IDS.users.admin, scopes = WRITE_SCOPES, onClose = () => undefined } = {}) {
  const harness = await tenant.signedIn(userId, scopes);
  harness.render(<ChangeDialog title="Revoke the grant" confirmLabel="Revoke" changes={changes} onClose={onClose} />);
  const dialog = await screen.findByRole('alertdialog', { name: 'Revoke the grant' });
  const confirm = within(dialog).getByRole('button', { name: 'Revoke' });
  return { harness, dialog, confirm };
}

describe('ChangeDialog against the emulator', () => {
  it('lists exactly what is sent, says it can be restored, and a double click makes one write and one Activity entry', async () => {
    const [grant] = meganGrants();
    const { harness, dialog, confirm } = await openDialog([revoke(grant!)]);
    expect(within(dialog).getByRole('list', { name: 'Changes' }).textContent).toBe(
      `Revoke Mail Helper Pro's delegated permissions on Microsoft Graph for Megan Bowen: ${grant!.scope}`,
    );
    expect(dialog.textContent).toMatch(/recorded in the Activity log, where it can be restored/);
    await waitFor(() => expect(confirm).toHaveProperty('disabled', false));

    // Two clicks in one go, before React re-renders the button as pending.
    fireEvent.click(confirm);
    fireEvent.click(confirm);

    expect(await within(dialog).findByRole('status')).toHaveProperty('textContent', 'All 1 change done.');
    expect(harness.writes).toEqual([`DELETE /oauth2PermissionGrants/${grant!.id}`]);
    expect(tenant.emulator.store.grants.has(grant!.id)).toBe(false);
    const entries = await harness.log.list();
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({ action: 'revoke-grant', outcome: 'succeeded', before: grant });
  });

  it('says it is checking the access while the roles and token are read, with confirm off, then enables it', async () => {
    const [grant] = meganGrants();
    const harness = await tenant.signedIn(IDS.users.admin, WRITE_SCOPES);
    harness.render(<ChangeDialog title="Revoke the grant" confirmLabel="Revoke" changes={[revoke(grant!)]} onClose={() => undefined} />);
    // The first render, before the roles and the token have been read.
    const checking = screen.getByRole('status');
    expect(checking.textContent).toBe('Checking your access…');
    expect(screen.getByRole('button', { name: 'Revoke' })).toHaveProperty('disabled', true);
    await waitFor(() => expect(screen.getByRole('button', { name: 'Revoke' })).toHaveProperty('disabled', false));
    expect(screen.queryByRole('status')).toBeNull();
  });

  it('"Retry failed" re-sends only the failed change and replaces only its line', async () => {
    const [first, second] = meganGrants();
    await faults([{ method: 'DELETE', path: 'oauth2PermissionGrants', status: 500, count: 1 }]);
    const { harness, dialog, confirm } = await openDialog([revoke(first!), removeFirstScope(second!)]);
    await waitFor(() => expect(confirm).toHaveProperty('disabled', false));
    fireEvent.click(confirm);

    expect(await within(dialog).findByRole('status')).toHaveProperty(
      'textContent',
      '1 of 2 changes done; 1 failed. Nothing was dropped: retry the failed ones below.',
    );
    const lines = () =>
      within(within(dialog).getByRole('list', { name: 'Results' }))
        .getAllByRole('listitem')
        .map((li) => li.textContent ?? '');
    const [failedLine, doneLine] = lines();
    expect(failedLine).toMatch(/^Failed: Revoke Mail Helper Pro's delegated permissions.*HTTP 500/);
    expect(doneLine).toMatch(/^Done: Remove /);

    fireEvent.click(within(dialog).getByRole('button', { name: 'Retry failed' }));
    await waitFor(() => expect(within(dialog).getByRole('status').textContent).toBe('All 2 changes done.'));
    expect(lines()).toEqual([expect.stringMatching(/^Done: Revoke Mail Helper Pro's delegated permissions/), doneLine]);
    expect(within(dialog).queryByRole('button', { name: 'Retry failed' })).toBeNull();
    expect(harness.writes).toEqual([
      `DELETE /oauth2PermissionGrants/${first!.id}`,
      `PATCH /oauth2PermissionGrants/${second!.id}`,
      `DELETE /oauth2PermissionGrants/${first!.id}`,
    ]);
    expect((await harness.log.list()).map((e) => e.outcome).sort()).toEqual(['failed', 'succeeded', 'succeeded']);
  });

  it('cannot be closed while the write runs: Cancel is off and Escape does nothing until it is done', async () => {
    const [grant] = meganGrants();
    await faults([{ method: 'DELETE', path: 'oauth2PermissionGrants', latencyMs: 400 }]);
    const onClose = vi.fn();
    const { dialog, confirm } = await openDialog([revoke(grant!)], { onClose });
    await waitFor(() => expect(confirm).toHaveProperty('disabled', false));
    fireEvent.click(confirm);

    await waitFor(() => expect(within(dialog).getByRole('button', { name: 'Cancel' })).toHaveProperty('disabled', true));
    fireEvent.keyDown(dialog, { key: 'Escape' });
    expect(onClose).not.toHaveBeenCalled();
    await within(dialog).findByRole('status');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Close' }));
    expect(onClose).toHaveBeenCalledTimes(1);
  });

  it('says a change whose kind has no inverse is recorded, not restorable', async () => {
    const sessions: Change = { kind: 'revoke-sessions', userId: IDS.users.megan, names: { principalName: 'Megan Bowen' } };
    const { dialog } = await openDialog([sessions]);
    expect(dialog.textContent).toMatch(/recorded in the Activity log \(recorded, not restorable\)/);
    expect(dialog.textContent).not.toMatch(/can be restored/);
  });

  it('marks the changes that cannot be restored when only some can', async () => {
    const [grant] = meganGrants();
    const sessions: Change = { kind: 'revoke-sessions', userId: IDS.users.megan, names: { principalName: 'Megan Bowen' } };
    const { dialog } = await openDialog([revoke(grant!), sessions]);
    const items = within(within(dialog).getByRole('list', { name: 'Changes' })).getAllByRole('listitem');
    expect(items.map((li) => li.textContent?.endsWith('(recorded, not restorable)'))).toEqual([false, true]);
    expect(dialog.textContent).toMatch(/where each can be restored except those marked/);
  });
});
