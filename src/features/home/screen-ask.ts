/** What Home says a screen asks for: its reads when you open it, a part's reads when you use it, its writes only when you make a change. */
import { missingScopes } from '../../permissions/scopes';
import { screenScopes, type ScreenInfo } from '../../ui/screen-info';

/** The names of the screen's on-use reads that need any of `scopes`. */
const partsNeeding = (screen: ScreenInfo, scopes: readonly string[]) => {
  const wanted = new Set(scopes.map((s) => s.toLowerCase()));
  return (screen.onUse ?? [])
    .filter((op) => op.scopes.some((s) => wanted.has(s.toLowerCase())))
    .map((op) => op.name)
    .join('; ');
};

/** `held`: the current token's scopes; undefined while it is read (nothing is called missing then). */
export function screenAskText(screen: ScreenInfo, held: readonly string[] | undefined): string {
  const { onOpen, onUse, onChange } = screenScopes(screen);
  if (onOpen.length === 0 && onUse.length === 0 && onChange.length === 0) return 'Needs no extra permission.';
  const missing = (scopes: string[]) => (held ? missingScopes(scopes, held) : []);
  const missingOnOpen = missing(onOpen);
  const missingOnUse = missing(onUse);
  const missingOnChange = missing(onChange);
  const parts = [
    missingOnOpen.length > 0 ? `Asks for ${missingOnOpen.join(', ')} when you open it.` : '',
    missingOnUse.length > 0 ? `Asks for ${missingOnUse.join(', ')} only when you use: ${partsNeeding(screen, missingOnUse)}.` : '',
    missingOnChange.length > 0 ? `Asks for ${missingOnChange.join(', ')} only when you make a change.` : '',
  ].filter(Boolean);
  if (parts.length > 0) return parts.join(' ');
  return `Uses ${[...onOpen, ...onUse, ...onChange].join(', ')}${held ? ' (granted)' : ''}.`;
}
