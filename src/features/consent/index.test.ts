import { describe, expect, it } from 'vitest';
import { screenScopes } from '../../ui/screen-info';
import { showcaseScreen } from '.';

describe('the showcase as Home and the Permissions page see it', () => {
  it("declares step 4's read of the console's grants (on opening) and its grant write (only when made)", () => {
    const { onOpen, onChange } = screenScopes(showcaseScreen);
    expect(onOpen).toEqual(['Directory.Read.All']);
    expect(onChange).toEqual(['Calendars.Read', 'Contacts.Read', 'People.Read', 'DelegatedPermissionGrant.ReadWrite.All']);
  });
});
