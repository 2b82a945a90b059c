import {
  Body1,
  Checkbox,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Subtitle2,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  tokens,
} from '@fluentui/react-components';
import { useId } from 'react';
import { isolate } from '../../../permissions/names';
import { Name } from '../../../ui/app-name';
import { RiskBadge } from '../../../ui/risk-badge';
import { RouterLink } from '../../../ui/router-link';
import { lastSignInText, type UnusedApp } from '../unused-items';

const useStyles = makeStyles({
  card: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
});

export const CONSOLE_OWN_WARNING =
  'This is the console’s own app: revoking its grant takes away the access this console works with, and you would consent again to go on.';

/** One unused app: its last sign-in (the beta report), why it counts as unused, and its high-risk permissions to choose. */
export function UnusedAppCard({
  app,
  now,
  selected,
  onToggle,
}: {
  app: UnusedApp;
  now: number;
  selected: ReadonlySet<string>;
  onToggle: (key: string, on: boolean) => void;
}) {
  const styles = useStyles();
  const headingId = useId();
  return (
    <section className={styles.card} aria-labelledby={headingId} data-testid="unused-app">
      <Subtitle2 as="h3" id={headingId} block>
        <RouterLink to={`/apps/${app.sp.id}`}>
          <Name name={app.sp.displayName} />
        </RouterLink>
      </Subtitle2>
      <Body1 block>
        Last sign-in (beta report): {lastSignInText(app.lastSignIn, now)}. {app.reason}
      </Body1>
      {app.consoleOwn ? (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>{CONSOLE_OWN_WARNING} “Select all” leaves it out.</MessageBarBody>
        </MessageBar>
      ) : null}
      <Table aria-labelledby={headingId} size="small">
        <TableHeader>
          <TableRow>
            <TableHeaderCell>Select</TableHeaderCell>
            <TableHeaderCell>Permissions</TableHeaderCell>
            <TableHeaderCell>Risk</TableHeaderCell>
            <TableHeaderCell>Who</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {app.items.map((item) => (
            <TableRow key={item.key} data-testid="unused-item">
              <TableCell>
                <Checkbox
                  checked={selected.has(item.key)}
                  onChange={(_, data) => onToggle(item.key, data.checked === true)}
                  aria-label={`Select: ${isolate(app.sp.displayName)}, ${isolate(item.permissions.join(' '))} on ${isolate(item.resourceName)}, ${isolate(item.who)}`}
                />
              </TableCell>
              <TableCell>
                <Name name={item.permissions.join(' ')} /> on <Name name={item.resourceName} />
              </TableCell>
              <TableCell>
                <RiskBadge tier={item.risk.tier} reasons={item.risk.reasons} />
              </TableCell>
              <TableCell>
                <Name name={item.who} />
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </section>
  );
}
