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
import { READ_APP_PERMISSIONS, servicePrincipalsWithPermissionsQueryOptions } from '../../../graph/app-consent';
import { useGraphClient } from '../../../graph/graph-client-context';
import type { ServicePrincipalInfo } from '../../../permissions/inventory';
import { Loading } from '../../../ui/loading';
import { QueryError } from '../../../ui/query-error';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, maxWidth: '760px' },
  mono: { fontFamily: tokens.fontFamilyMonospace, color: tokens.colorNeutralForeground2 },
});

const SHOWN = 15;

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
  const list = useQuery(servicePrincipalsWithPermissionsQueryOptions(graph));
  const [term, setTerm] = useState('');
  if (list.isPending) return <Loading label="Loading the tenant's applications…" />;
  if (list.isError) return <QueryError error={list.error} operation={READ_APP_PERMISSIONS} screenTitle={screenTitle} onRetry={() => void list.refetch()} />;

  const needle = term.trim().toLowerCase();
  const matches = list.data
    .filter((sp) => (filter ? filter(sp) : true))
    .filter((sp) => !needle || sp.displayName.toLowerCase().includes(needle) || sp.appId.toLowerCase() === needle)
    .sort((a, b) => a.displayName.localeCompare(b.displayName));

  return (
    <div className={styles.root}>
      <Field label={label}>
        <Input contentBefore={<SearchRegular aria-hidden />} value={term} onChange={(_, d) => setTerm(d.value)} placeholder="Name or application (client) id" />
      </Field>
      <Table aria-label={`${label}: matches`} size="small">
        <TableHeader>
          <TableRow>
            <TableHeaderCell>Name</TableHeaderCell>
            <TableHeaderCell>Application (client) id</TableHeaderCell>
            <TableHeaderCell>Action</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {matches.slice(0, SHOWN).map((sp) => (
            <TableRow key={sp.id}>
              <TableCell>{sp.displayName}</TableCell>
              <TableCell className={styles.mono}>{sp.appId}</TableCell>
              <TableCell>
                <Button size="small" onClick={() => onPick(sp)} aria-label={`Choose ${sp.displayName}`}>
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
