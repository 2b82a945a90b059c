import { Badge, makeStyles, tokens } from '@fluentui/react-components';
import { CheckmarkStarburstRegular, WarningRegular } from '@fluentui/react-icons';
import type { ServicePrincipalInfo } from '../../../permissions/inventory';
import { publisherOf, type PublisherKind } from '../publisher';

const useStyles = makeStyles({
  publisher: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS, flexWrap: 'wrap', overflowWrap: 'anywhere' },
});

const BADGE: Record<PublisherKind, { label: string; color: 'informative' | 'brand' | 'success' | 'warning'; verified: boolean }> = {
  microsoft: { label: 'Microsoft', color: 'informative', verified: true },
  'own-tenant': { label: 'Your organization', color: 'brand', verified: true },
  verified: { label: 'Verified', color: 'success', verified: true },
  unverified: { label: 'Unverified', color: 'warning', verified: false },
};

/** Publisher name with who vouches for it: Microsoft, your organization, a verified publisher, or nobody. */
export function PublisherLabel({ sp, tenantId }: { sp: ServicePrincipalInfo; tenantId: string }) {
  const styles = useStyles();
  const publisher = publisherOf(sp, tenantId);
  const badge = BADGE[publisher.kind];
  return (
    <span className={styles.publisher} title={publisher.name}>
      {publisher.name}
      <Badge
        appearance="tint"
        color={badge.color}
        icon={badge.verified ? <CheckmarkStarburstRegular aria-hidden /> : <WarningRegular aria-hidden />}
      >
        {badge.label}
      </Badge>
    </span>
  );
}
