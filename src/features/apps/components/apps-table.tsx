import {
  Badge,
  Link,
  makeStyles,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  tokens,
} from '@fluentui/react-components';
import type { ServicePrincipalSummary } from '../../../graph/list-service-principals';
import { safeExternalUrl } from '../../../ui/safe-url';
import { publisherOf, type PublisherKind } from '../publisher';

const useStyles = makeStyles({
  mono: { fontFamily: tokens.fontFamilyMonospace, fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2, whiteSpace: 'nowrap' },
  idColumn: { width: '290px' },
  narrowColumn: { width: '110px' },
  publisher: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
});

const BADGE: Record<PublisherKind, { label: string; color: 'informative' | 'brand' | 'success' | 'warning' }> = {
  microsoft: { label: 'Microsoft', color: 'informative' },
  'own-tenant': { label: 'Your organization', color: 'brand' },
  verified: { label: 'Verified', color: 'success' },
  unverified: { label: 'Unverified', color: 'warning' },
};

function Publisher({ app, tenantId }: { app: ServicePrincipalSummary; tenantId: string }) {
  const styles = useStyles();
  const publisher = publisherOf(app, tenantId);
  const badge = BADGE[publisher.kind];
  return (
    <span className={styles.publisher}>
      {publisher.name}
      <Badge appearance="tint" color={badge.color}>
        {badge.label}
      </Badge>
    </span>
  );
}

export function AppsTable({ apps, tenantId }: { apps: ServicePrincipalSummary[]; tenantId: string }) {
  const styles = useStyles();
  return (
    <Table aria-label="Applications" size="small">
      <TableHeader>
        <TableRow>
          <TableHeaderCell>Name</TableHeaderCell>
          <TableHeaderCell>Publisher</TableHeaderCell>
          <TableHeaderCell className={styles.idColumn}>Application (client) ID</TableHeaderCell>
          <TableHeaderCell className={styles.narrowColumn}>Type</TableHeaderCell>
          <TableHeaderCell className={styles.narrowColumn}>Sign-in</TableHeaderCell>
        </TableRow>
      </TableHeader>
      <TableBody>
        {apps.map((app) => {
          const homepage = safeExternalUrl(app.homepage);
          return (
            <TableRow key={app.id}>
              <TableCell>
                {homepage ? (
                  <Link href={homepage} target="_blank" rel="noopener noreferrer">
                    {app.displayName}
                  </Link>
                ) : (
                  app.displayName
                )}
              </TableCell>
              <TableCell>
                <Publisher app={app} tenantId={tenantId} />
              </TableCell>
              <TableCell className={styles.mono}>{app.appId}</TableCell>
              <TableCell>{app.servicePrincipalType ?? '—'}</TableCell>
              <TableCell>{app.accountEnabled === false ? 'Disabled' : 'Enabled'}</TableCell>
            </TableRow>
          );
        })}
      </TableBody>
    </Table>
  );
}
