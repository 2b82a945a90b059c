import '../../../test-support/dom-globals';
import { cleanup, render, screen } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { afterEach, describe, expect, it } from 'vitest';
import { activityEntry } from '../../../test-support/activity-entry';
import { EntryCard } from './entry-card';

afterEach(cleanup);

// A name ending in an open RIGHT-TO-LEFT OVERRIDE would reverse whatever follows it in the same paragraph.
const OPEN_RLO = 'Invoice\u202E Tool';

describe('EntryCard', () => {
  it('isolates the app, API and user names it puts after "App:", "API:" and "User:"', () => {
    const entry = activityEntry({ target: { clientId: 'c', clientName: OPEN_RLO, resourceName: OPEN_RLO, principalId: 'u', principalName: OPEN_RLO } });
    render(
      <MemoryRouter>
        <EntryCard entry={entry} tenantId="tenant-id" onRestore={() => undefined} />
      </MemoryRouter>,
    );
    for (const label of ['App:', 'API:', 'User:']) {
      const line = screen.getByText(
        (_, element) => element !== null && element.tagName !== 'BDI' && (element.textContent ?? '').startsWith(`${label} `) && element.children.length === 1,
      );
      expect(line.querySelector('bdi')?.textContent).toBe(OPEN_RLO);
    }
  });
});
