import { makeStyles, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import { explainClaims } from '../engine/claims-glossary';

const useStyles = makeStyles({
  name: { fontFamily: tokens.fontFamilyMonospace, width: '140px' },
  value: { fontFamily: tokens.fontFamilyMonospace, wordBreak: 'break-all', width: '36%' },
  readable: { display: 'block', fontFamily: tokens.fontFamilyBase, color: tokens.colorNeutralForeground2 },
});

/** Every claim of a token with its value and what it means. */
export function ClaimsTable({ label, payload }: { label: string; payload: Record<string, unknown> }) {
  const styles = useStyles();
  const [now] = useState(() => Math.floor(Date.now() / 1000));
  const claims = explainClaims(payload, now);
  return (
    <Table aria-label={label} size="small">
      <TableHeader>
        <TableRow>
          <TableHeaderCell className={styles.name}>Claim</TableHeaderCell>
          <TableHeaderCell className={styles.value}>Value</TableHeaderCell>
          <TableHeaderCell>Meaning</TableHeaderCell>
        </TableRow>
      </TableHeader>
      <TableBody>
        {claims.map((c) => (
          <TableRow key={c.name}>
            <TableCell className={styles.name}>{c.name}</TableCell>
            <TableCell className={styles.value}>
              {c.raw}
              {c.readable ? <span className={styles.readable}>{c.readable}</span> : null}
            </TableCell>
            <TableCell>{c.meaning}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
