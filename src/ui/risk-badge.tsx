import { Badge, Tooltip } from '@fluentui/react-components';
import { CheckmarkCircleRegular, ErrorCircleRegular, InfoRegular, WarningRegular } from '@fluentui/react-icons';
import type { ReactElement } from 'react';
import { RISK_LABEL, type RiskTier } from '../permissions/risk';

const LOOK: Record<RiskTier, { icon: ReactElement; color: 'danger' | 'severe' | 'warning' | 'success' }> = {
  critical: { icon: <ErrorCircleRegular aria-hidden />, color: 'danger' },
  high: { icon: <WarningRegular aria-hidden />, color: 'severe' },
  medium: { icon: <InfoRegular aria-hidden />, color: 'warning' },
  low: { icon: <CheckmarkCircleRegular aria-hidden />, color: 'success' },
};

/** A risk tier in words and with an icon (never colour alone); `reasons` become the tooltip. */
export function RiskBadge({ tier, reasons }: { tier: RiskTier; reasons?: readonly string[] }) {
  const look = LOOK[tier];
  const badge = (
    <Badge appearance="tint" color={look.color} icon={look.icon} tabIndex={reasons?.length ? 0 : undefined}>
      {RISK_LABEL[tier]}
    </Badge>
  );
  if (!reasons?.length) return badge;
  return (
    <Tooltip content={reasons.join(' ')} relationship="description">
      {badge}
    </Tooltip>
  );
}
