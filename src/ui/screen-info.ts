/**
 * A console screen as the shell, Home, the Permissions page and Diagnose see it, and the one rule for when
 * a screen asks for its permissions: its reads when it opens, its writes only when a change is made.
 */
import type { GraphOperation } from '../graph/operation';
import { uniqueScopes } from '../permissions/scopes';

export interface ScreenInfo {
  title: string;
  /** Route path, e.g. `/apps`. */
  path: string;
  /** One line: what the screen is for. */
  summary: string;
  /** The Graph operations the screen reads with, each with its least-privileged scopes: asked for when it opens. */
  operations: readonly GraphOperation[];
  /** The operations its changes make: asked for only when a change is made (in the change dialog). None by default. */
  writes?: readonly GraphOperation[];
}

/** Every operation of the screen, reads first. */
export function screenOperations(screen: ScreenInfo): GraphOperation[] {
  return [...screen.operations, ...(screen.writes ?? [])];
}

/** The scopes a screen asks for when it opens, and those it asks for only when a change is made (not already among the first). */
export function screenScopes(screen: ScreenInfo): { onOpen: string[]; onChange: string[] } {
  const onOpen = uniqueScopes(screen.operations.flatMap((op) => op.scopes));
  const opened = new Set(onOpen.map((s) => s.toLowerCase()));
  const onChange = uniqueScopes((screen.writes ?? []).flatMap((op) => op.scopes)).filter((s) => !opened.has(s.toLowerCase()));
  return { onOpen, onChange };
}
