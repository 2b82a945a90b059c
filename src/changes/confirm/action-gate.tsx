/**
 * The gate of a screen's action buttons, before any dialog opens: the roles half of the change gate for
 * the changes the buttons would make. A button the account's roles do not allow stays focusable (so the
 * reason is read out) and points at the note that says which role would allow it.
 */
import { MessageBar, MessageBarBody } from '@fluentui/react-components';
import { useId, type ReactNode } from 'react';
import type { Change } from '../changes';
import { useChangeRoleCheck } from './use-change-gate';

export interface ActionGate {
  /** Why the account may not act, with the role that would allow it; null when it may. */
  note: ReactNode;
  /** The same reason in words (undefined when the roles allow the changes, or are still loading). */
  reason: string | undefined;
  /** For each action button: disabled (yet focusable) until the roles are known and allow the changes. */
  actionProps: { disabledFocusable: boolean; 'aria-describedby': string | undefined };
}

export function useActionGate(changes: readonly Change[]): ActionGate {
  const reasonId = useId();
  const check = useChangeRoleCheck()(changes);
  const reason = check && !check.allowed ? check.reason : undefined;
  return {
    note: reason ? (
      <MessageBar intent="info" layout="multiline">
        <MessageBarBody id={reasonId}>{reason}</MessageBarBody>
      </MessageBar>
    ) : null,
    reason,
    actionProps: { disabledFocusable: Boolean(reason) || !check, 'aria-describedby': reason ? reasonId : undefined },
  };
}
