/**
 * A console screen as the shell, Home, the Permissions page and Diagnose see it, and the one rule for when
 * a screen asks for its permissions: its reads when it opens, the reads of a part you turn to (a section, a
 * filter) when you use it, its writes only when a change is made.
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
  /** Reads a part of the screen makes only when you use it (an app's "Who granted this", a filter): asked for then. None by default. */
  onUse?: readonly GraphOperation[];
  /** The operations its changes make: asked for only when a change is made (in the change dialog). None by default. */
  writes?: readonly GraphOperation[];
}

/** Every operation of the screen, reads first. */
export function screenOperations(screen: ScreenInfo): GraphOperation[] {
  return [...screen.operations, ...(screen.onUse ?? []), ...(screen.writes ?? [])];
}

/**
 * The scopes a screen asks for when it opens, those it asks for only when you use a part of it, and those
 * only when a change is made — each list without the scopes of the lists before it.
 */
export function screenScopes(screen: ScreenInfo): { onOpen: string[]; onUse: string[]; onChange: string[] } {
  const asked = new Set<string>();
  const after = (ops: readonly GraphOperation[] | undefined) => {
    const scopes = uniqueScopes((ops ?? []).flatMap((op) => op.scopes)).filter((s) => !asked.has(s.toLowerCase()));
    for (const s of scopes) asked.add(s.toLowerCase());
    return scopes;
  };
  const onOpen = after(screen.operations);
  const onUse = after(screen.onUse);
  return { onOpen, onUse, onChange: after(screen.writes) };
}
