import { describe, expect, it } from 'vitest';
import { ROLE_IDS } from '../../auth/directory-roles';
import { describeReviewer, workflowFacts } from './workflow-text';

const names = (id: string) => ({ 'g-1': 'App Reviewers' })[id];

describe('the admin consent workflow in words', () => {
  it('adminconsentrequestpolicy-update.md: reviewers are users, a group’s members or a role’s holders, named where known', () => {
    expect(describeReviewer({ query: '/users/u-1', queryType: 'MicrosoftGraph' }, names)).toBe('The user u-1');
    expect(describeReviewer({ query: '/groups/g-1/transitiveMembers', queryType: 'MicrosoftGraph' }, names)).toBe(
      'Every member of the group App Reviewers (g-1)',
    );
    expect(
      describeReviewer(
        { query: `/beta/roleManagement/directory/roleAssignments?$filter=roleDefinitionId eq '${ROLE_IDS.cloudApplicationAdministrator}'` },
        names,
      ),
    ).toBe('Everyone holding the directory role Cloud Application Administrator');
    expect(describeReviewer({ query: '/something/else' }, names)).toContain('“/something/else”');
  });

  it('states whether users may ask, who reviews, the duration and the notifications', () => {
    const facts = workflowFacts(
      { isEnabled: true, notifyReviewers: true, remindersEnabled: false, requestDurationInDays: 30, reviewers: [{ query: '/groups/g-1/members' }] },
      names,
    );
    expect(facts.map((f) => [f.label, f.value])).toEqual([
      ['Admin consent requests', 'On'],
      ['Reviewers', '1'],
      ['Request duration', '30 days'],
      ['Notifications', 'Reviewers are emailed; no reminders'],
    ]);
    expect(facts[1]?.items).toEqual(['The direct members of the group App Reviewers (g-1)']);
    expect(workflowFacts({ isEnabled: false, reviewers: [] }, names)[0]?.explanation).toContain('cannot ask for approval');
  });
});
