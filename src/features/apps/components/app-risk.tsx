/** An app's risk as the Applications list and the app's page both show it: the highest of what it holds, or "Nothing granted". */
import type { RiskTier } from '../../../permissions/risk';
import { RiskBadge } from '../../../ui/risk-badge';

interface AppRiskProps {
  tier: RiskTier;
  /** Why, shown as the badge's tooltip. */
  reasons?: readonly string[];
  /** False when the app holds no grant and no application permission: there is nothing to rate. */
  holdsAnything: boolean;
}

export function AppRisk({ tier, reasons, holdsAnything }: AppRiskProps) {
  return holdsAnything ? <RiskBadge tier={tier} reasons={reasons} /> : <>Nothing granted</>;
}
