import { describe, expect, it } from 'vitest';
import type { ScreenInfo } from '../../ui/screen-info';
import { screenAskText } from './screen-ask';

const read = { name: 'Read', scopes: ['Application.Read.All'], reason: 'r' };
const write = { name: 'Write', scopes: ['DelegatedPermissionGrant.ReadWrite.All', 'Application.Read.All'], reason: 'w' };
const screen: ScreenInfo = { title: 'Applications', path: '/apps', summary: '', operations: [read], writes: [write] };

describe('screenAskText', () => {
  it('says reads are asked for on opening and writes only when a change is made', () => {
    expect(screenAskText(screen, ['User.Read'])).toBe(
      'Asks for Application.Read.All when you open it. Asks for DelegatedPermissionGrant.ReadWrite.All only when you make a change.',
    );
  });

  it('names only what is still missing, and says when everything is granted', () => {
    expect(screenAskText(screen, ['Application.Read.All'])).toBe('Asks for DelegatedPermissionGrant.ReadWrite.All only when you make a change.');
    expect(screenAskText(screen, ['Application.Read.All', 'DelegatedPermissionGrant.ReadWrite.All'])).toBe(
      'Uses Application.Read.All, DelegatedPermissionGrant.ReadWrite.All (granted).',
    );
  });

  it('calls nothing missing while the token is read, and a screen without Graph calls needs nothing', () => {
    expect(screenAskText(screen, undefined)).toBe('Uses Application.Read.All, DelegatedPermissionGrant.ReadWrite.All.');
    expect(screenAskText({ ...screen, operations: [], writes: [] }, [])).toBe('Needs no extra permission.');
  });

  it('says the reads of a part of the screen are asked for only when it is used, naming the parts that need them', () => {
    const audit = { name: 'Read who granted each permission', scopes: ['AuditLog.Read.All', 'Application.Read.All'], reason: 'a' };
    const licence = { name: 'Read the licence', scopes: ['Application.Read.All'], reason: 'l' };
    const withParts: ScreenInfo = { ...screen, onUse: [audit, licence] };
    expect(screenAskText(withParts, ['User.Read'])).toBe(
      'Asks for Application.Read.All when you open it. Asks for AuditLog.Read.All only when you use: Read who granted each permission. Asks for DelegatedPermissionGrant.ReadWrite.All only when you make a change.',
    );
    expect(screenAskText(withParts, ['Application.Read.All', 'AuditLog.Read.All'])).toBe(
      'Asks for DelegatedPermissionGrant.ReadWrite.All only when you make a change.',
    );
  });
});
