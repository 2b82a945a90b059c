import type { GraphOperation } from '../graph/operation';

/** A console screen as the shell and the Permissions page see it. */
export interface ScreenInfo {
  title: string;
  /** Route path, e.g. `/apps`. */
  path: string;
  /** One line: what the screen is for. */
  summary: string;
  /** The Graph operations the screen calls, each with its least-privileged scopes. */
  operations: readonly GraphOperation[];
}
