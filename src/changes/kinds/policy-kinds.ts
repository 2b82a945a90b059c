/**
 * The change kinds of who may consent to what: change the user-consent setting (PATCH the authorization
 * policy's assigned permission grant policies; restored by PATCHing the list as it was), and classify a
 * delegated permission as low impact or remove that classification (POST / DELETE
 * delegatedPermissionClassifications, each the other's inverse).
 */
import { CLASSIFICATION_WRITE, USER_CONSENT_SETTING_WRITE } from '../../auth/role-requirements';
import {
  createClassification,
  deleteClassification,
  getAuthorizationPolicy,
  listClassifications,
  policyKeys,
  setAssignedPolicies,
  type AuthorizationPolicySnapshot,
  type ClassificationRecord,
} from '../../graph/consent-policies';
import type { GraphClient } from '../../graph/graph-client';
import { settingLabel } from '../../permissions/consent-policy';
import { isolate } from '../../permissions/names';
import type { Applied, ChangeNames, ChangeOf, RunContext } from '../change-types';
import { confirmed } from '../grant-runs';
import { confirmWrite } from '../read-after-write';
import type { RestoreStep } from '../restore-plan';
import type { ActivityEntry } from '../types';
import type { ChangeKind } from './change-kind';
import { namesOf, resourceOf } from './change-names';
import { CHANGE_CLASSIFICATIONS, READ_AUTHORIZATION_POLICY, READ_CLASSIFICATIONS, WRITE_AUTHORIZATION_POLICY } from '../../graph/operations/consent-policies';

const sameList = (a: readonly string[], b: readonly string[]) => {
  const norm = (list: readonly string[]) => [...new Set(list.map((v) => v.toLowerCase()))].sort().join('\n');
  return norm(a) === norm(b);
};

const policyOf = (assigned: readonly string[]): AuthorizationPolicySnapshot => ({ id: 'authorizationPolicy', permissionGrantPoliciesAssigned: [...assigned] });
const readPolicy = (graph: GraphClient, signal?: AbortSignal) => getAuthorizationPolicy(graph, signal, WRITE_AUTHORIZATION_POLICY.scopes);

const describeSetting = (c: ChangeOf<'set-user-consent'>) =>
  `Change the user-consent setting from “${settingLabel(c.previous)}” to “${settingLabel(c.assigned)}”`;

export const setUserConsent: ChangeKind<ChangeOf<'set-user-consent'>> = {
  kind: 'set-user-consent',
  operation: () => WRITE_AUTHORIZATION_POLICY,
  requirement: () => USER_CONSENT_SETTING_WRITE,
  // The PATCH replaces the whole list: sending it again leaves the same list.
  retrySafe: true,
  describe: describeSetting,
  async run(c, ctx) {
    const current = await readPolicy(ctx.graph, ctx.signal);
    if (sameList(current.permissionGrantPoliciesAssigned, c.assigned)) return { outcome: 'already-done', before: current, after: current };
    await setAssignedPolicies(ctx.graph, c.assigned, ctx.signal);
    const visible = await confirmWrite(
      async () => sameList((await readPolicy(ctx.graph, ctx.signal)).permissionGrantPoliciesAssigned, c.assigned),
      ctx.policy,
      ctx.signal,
    );
    return { outcome: confirmed(visible), before: current, after: { ...current, permissionGrantPoliciesAssigned: [...c.assigned] } };
  },
  parties: () => ({}),
  before: (c) => policyOf(c.previous),
  inverse(entry) {
    const before = entry.before as AuthorizationPolicySnapshot;
    const after = entry.after as AuthorizationPolicySnapshot | null;
    return { kind: 'set-user-consent', assigned: before.permissionGrantPoliciesAssigned, previous: after?.permissionGrantPoliciesAssigned ?? [], names: {} };
  },
  restorePreview: {
    operation: READ_AUTHORIZATION_POLICY,
    async plan(entry, { graph, signal }): Promise<RestoreStep> {
      const now = (await getAuthorizationPolicy(graph, signal)).permissionGrantPoliciesAssigned;
      const before = (entry.before as AuthorizationPolicySnapshot).permissionGrantPoliciesAssigned;
      const after = (entry.after as AuthorizationPolicySnapshot | null)?.permissionGrantPoliciesAssigned ?? [];
      if (sameList(now, before)) return { kind: 'nothing', reason: 'The user-consent setting is already as it was before the change.' };
      const differences = sameList(now, after) ? [] : [`The setting was changed since, to “${settingLabel(now)}”: the restore replaces that too.`];
      return { kind: 'inverse', description: `${describeSetting({ kind: 'set-user-consent', assigned: before, previous: now, names: {} })}.`, differences };
    },
  },
  planned: (c) => ({ assigned: c.assigned }),
  async reconcile(entry, { graph, signal }) {
    if (!entry.planned?.assigned) return undefined;
    const now = (await readPolicy(graph, signal)).permissionGrantPoliciesAssigned;
    if (sameList(now, entry.planned.assigned)) return true;
    return sameList(now, (entry.before as AuthorizationPolicySnapshot).permissionGrantPoliciesAssigned) ? false : undefined;
  },
  alters: [policyKeys.authorization()],
};

