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

const useStyles = makeStyles({
  mono: { fontFamily: tokens.fontFamilyMonospace, fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2 },
  publisher: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
});

function Publisher({ app }: { app: ServicePrincipalSummary }) {
  const styles = useStyles();
  const verified = app.verifiedPublisher?.displayName;
  return (
    <span className={styles.publisher}>
      {verified ?? app.publisherName ?? 'Unknown'}
      {verified ? (
        <Badge appearance="tint" color="success">Verified</Badge>
      ) : (
        <Badge appearance="tint" color="subtle">Unverified</Badge>
      )}
    </span>
  );
}

export function AppsTable({ apps }: { apps: ServicePrincipalSummary[] }) {
  const styles = useStyles();
  return (
    <Table aria-label="Applications" size="small">
      <TableHeader>
        <TableRow>
          <TableHeaderCell>Name</TableHeaderCell>
          <TableHeaderCell>Publisher</TableHeaderCell>
          <TableHeaderCell>Application (client) ID</TableHeaderCell>
          <TableHeaderCell>Type</TableHeaderCell>
          <TableHeaderCell>Sign-in</TableHeaderCell>
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
                <Publisher app={app} />
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
