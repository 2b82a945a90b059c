import '../../../test-support/dom-globals';
import 'fake-indexeddb/auto';
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { emulatedTenant } from '../../../../test-harness/emulated-tenant';
import { IDS } from '../../../../emulator/graph/test-support';
import { applyChanges } from '../../../changes/changes';
import type { GrantSnapshot } from '../../../changes/types';
import { RestoreDialog } from './restore-dialog';

const MEGAN_MAIL_HELPER = 'GrantMailHelperMeganGraph00000000000000006';

const tenant = emulatedTenant();
afterEach(cleanup);

describe('RestoreDialog against the emulator', () => {
  it('reads the tenant now, says what another admin changed since, and restores once only what the console removed', async () => {
    const admin = tenant.emulator.store.users.get(IDS.users.admin)!;
    const harness = await tenant.signedIn(admin.id, ['Directory.Read.All', 'DelegatedPermissionGrant.ReadWrite.All']);
    const actor = { upn: admin.userPrincipalName, oid: admin.id, tenantId: tenant.emulator.store.tenantId };
    const { id, clientId, consentType, principalId, resourceId, scope } = tenant.emulator.store.grants.get(MEGAN_MAIL_HELPER)!;
    const grant: GrantSnapshot = { id, clientId, consentType, principalId, resourceId, scope };
    expect(scope).toBe('User.Read Mail.ReadWrite offline_access openid profile');

    // The console removes Mail.ReadWrite; then another admin removes offline_access through Graph.
    const names = { clientName: 'Mail Helper Pro', resourceName: 'Microsoft Graph', principalName: 'Megan Bowen' };
    const [removal] = await applyChanges(harness.graph, harness.log, actor, [{ kind: 'remove-scopes', grant, scopes: ['Mail.ReadWrite'], names }]);
    expect(removal!.outcome).toBe('succeeded');
    tenant.emulator.store.grants.get(MEGAN_MAIL_HELPER)!.scope = 'User.Read openid profile';
    harness.writes.length = 0;

    const onRestored = vi.fn();
    harness.render(<RestoreDialog entry={removal!.entry} onClose={() => undefined} onRestored={onRestored} />);
    const dialog = await screen.findByRole('alertdialog', { name: 'Restore this change?' });
    const restore = within(dialog).getByRole('button', { name: 'Restore' });
    expect(restore).toHaveProperty('disabled', true);

    const toRestore = await within(dialog).findByRole('list', { name: 'Permissions to restore' });
    expect(
      within(toRestore)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['Mail.ReadWrite']);
    expect(dialog.textContent).toContain('The grant goes from User.Read openid profile to User.Read openid profile Mail.ReadWrite.');
    expect(within(dialog).getByRole('list', { name: 'What differs since the change' }).textContent).toBe(
      'Removed since the change, and not restored: offline_access.',
    );

    await waitFor(() => expect(restore).toHaveProperty('disabled', false));
    fireEvent.click(restore);
    fireEvent.click(restore);
    await waitFor(() => expect(onRestored).toHaveBeenCalledTimes(1));

    expect(tenant.emulator.store.grants.get(MEGAN_MAIL_HELPER)!.scope).toBe('User.Read openid profile Mail.ReadWrite');
    expect(harness.writes).toEqual([`PATCH /oauth2PermissionGrants/${MEGAN_MAIL_HELPER}`]);
    const restores = (await harness.log.list()).filter((e) => e.action === 'restore');
    expect(restores).toHaveLength(1);
    expect(restores[0]).toMatchObject({ outcome: 'succeeded', restores: removal!.entry.id });
    expect(restores[0]!.summary).toContain('Removed since the change, and not restored: offline_access.');
    expect(onRestored).toHaveBeenCalledWith(restores[0]);
  });
});
