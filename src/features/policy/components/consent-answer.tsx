/** The answer of "Can this user consent?", one row per permission: the verdict and what decided it. */
import { Badge, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow } from '@fluentui/react-components';
import type { GrantPolicy } from '../../../graph/consent-policies';
import { evaluateConsent, type ConsentQuestion, type ScopeVerdict } from '../../../permissions/consent-policy';
import { isolate } from '../../../permissions/names';

const DECIDED_BY: Readonly<Record<ScopeVerdict['reason'], string>> = {
  'admin-role': 'The user’s administrator role',
  'admin-only': 'The API: admin consent required',
  'no-user-consent': 'User consent is off',
  'include-matched': 'Include condition matched',
  'exclude-matched': 'Exclude condition matched',
  'no-include-matched': 'No include condition matched',
  'policy-unknown': 'Assigned policy not found',
};

function decider(v: ScopeVerdict, policies: readonly GrantPolicy[]): string {
  const policy = v.policyId ? policies.find((p) => p.id.toLowerCase() === v.policyId!.toLowerCase()) : undefined;
  const where = v.policyId ? ` — ${isolate(policy?.displayName ?? v.policyId)} (${v.policyId})` : '';
  return `${DECIDED_BY[v.reason]}${where}${v.conditionId ? `, condition set ${v.conditionId}` : ''}`;
}

export function ConsentAnswer({ question, policies }: { question: ConsentQuestion; policies: readonly GrantPolicy[] }) {
  const verdicts = evaluateConsent(question);
  return (
    <Table aria-label="Can this user consent?" size="small">
      <TableHeader>
        <TableRow>
          <TableHeaderCell>Permission</TableHeaderCell>
          <TableHeaderCell>Answer</TableHeaderCell>
          <TableHeaderCell>Decided by</TableHeaderCell>
          <TableHeaderCell>Why</TableHeaderCell>
        </TableRow>
      </TableHeader>
      <TableBody>
        {verdicts.map((v) => (
          <TableRow key={v.scope}>
            <TableCell>{isolate(v.scope)}</TableCell>
            <TableCell>
              <Badge appearance="tint" color={v.canConsent ? 'success' : 'warning'}>
                {v.canConsent ? 'User can consent' : 'Needs admin consent'}
              </Badge>
            </TableCell>
            <TableCell>{decider(v, policies)}</TableCell>
            <TableCell>{v.explanation}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
