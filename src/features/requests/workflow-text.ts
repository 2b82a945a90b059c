/**
 * The admin consent workflow's settings (adminConsentRequestPolicy) in sentences: whether users may ask,
 * who reviews (each reviewer is a Graph query: a user, a group's members or a directory role's holders),
 * how long a request stays open and who is told. Ids a name cannot be found for stay ids.
 */
import { directoryRoleName } from '../../auth/directory-roles';
import type { ConsentRequestPolicy } from '../../graph/consent-requests';

type Reviewer = NonNullable<ConsentRequestPolicy['reviewers']>[number];

/** Display names by object id (users and groups the console has read). */
export type NameOf = (id: string) => string | undefined;

const USER = /^\/(?:v1\.0\/|beta\/)?users\/([^/?]+)$/i;
const GROUP = /^\/(?:v1\.0\/|beta\/)?groups\/([^/?]+)\/(transitiveMembers|members)$/i;
const ROLE = /^\/(?:v1\.0\/|beta\/)?roleManagement\/directory\/roleAssignments\?\$filter=roleDefinitionId eq '([^']+)'$/i;

const named = (id: string, nameOf: NameOf) => {
  const name = nameOf(id);
  return name ? `${name} (${id})` : id;
};

export function describeReviewer(reviewer: Reviewer, nameOf: NameOf): string {
  const query = reviewer.query ?? '';
  const user = USER.exec(query);
  if (user?.[1]) return `The user ${named(user[1], nameOf)}`;
  const group = GROUP.exec(query);
  if (group?.[1]) return `${group[2]?.toLowerCase() === 'members' ? 'The direct members' : 'Every member'} of the group ${named(group[1], nameOf)}`;
  const role = ROLE.exec(query);
  if (role?.[1]) return `Everyone holding the directory role ${directoryRoleName(role[1])}`;
  return `The people the query “${query}” names`;
}

export interface WorkflowFact {
  label: string;
  value: string;
  explanation: string;
  /** The reviewers, one sentence each. */
  items?: string[];
}

export function workflowFacts(policy: ConsentRequestPolicy, nameOf: NameOf): WorkflowFact[] {
  const reviewers = policy.reviewers ?? [];
  const days = policy.requestDurationInDays;
  return [
    {
      label: 'Admin consent requests',
      value: policy.isEnabled ? 'On' : 'Off',
      explanation: policy.isEnabled
        ? 'A user who meets “Need admin approval” can send a request with a reason; it is listed here.'
        : 'Users who meet “Need admin approval” cannot ask for approval: they must find an administrator themselves.',
    },
    {
      label: 'Reviewers',
      value: reviewers.length === 0 ? 'None' : `${reviewers.length}`,
      items: reviewers.map((r) => describeReviewer(r, nameOf)),
      explanation:
        'Reviewers see the requests in the Microsoft Entra admin center and can act only on those sent after they became reviewers; approving still needs a role that may grant the permissions.',
    },
    {
      label: 'Request duration',
      value: days ? `${days} day${days === 1 ? '' : 's'}` : 'Not set',
      explanation: 'A request nobody decides on expires after this time; the user may then ask again.',
    },
    {
      label: 'Notifications',
      value: `${policy.notifyReviewers ? 'Reviewers are emailed' : 'No email to reviewers'}; ${policy.remindersEnabled ? 'reminders on' : 'no reminders'}`,
      explanation: 'Emails go to the reviewers when a request arrives and, with reminders, before it expires.',
    },
  ];
}
