import { MessageBar, MessageBarBody } from '@fluentui/react-components';
import { useId, type ReactNode } from 'react';
import type { RoleCheck } from '../../../auth/role-requirements';

export interface RoleGate {
  /** Why the account may not act, with the role that would allow it; null when it may. */
  reason: ReactNode;
  /** For each action button: disabled (yet focusable, so the reason is read) until the check allows it. */
  actionProps: { disabledFocusable: boolean; 'aria-describedby': string | undefined };
}

/** A section's actions gated by the signed-in account's directory roles (`check` undefined while they load). */
export function useRoleGate(check: RoleCheck | undefined): RoleGate {
  const reasonId = useId();
  const denied = check && !check.allowed ? check.reason : undefined;
  return {
    reason: denied ? (
      <MessageBar intent="info" layout="multiline">
        <MessageBarBody id={reasonId}>{denied}</MessageBarBody>
      </MessageBar>
    ) : null,
    actionProps: { disabledFocusable: Boolean(denied) || !check, 'aria-describedby': denied ? reasonId : undefined },
  };
}
