import {
  Button,
  Caption1,
  Field,
  Input,
  makeStyles,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  tokens,
} from '@fluentui/react-components';
import { SearchRegular } from '@fluentui/react-icons';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { servicePrincipalsWithPermissionsQueryOptions } from '../../../graph/app-consent';
import { useTenantId } from '../../../auth/use-session';
import { useGraphClient } from '../../../graph/graph-client-context';
import type { ServicePrincipalInfo } from '../../../permissions/inventory';
import { isolate, NAME_WARNING_LABEL, nameSkeleton, nameWarnings } from '../../../permissions/names';
import { PUBLISHER_LABEL, publisherOf } from '../../../permissions/publisher';
import { AppName } from '../../../ui/app-name';
import { Loading } from '../../../ui/loading';
import { QueryError } from '../../../ui/query-error';
import { READ_APP_PERMISSIONS } from '../../../graph/operations/applications';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, maxWidth: '760px' },
  mono: { fontFamily: tokens.fontFamilyMonospace, color: tokens.colorNeutralForeground2 },
});

const SHOWN = 15;

/**
 * The Choose button's name: the app's name with what tells it from its lookalikes — its flags and who
 * publishes it — so six apps called "Microsoft Graph" are six different buttons to a screen reader too.
 */
function chooseLabel(sp: ServicePrincipalInfo, tenantId: string): string {
  const publisher = publisherOf(sp, tenantId);
  const vouch = PUBLISHER_LABEL[publisher.kind].label;
  const facts = [
    ...nameWarnings(sp.displayName).map((w) => NAME_WARNING_LABEL[w].label),
    publisher.kind === 'microsoft' ? vouch : `${vouch}: ${isolate(publisher.name)}`,
  ];
  return `Choose ${isolate(sp.displayName)} (${facts.join('; ')})`;
}

interface AppPickerProps {
  label: string;
  screenTitle: string;
  onPick: (sp: ServicePrincipalInfo) => void;
  /** Only service principals this accepts are listed. */
  filter?: (sp: ServicePrincipalInfo) => boolean;
}

/** Pick one of the tenant's service principals: a name or app id search over the whole list. */
export function AppPicker({ label, screenTitle, onPick, filter }: AppPickerProps) {
  const styles = useStyles();
  const graph = useGraphClient();
  const tenantId = useTenantId();
  const list = useQuery(servicePrincipalsWithPermissionsQueryOptions(graph));
  const [term, setTerm] = useState('');
  if (list.isPending) return <Loading label="Loading the tenant's applications…" />;
  if (list.isError) return <QueryError error={list.error} operation={READ_APP_PERMISSIONS} screenTitle={screenTitle} onRetry={() => void list.refetch()} />;

  // Lookalikes match as they read: "Microsoft Graph" finds the one with Cyrillic letters or a zero-width space too.
  const needle = nameSkeleton(term.trim());
  const matches = list.data
    .filter((sp) => (filter ? filter(sp) : true))
    .filter((sp) => !needle || nameSkeleton(sp.displayName).includes(needle) || sp.appId.toLowerCase() === needle)
    .sort((a, b) => a.displayName.localeCompare(b.displayName));

  return (
    <div className={styles.root}>
      <Field label={label}>
        <Input contentBefore={<SearchRegular aria-hidden />} value={term} onChange={(_, d) => setTerm(d.value)} placeholder="Name or application (client) id" />
      </Field>
      <Table aria-label={`${label}: matches`} size="small">
        <TableHeader>
          <TableRow>
            <TableHeaderCell>Name and publisher</TableHeaderCell>
            <TableHeaderCell>Application (client) id</TableHeaderCell>
            <TableHeaderCell>Action</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {matches.slice(0, SHOWN).map((sp) => (
            <TableRow key={sp.id}>
              <TableCell>
                <AppName app={sp} tenantId={tenantId} />
              </TableCell>
              <TableCell className={styles.mono} id={`app-id-${sp.id}`}>
                {sp.appId}
              </TableCell>
              <TableCell>
                <Button size="small" onClick={() => onPick(sp)} aria-label={chooseLabel(sp, tenantId)} aria-describedby={`app-id-${sp.id}`}>
                  Choose
                </Button>
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
      <Caption1 role="status">
        {matches.length === 0
          ? 'No application matches.'
          : matches.length > SHOWN
            ? `Showing ${SHOWN} of ${matches.length}: refine the search.`
            : `${matches.length} match${matches.length === 1 ? '' : 'es'}.`}
      </Caption1>
    </div>
  );
}
