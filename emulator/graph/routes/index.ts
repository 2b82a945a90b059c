// Every Graph route, compiled once (compilation checks each against the permission map): v1.0, and the
// beta routes the emulator models (sign-in-activity.ts).
import { applicationRoutes } from './applications.ts';
import { classificationRoutes } from './classifications.ts';
import { consentRequestRoutes } from './consent-requests.ts';
import { consentSettingsRoutes } from './consent-settings.ts';
import { directoryRoutes } from './directory.ts';
import { grantRoutes } from './grants.ts';
import { groupRoutes } from './groups.ts';
import { organizationRoutes } from './organization.ts';
import { permissionGrantPolicyRoutes } from './permission-grant-policies.ts';
import { betaRoutes } from './sign-in-activity.ts';
import { servicePrincipalRoutes } from './service-principals.ts';
import { compile, type CompiledRoute } from './table.ts';
import { userRoutes } from './users.ts';

export const ROUTES: readonly CompiledRoute[] = [
  ...userRoutes,
  ...groupRoutes,
  ...servicePrincipalRoutes,
  ...applicationRoutes,
  ...classificationRoutes,
  ...grantRoutes,
  ...directoryRoutes,
  ...organizationRoutes,
  ...consentRequestRoutes,
  ...consentSettingsRoutes,
  ...permissionGrantPolicyRoutes,
].map(compile);

export const BETA_ROUTES: readonly CompiledRoute[] = betaRoutes.map(compile);
