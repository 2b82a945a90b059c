/** What Home says a screen asks for: its reads when you open it, its writes only when you make a change. */
import { missingScopes } from '../../permissions/scopes';
import { screenScopes, type ScreenInfo } from '../../ui/screen-info';

/** `held`: the current token's scopes; undefined while it is read (nothing is called missing then). */
export function screenAskText(screen: ScreenInfo, held: readonly string[] | undefined): string {
  const { onOpen, onChange } = screenScopes(screen);
  if (onOpen.length === 0 && onChange.length === 0) return 'Needs no extra permission.';
  const missingOnOpen = held ? missingScopes(onOpen, held) : [];
  const missingOnChange = held ? missingScopes(onChange, held) : [];
  const parts = [
    missingOnOpen.length > 0 ? `Asks for ${missingOnOpen.join(', ')} when you open it.` : '',
    missingOnChange.length > 0 ? `Asks for ${missingOnChange.join(', ')} only when you make a change.` : '',
  ].filter(Boolean);
  if (parts.length > 0) return parts.join(' ');
  return `Uses ${[...onOpen, ...onChange].join(', ')}${held ? ' (granted)' : ''}.`;
}
