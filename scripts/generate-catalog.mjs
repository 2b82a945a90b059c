#!/usr/bin/env node
// Generates the permission catalogue the console reads (the emulator generates its own: generate-emulator-rules.mjs), from the reference data in
// ../shared/data. Run it (npm run generate) when that data changes, and commit the output: nothing in
// the product or its tests reads ../shared.
import { generatorIO } from './lib/generator-io.mjs';

const { read, write } = generatorIO('src/permissions/catalog', (data) => JSON.stringify(data, null, 0).replace(/\},\{/g, '},\n{'));

// Every Graph delegated scope and app role, as the Microsoft Graph service principal publishes them.
const permissions = read('graph-permissions.json').map((p) => ({
  id: p.id,
  value: p.value,
  type: p.type,
  isAdmin: p.isAdmin,
  isEnabled: p.isEnabled,
  adminConsentDisplayName: p.adminConsentDisplayName,
  adminConsentDescription: p.adminConsentDescription,
  ...(p.type === 'delegated' ? { userConsentDisplayName: p.userConsentDisplayName, userConsentDescription: p.userConsentDescription } : {}),
  ...(p.privilegeLevel ? { privilegeLevel: p.privilegeLevel } : {}),
}));
write('graph-permissions.json', permissions);

// The Graph v1.0 API → permission map: "METHOD /path" → { d: delegated (work) list, a: application list,
// ld/la: how many leading entries are least-privileged (omitted when 1), r: alsoRequires }.
const map = read('graph-api-permissions.json');
const api = {};
for (const [key, entry] of Object.entries(map)) {
  if (!entry.v1) continue;
  const out = {};
  if (entry.DelegatedWork) out.d = entry.DelegatedWork;
  if (entry.Application) out.a = entry.Application;
  if (entry.least?.DelegatedWork !== undefined) out.ld = entry.least.DelegatedWork;
  if (entry.least?.Application !== undefined) out.la = entry.least.Application;
  if (entry.alsoRequires) {
    out.r = {};
    if (entry.alsoRequires.DelegatedWork) out.r.d = entry.alsoRequires.DelegatedWork;
    if (entry.alsoRequires.Application) out.r.a = entry.alsoRequires.Application;
  }
  if (out.d || out.a) api[key] = out;
}
write('graph-api-permissions.json', api);
console.log(`${permissions.length} permissions, ${Object.keys(api).length} v1.0 API keys`);

// Microsoft's documented rules for the console's Graph calls: per v1.0 "METHOD /path" key, the
// delegated permission sets (`d`: the call is allowed with every permission of any one set) and the
// directory roles a signed-in user needs in delegated calls (`roles`: template ids in the docs' order;
// null when the page names none, so any member may call it). `rolesGraphAppRoles`: the roles that may
// do it when the app role belongs to Microsoft Graph itself (the docs name them in a role condition).
// `roleNames`: template id → Microsoft's display name, for every role the rules name.
const rules = read('graph-api-rules.json');
const roleIdByName = new Map(
  Object.entries(rules.roles)
    .filter(([, role]) => role.roleTemplateId)
    .map(([name, role]) => [name, role.roleTemplateId.toLowerCase()]),
);
// A role without a template id cannot be matched against a token's `wids`: it is left out.
const roleIds = (names) => names.map((name) => roleIdByName.get(name)).filter(Boolean);
const GRAPH_APP_ROLE_CONDITION = /app roles of Microsoft Graph/i;
const apiRules = {};
for (const [key, entry] of Object.entries(rules.apis)) {
  const out = { d: entry.delegated?.anyOf ?? null, roles: entry.roles ? roleIds(entry.roles) : null };
  const graphAppRoleNames = Object.entries(entry.roleConditions ?? {})
    .filter(([, condition]) => GRAPH_APP_ROLE_CONDITION.test(condition))
    .map(([name]) => name);
  if (graphAppRoleNames.length > 0) out.rolesGraphAppRoles = roleIds(graphAppRoleNames);
  apiRules[key] = out;
}
const roleNames = Object.fromEntries([...roleIdByName].map(([name, id]) => [id, name]));
write('graph-api-rules.json', { apis: apiRules });
// Its own file: every screen names roles, and the first page load should not carry the API table with the names.
write('graph-role-names.json', { roleNames });
console.log(`${Object.keys(apiRules).length} API rules, ${Object.keys(roleNames).length} directory roles`);
