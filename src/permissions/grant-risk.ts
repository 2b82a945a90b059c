/**
 * The risk of what an app holds, the one rule the Applications list, an app's page and a user's page
 * share (docs/risk.md). A delegated grant is judged as a whole: its riskiest scope, one tier higher when
 * a phishing-prone scope comes with offline_access in the same grant. An application permission is
 * judged on its own. An app's risk is the highest of its grants' and application permissions': how many
 * users consented is shown beside it, never added to it. Microsoft's privilege levels rate Microsoft
 * Graph's permissions only; another API's scopes are judged by their names.
 */
import { isGraphAppId } from '../graph/microsoft-graph';
import type { PermissionCatalog } from './catalog';
import { assessPermission, isPhishingProne, raiseTier, RISK_ORDER, type RiskAssessment } from './risk';
import { splitScopes } from './scopes';

type ResourceAppId = string | null | undefined;

/** A delegated grant's scope string, on the API with this appId. */
export interface HeldGrant {
  scope: string;
  resourceAppId: ResourceAppId;
}

/** An application permission (an app role's value), on the API with this appId. */
export interface HeldAppPermission {
  value: string;
  resourceAppId: ResourceAppId;
}

/** What an app holds. */
export interface HeldPermissions {
  grants: readonly HeldGrant[];
  appPermissions: readonly HeldAppPermission[];
}

export interface RiskRater {
  /** One delegated scope. */
  scope(value: string, resourceAppId: ResourceAppId): RiskAssessment;
  /** One delegated grant: its scopes together. */
  grant(scope: string, resourceAppId: ResourceAppId): RiskAssessment;
  /** One application permission (an app role's value). */
  appPermission(value: string, resourceAppId: ResourceAppId): RiskAssessment;
  /** An app: the highest risk of what it holds. */
  app(held: HeldPermissions): RiskAssessment;
}

const NOTHING: RiskAssessment = { tier: 'low', reasons: [] };

/** The highest of these assessments, with its reasons (the first of equals); low when there are none. */
export function highestRisk(assessments: Iterable<RiskAssessment>): RiskAssessment {
  let highest = NOTHING;
  for (const one of assessments) if (RISK_ORDER.indexOf(one.tier) > RISK_ORDER.indexOf(highest.tier)) highest = one;
  return highest;
}

/**
 * Rates with Microsoft's privilege levels from `catalog` (without it, Graph's unrated permissions count
 * as unrated). Assessments are remembered: a tenant's grants repeat the same scope strings.
 */
export function riskRater(catalog?: PermissionCatalog): RiskRater {
  const known = new Map<string, RiskAssessment>();
  const remembered = (key: string, assess: () => RiskAssessment) => {
    let assessment = known.get(key);
    if (!assessment) known.set(key, (assessment = assess()));
    return assessment;
  };
  const levelOf = (value: string, type: 'delegated' | 'application', resourceAppId: ResourceAppId) =>
    isGraphAppId(resourceAppId) ? catalog?.[type](value)?.privilegeLevel : undefined;

  const scope = (value: string, resourceAppId: ResourceAppId) =>
    remembered(`scope|${isGraphAppId(resourceAppId)}|${value.toLowerCase()}`, () =>
      assessPermission({ value, type: 'delegated', privilegeLevel: levelOf(value, 'delegated', resourceAppId) }),
    );

  const grant = (scopeString: string, resourceAppId: ResourceAppId) =>
    remembered(`grant|${isGraphAppId(resourceAppId)}|${scopeString}`, () => {
      const scopes = splitScopes(scopeString);
      const riskiest = highestRisk(scopes.map((value) => scope(value, resourceAppId)));
      const keepsAccess = scopes.some((s) => s.toLowerCase() === 'offline_access') && scopes.some(isPhishingProne);
      if (!keepsAccess) return riskiest;
      return {
        tier: raiseTier(riskiest.tier),
        reasons: [...riskiest.reasons, 'With offline_access the app keeps this access after the user signs out.'],
      };
    });

  const appPermission = (value: string, resourceAppId: ResourceAppId) =>
    remembered(`app-role|${isGraphAppId(resourceAppId)}|${value.toLowerCase()}`, () =>
      assessPermission({ value, type: 'application', privilegeLevel: levelOf(value, 'application', resourceAppId) }),
    );

  const app = ({ grants, appPermissions }: HeldPermissions) =>
    highestRisk([...grants.map((g) => grant(g.scope, g.resourceAppId)), ...appPermissions.map((p) => appPermission(p.value, p.resourceAppId))]);

  return { scope, grant, appPermission, app };
}
