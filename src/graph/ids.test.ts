import { describe, expect, it } from 'vitest';
import { isGuid } from './ids';

describe('isGuid', () => {
  it('takes a GUID in either case, with surrounding spaces', () => {
    expect(isGuid(' fab1ca1e-0002-4b6c-8d7E-9f0a1b2c3d02 ')).toBe(true);
  });

  it('refuses names, short ids, braces and GUIDs inside other text', () => {
    for (const value of [
      'Fabrikam Calendar Sync',
      'fab1ca1e-0002-4b6c-8d7e-9f0a1b2c3d0',
      '{fab1ca1e-0002-4b6c-8d7e-9f0a1b2c3d02}',
      'x fab1ca1e-0002-4b6c-8d7e-9f0a1b2c3d02',
      '',
    ])
      expect(isGuid(value)).toBe(false);
  });
});
