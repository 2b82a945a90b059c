// Every Graph route, compiled once (compilation checks each against the permission map).
import { classificationRoutes } from './classifications.ts';
import { consentRequestRoutes } from './consent-requests.ts';
import { consentSettingsRoutes } from './consent-settings.ts';
import { directoryRoutes } from './directory.ts';
import { grantRoutes } from './grants.ts';
import { groupRoutes } from './groups.ts';
import { permissionGrantPolicyRoutes } from './permission-grant-policies.ts';
import { servicePrincipalRoutes } from './service-principals.ts';
import { compile, type CompiledRoute } from './table.ts';
import { userRoutes } from './users.ts';

export const ROUTES: readonly CompiledRoute[] = [
  ...userRoutes,
  ...groupRoutes,
  ...servicePrincipalRoutes,
  ...classificationRoutes,
  ...grantRoutes,
  ...directoryRoutes,
  ...consentRequestRoutes,
  ...consentSettingsRoutes,
  ...permissionGrantPolicyRoutes,
].map(compile);
