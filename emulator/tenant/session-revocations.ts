// revokeSignInSessions "takes effect after a small delay of a few minutes" (graph-api-rules.json,
// api-reference/v1.0/api/user-revokesigninsessions.md). With a delay, the revocation is applied by a timer:
// until it fires, refresh tokens and sessions keep working; when it fires, everything issued before the
// call stops working. Reset cancels the timers still pending (they would change users of an old state).
import type { User } from './types.ts';

export class SessionRevocations {
  readonly #timers = new Set<NodeJS.Timeout>();
  readonly #delayMs: () => number;

  constructor(delayMs: () => number) {
    this.#delayMs = delayMs;
  }

  revoke(user: User): void {
    const calledAt = new Date().toISOString();
    const apply = () => {
      user.signInSessionsValidFromDateTime = calledAt;
    };
    const delay = this.#delayMs();
    if (delay <= 0) return apply();
    const timer = setTimeout(() => {
      this.#timers.delete(timer);
      apply();
    }, delay);
    timer.unref();
    this.#timers.add(timer);
  }

  cancelAll(): void {
    for (const timer of this.#timers) clearTimeout(timer);
    this.#timers.clear();
  }
}
