import { describe, expect, it } from 'vitest';
import { safeExternalUrl } from './safe-url';

describe('safeExternalUrl', () => {
  it('keeps http(s) URLs only', () => {
    expect(safeExternalUrl('https://contoso.example/app')).toBe('https://contoso.example/app');
    expect(safeExternalUrl('http://localhost:3000')).toBe('http://localhost:3000/');
    expect(safeExternalUrl('javascript:alert(1)')).toBeUndefined();
    expect(safeExternalUrl('data:text/html,hi')).toBeUndefined();
    expect(safeExternalUrl('/relative')).toBeUndefined();
    expect(safeExternalUrl(null)).toBeUndefined();
  });
});
