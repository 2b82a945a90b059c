import { Badge } from '@fluentui/react-components';
import type { PublisherKind } from '../user-apps';

const LOOK: Record<PublisherKind, { label: string; color: 'informative' | 'success' | 'warning' }> = {
  microsoft: { label: 'Microsoft', color: 'informative' },
  verified: { label: 'Verified publisher', color: 'success' },
  unverified: { label: 'Unverified publisher', color: 'warning' },
};

export function PublisherBadge({ kind }: { kind: PublisherKind }) {
  const look = LOOK[kind];
  return (
    <Badge appearance="tint" color={look.color}>
      {look.label}
    </Badge>
  );
}
