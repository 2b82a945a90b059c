import '../../../test-support/dom-globals';
import { cleanup, render, screen } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { afterEach, describe, expect, it } from 'vitest';
import type { Verdict } from '../engine/types';
import { VerdictView } from './verdict-view';

afterEach(cleanup);

const verdict = (cause: Verdict['cause']): Verdict => ({ cause, title: 'A title', explanation: 'An explanation.', evidence: [], fix: null });

function renderVerdict(v: Verdict) {
  render(
    <MemoryRouter>
      <VerdictView verdict={v} />
    </MemoryRouter>,
  );
}

describe('VerdictView', () => {
  it('sends a consent cause to "Can this user consent?" on the Consent policy screen', () => {
    renderVerdict(verdict('needs-admin-consent'));
    expect(screen.getByRole('link', { name: 'Can this user consent?' }).getAttribute('href')).toBe('/policy#policy-check');
  });

  it('offers no policy link when the call is allowed', () => {
    renderVerdict(verdict('allowed'));
    expect(screen.queryByRole('link', { name: 'Can this user consent?' })).toBeNull();
  });
});
