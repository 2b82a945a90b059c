import '../../../test-support/dom-globals';
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { revokeGrantChange } from '../../../changes/builders';
import type { UnusedApp } from '../unused-items';
import { UnusedAppCard } from './unused-app-card';

afterEach(cleanup);

const DAY = 24 * 60 * 60 * 1000;
const now = Date.parse('2026-12-02T12:00:00Z');
const OPEN_RLO = 'Invoice\u202E Tool';

const unusedApp = (overrides: Partial<UnusedApp> = {}): UnusedApp => {
  const grant = { id: 'g1', clientId: 'sp1', consentType: 'AllPrincipals' as const, principalId: null, resourceId: 'graph', scope: 'Mail.ReadWrite' };
  return {
    sp: { id: 'sp1', appId: 'app-1', displayName: OPEN_RLO },
    lastSignIn: { state: 'recorded', at: new Date(now - 120 * DAY).toISOString() },
    reason: 'It holds a high-risk permission and last signed in 120 days ago (more than 90).',
    consoleOwn: false,
    items: [
      {
        key: 'grant:g1',
        kind: 'grant',
        resourceName: 'Microsoft Graph',
        permissions: ['Mail.ReadWrite'],
        who: 'Admin for everyone',
        risk: { tier: 'high', reasons: [] },
        change: revokeGrantChange({ grant, names: {} }),
        consoleOwn: overrides.consoleOwn ?? false,
      },
    ],
    ...overrides,
  };
};

const renderCard = (app: UnusedApp, onToggle = vi.fn()) => {
  render(
    <MemoryRouter>
      <UnusedAppCard app={app} now={now} selected={new Set()} onToggle={onToggle} />
    </MemoryRouter>,
  );
  return onToggle;
};

describe('UnusedAppCard', () => {
  it('shows the last sign-in as the beta report’s, links the app by its id and isolates its name', () => {
    renderCard(unusedApp());
    expect(screen.getByText(/^Last sign-in \(beta report\): .* \(120 days ago\)\. It holds a high-risk permission/)).toBeTruthy();
    const link = screen.getByRole('link');
    expect(link.getAttribute('href')).toBe('/apps/sp1');
    expect(link.querySelector('bdi')?.textContent).toBe(OPEN_RLO);
    expect(screen.queryByText(/console’s own app/)).toBeNull();
  });

  it('names each checkbox after the app, the permission and who holds it, and reports the choice', () => {
    const onToggle = renderCard(unusedApp());
    const box = screen.getByRole('checkbox', { name: /^Select: .*Invoice.*Tool.*, Mail\.ReadWrite on Microsoft Graph, Admin for everyone$/ });
    fireEvent.click(box);
    expect(onToggle).toHaveBeenCalledWith('grant:g1', true);
  });

  it('warns that the console’s own app is the console’s access, left out of select all', () => {
    renderCard(unusedApp({ consoleOwn: true }));
    expect(
      screen.getByText(/This is the console’s own app: revoking its grant takes away the access this console works with.*“Select all” leaves it out\./),
    ).toBeTruthy();
  });
});