const CLASSIFICATION_DATA = [[...policyKeys.all(), 'classifications']] as const;

/** Names of a recorded classification change: the permission from the record when the log holds no name. */
const classificationNames = (entry: ActivityEntry, record: ClassificationRecord): ChangeNames => ({
  ...namesOf(entry),
  permission: entry.target.permission ?? record.permissionName,
});
const permissionOf = (c: { classification: Omit<ClassificationRecord, 'id'>; names: ChangeNames }) =>
  isolate(c.names.permission ?? c.classification.permissionName);

/** The API's classification of this permission now (by id, else by permission: one may have been re-created since). */
async function currentClassification(ctx: Pick<RunContext, 'graph' | 'signal'>, c: Omit<ClassificationRecord, 'id'> & { id?: string }) {
  const list = await listClassifications(ctx.graph, c.resourceId, ctx.signal);
  return list.find((x) => x.id === c.id) ?? list.find((x) => x.permissionId.toLowerCase() === c.permissionId.toLowerCase());
}

const listedNow = (ctx: RunContext, c: Omit<ClassificationRecord, 'id'>, listed: boolean) =>
  confirmWrite(async () => Boolean(await currentClassification(ctx, c)) === listed, ctx.policy, ctx.signal);

export const classifyPermission: ChangeKind<ChangeOf<'classify-permission'>> = {
  kind: 'classify-permission',
  operation: () => CHANGE_CLASSIFICATIONS,
  requirement: () => CLASSIFICATION_WRITE,
  // It reads the API's classifications first: a second run finds the first one's.
  retrySafe: true,
  describe: (c) => `Classify ${permissionOf(c)} of ${resourceOf(c.names)} as ${c.classification.classification} impact`,
  async run(c, ctx): Promise<Applied> {
    const existing = await currentClassification(ctx, c.classification);
    if (existing) return { outcome: 'already-done', before: null, after: null };
    const { resourceId, ...body } = c.classification;
    const created = await createClassification(ctx.graph, resourceId, body, ctx.signal);
    return { outcome: confirmed(await listedNow(ctx, c.classification, true)), before: null, after: { ...created, resourceId } };
  },
  parties: () => ({}),
  before: () => null,
  inverse(entry) {
    const record = entry.after as ClassificationRecord;
    return { kind: 'unclassify-permission', classification: record, names: classificationNames(entry, record) };
  },
  restorePreview: {
    operation: READ_CLASSIFICATIONS,
    async plan(entry, ctx): Promise<RestoreStep> {
      const record = entry.after as ClassificationRecord;
      if (!(await currentClassification(ctx, record))) return { kind: 'nothing', reason: 'The permission is not classified any more.' };
      return {
        kind: 'inverse',
        description: `${unclassifyPermission.describe({ kind: 'unclassify-permission', classification: record, names: classificationNames(entry, record) })}.`,
        differences: [],
      };
    },
  },
  planned: (c) => ({ classification: c.classification }),
  reconcile: async (entry, ctx) => (entry.planned?.classification ? Boolean(await currentClassification(ctx, entry.planned.classification)) : undefined),
  alters: CLASSIFICATION_DATA,
};

export const unclassifyPermission: ChangeKind<ChangeOf<'unclassify-permission'>> = {
  kind: 'unclassify-permission',
  operation: () => CHANGE_CLASSIFICATIONS,
  requirement: () => CLASSIFICATION_WRITE,
  retrySafe: true,
  describe: (c) => `Remove the ${c.classification.classification} impact classification of ${permissionOf(c)} of ${resourceOf(c.names)}`,
  async run(c, ctx): Promise<Applied> {
    const current = await currentClassification(ctx, c.classification);
    if (!current) return { outcome: 'already-done', before: c.classification, after: null };
    const before = { ...current, resourceId: c.classification.resourceId };
    await deleteClassification(ctx.graph, before.resourceId, before.id, ctx.signal);
    return { outcome: confirmed(await listedNow(ctx, before, false)), before, after: null };
  },
  parties: () => ({}),
  before: (c) => c.classification,
  inverse(entry) {
    const { id: _id, ...record } = entry.before as ClassificationRecord;
    return { kind: 'classify-permission', classification: record, names: classificationNames(entry, entry.before as ClassificationRecord) };
  },
  restorePreview: {
    operation: READ_CLASSIFICATIONS,
    async plan(entry, ctx): Promise<RestoreStep> {
      const { id: _id, ...record } = entry.before as ClassificationRecord;
      if (await currentClassification(ctx, record)) return { kind: 'nothing', reason: 'The permission is classified again already.' };
      return {
        kind: 'inverse',
        description: `${classifyPermission.describe({ kind: 'classify-permission', classification: record, names: classificationNames(entry, entry.before as ClassificationRecord) })}.`,
        differences: [],
      };
    },
  },
  reconcile: async (entry, ctx) => !(await currentClassification(ctx, entry.before as ClassificationRecord)),
  alters: CLASSIFICATION_DATA,
};
