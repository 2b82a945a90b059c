import { Badge } from '@fluentui/react-components';
import { CheckmarkCircleRegular, ClockRegular, DismissCircleRegular, InfoRegular } from '@fluentui/react-icons';
import type { ReactElement } from 'react';
import type { ActivityOutcome } from '../../../changes/types';
import { OUTCOME_LABEL } from '../activity-labels';

const LOOK: Record<ActivityOutcome, { color: 'success' | 'danger' | 'informative' | 'warning'; icon: ReactElement }> = {
  succeeded: { color: 'success', icon: <CheckmarkCircleRegular aria-hidden /> },
  failed: { color: 'danger', icon: <DismissCircleRegular aria-hidden /> },
  'already-done': { color: 'informative', icon: <InfoRegular aria-hidden /> },
  pending: { color: 'warning', icon: <ClockRegular aria-hidden /> },
  'not-yet-visible': { color: 'warning', icon: <ClockRegular aria-hidden /> },
};

/** The outcome in words and an icon; colour only repeats what they say. */
export function OutcomeBadge({ outcome }: { outcome: ActivityOutcome }) {
  const look = LOOK[outcome];
  return (
    <Badge appearance="tint" color={look.color} icon={look.icon}>
      {OUTCOME_LABEL[outcome]}
    </Badge>
  );
}
