import { Body1, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow } from '@fluentui/react-components';
import { useState } from 'react';
import { readConsentEvents, type ConsentEventKind } from '../../../auth/consent-events';

const KIND_TEXT: Record<ConsentEventKind, string> = {
  'sign-in-started': 'Sign-in started',
  'signed-in': 'Signed in',
  'consent-requested': 'Consent requested',
  'consent-granted': 'Consent granted',
  'consent-declined': 'Consent declined',
  failed: 'Failed',
};

/** This tab session's sign-in and consent events, newest first. */
export function ConsentEventsTable() {
  const [events] = useState(() => readConsentEvents().reverse());
  if (events.length === 0) return <Body1>No sign-in or consent events in this session yet.</Body1>;
  return (
    <Table aria-label="Consent events this session" size="small">
      <TableHeader>
        <TableRow>
          <TableHeaderCell>Time</TableHeaderCell>
          <TableHeaderCell>Event</TableHeaderCell>
          <TableHeaderCell>Permissions</TableHeaderCell>
          <TableHeaderCell>Code</TableHeaderCell>
          <TableHeaderCell>From</TableHeaderCell>
        </TableRow>
      </TableHeader>
      <TableBody>
        {events.map((event, index) => (
          <TableRow key={`${event.at}-${index}`}>
            <TableCell>{new Date(event.at).toLocaleTimeString()}</TableCell>
            <TableCell>{KIND_TEXT[event.kind]}</TableCell>
            <TableCell>{event.scopes.join(' ')}</TableCell>
            <TableCell>{event.code ?? '—'}</TableCell>
            <TableCell>{event.route ?? '—'}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
