// Every Graph route, compiled once (compilation checks each against the permission map).
import { directoryRoutes } from './directory.ts';
import { grantRoutes } from './grants.ts';
import { groupRoutes } from './groups.ts';
import { servicePrincipalRoutes } from './service-principals.ts';
import { compile, type CompiledRoute } from './table.ts';
import { userRoutes } from './users.ts';

export const ROUTES: readonly CompiledRoute[] = [...userRoutes, ...groupRoutes, ...servicePrincipalRoutes, ...grantRoutes, ...directoryRoutes].map(compile);
