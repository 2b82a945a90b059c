/** What every Graph operation module declares: its least-privileged delegated scopes and why. */
export interface GraphOperation {
  /** Short label, e.g. "List applications". */
  name: string;
  /** Least-privileged delegated scopes, as in Microsoft's permission reference. */
  scopes: readonly string[];
  /** Why a screen needs this, in the user's words; shown on the Grant access panel. */
  reason: string;
}
