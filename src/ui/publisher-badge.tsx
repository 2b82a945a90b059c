import { Badge } from '@fluentui/react-components';
import { CheckmarkStarburstRegular, WarningRegular } from '@fluentui/react-icons';
import { PUBLISHER_LABEL, type PublisherKind } from '../permissions/publisher';

const COLOR: Record<PublisherKind, 'informative' | 'brand' | 'success' | 'warning'> = {
  microsoft: 'informative',
  'own-tenant': 'brand',
  verified: 'success',
  unverified: 'warning',
};

/** Who vouches for an app's publisher, in words and with an icon (never colour alone), the same on every screen. */
export function PublisherBadge({ kind }: { kind: PublisherKind }) {
  const { label, vouched } = PUBLISHER_LABEL[kind];
  return (
    <Badge appearance="tint" color={COLOR[kind]} icon={vouched ? <CheckmarkStarburstRegular aria-hidden /> : <WarningRegular aria-hidden />}>
      {label}
    </Badge>
  );
}
