#!/usr/bin/env node
// Generates the tenant emulator's own rule data from the reference data in ../shared/data: the Microsoft
// Graph permission catalogue, the v1.0 devx API → permission map, and — from graph-api-rules.json — the
// documented permissions (anyOf sets), directory roles, throttling costs and limits per Graph call.
// Run it (npm run generate:emulator) when that data changes and commit emulator/rules/: nothing in the
// emulator or its tests reads ../shared, and the emulator never reads the console's generated files.
import { generatorIO } from './lib/generator-io.mjs';

const { read, write } = generatorIO('emulator/rules', (data) => JSON.stringify(data).replace(/\},"/g, '},\n"').replace(/\},\{/g, '},\n{'));

// Microsoft Graph's published delegated scopes and app roles (what the demo tenant's Graph SP carries).
function permissionCatalogue() {
  return read('graph-permissions.json').map((p) => ({
    id: p.id,
    value: p.value,
    type: p.type,
    isAdmin: p.isAdmin,
    isEnabled: p.isEnabled,
    adminConsentDisplayName: p.adminConsentDisplayName,
    adminConsentDescription: p.adminConsentDescription,
    ...(p.type === 'delegated' ? { userConsentDisplayName: p.userConsentDisplayName, userConsentDescription: p.userConsentDescription } : {}),
  }));
}

// The devx map, v1.0 keys only: the fallback for Graph calls graph-api-rules.json does not document.
function devxMap() {
  const out = {};
  for (const [key, entry] of Object.entries(read('graph-api-permissions.json'))) {
    if (!entry.v1 || (!entry.DelegatedWork && !entry.Application)) continue;
    const e = {};
    if (entry.DelegatedWork) e.d = entry.DelegatedWork;
    if (entry.Application) e.a = entry.Application;
    if (entry.alsoRequires?.DelegatedWork || entry.alsoRequires?.Application) {
      e.r = {};
      if (entry.alsoRequires.DelegatedWork) e.r.d = entry.alsoRequires.DelegatedWork;
      if (entry.alsoRequires.Application) e.r.a = entry.alsoRequires.Application;
    }
    out[key] = e;
  }
  return out;
}

/** "5 requests per 10 seconds" → { requests: 5, windowSeconds: 10 }; anything else is a data change to look at. */
function perWindow(text, where) {
  const m = /^([\d,]+) requests per ([\d,]+) seconds$/.exec(text ?? '');
  if (!m) throw new Error(`${where}: cannot read the limit "${text}"`);
  return { requests: Number(m[1].replace(/,/g, '')), windowSeconds: Number(m[2].replace(/,/g, '')) };
}

/** Permission sets of one scheme: anyOf, or false when the docs say the scheme is not supported. */
function schemeSets(scheme) {
  if (!scheme || scheme.supported === false) return false;
  return scheme.anyOf;
}

/** "User.Read / User.ReadWrite only cover the signed-in user …" → ['User.Read', 'User.ReadWrite']. */
function selfOnly(note) {
  const m = /^(.+?) only cover the signed-in user/.exec(note ?? '');
  return m ? m[1].split('/').map((s) => s.trim()) : undefined;
}

/** The docs page a key comes from, as graph-api-rules.json names it ("json-batching (concept)" is a concepts page). */
function docPath(docPage, version) {
  const concept = /^(.+) \(concept\)$/.exec(docPage);
  return concept ? `concepts/${concept[1]}.md` : `api-reference/${version}/api/${docPage}.md`;
}

function throttle(t, key) {
  if (!t) return { service: 'unknown' };
  if (t.service === 'identityAndAccess') return { service: t.service, cost: t.baseResourceUnitCost, writeCost: t.writeCost };
  if (t.service === 'identityAndAccessReports') return { service: t.service, ...perWindow(t.limitPerAppPerTenant, key) };
  return { service: t.service };
}

function apiRules(rules, entries, version) {
  const idOf = (name) => {
    if (!(name in rules.roles)) throw new Error(`role "${name}" is not in the roles table`);
    return rules.roles[name].roleTemplateId;
  };
  const ids = (names) => names.map(idOf).filter(Boolean);
  const apis = {};
  for (const [key, e] of Object.entries(entries)) {
    const out = { source: docPath(e.docPage, version), d: schemeSets(e.delegated), a: schemeSets(e.application) };
    const self = selfOnly(e.delegated?.note);
    if (self) out.selfOnly = self;
    out.roles = e.roles ? ids(e.roles) : null;
    out.roleNames = e.roles ?? null;
    // Microsoft Graph's (and Azure AD Graph's) own app roles: only the roles whose condition names them.
    const graphAppRoles = Object.entries(e.roleConditions ?? {}).filter(([, condition]) => /app roles of Microsoft Graph/i.test(condition));
    if (graphAppRoles.length) out.graphAppRoles = ids(graphAppRoles.map(([name]) => name));
    if ((e.behaviour ?? []).some((b) => /^Guests get 403/i.test(b))) out.guests = false;
    out.throttle = throttle(e.throttling, key);
    apis[key] = out;
  }
  return apis;
}

/** The cost table as "METHOD /path" keys (me/… costs also apply to users/{id}/…, as the page says). */
function costTable(t) {
  const costs = {};
  for (const [method, path, cost, writeCost] of t.costTable) {
    if (path.startsWith('(')) continue;
    const key = `${method} /${path.toLowerCase().replace(/\{[^}]+\}/g, '{id}')}`;
    costs[key] = [cost, writeCost];
    if (path.startsWith('me/')) costs[key.replace(' /me/', ' /users/{id}/')] ??= [cost, writeCost];
  }
  const fallback = Object.fromEntries(t.costTable.filter(([, path]) => path.startsWith('(')).map(([method, , cost, writeCost]) => [method, [cost, writeCost]]));
  return { costs, fallback };
}

function throttling(concepts) {
  const t = concepts.throttling.identityAndAccess;
  const m = t.modifiers;
  const { costs, fallback } = costTable(t);
  return {
    costs,
    defaultCosts: fallback,
    modifiers: { select: m.$select, expand: m.$expand, topBelow20: m['$top<20'], minimum: m.minimumCost },
    reports: perWindow(concepts.throttling.identityAndAccessReports.perAppPerTenant, 'reports'),
  };
}

const permissions = permissionCatalogue();
write('graph-permissions.json', permissions);
const map = devxMap();
write('graph-api-permissions.json', map);
const rules = read('graph-api-rules.json');
const roles = Object.fromEntries(Object.entries(rules.roles).map(([name, r]) => [name, r.roleTemplateId]));
const apis = apiRules(rules, rules.apis, 'v1.0');
// The beta calls the emulator models (keys without the /beta prefix, as the reference data writes them).
const beta = apiRules(rules, rules.beta, 'beta');
write('graph-api-rules.json', { roles, apis, beta, throttling: throttling(rules.concepts) });
console.log(
  `${permissions.length} permissions, ${Object.keys(map).length} devx v1.0 keys, ${Object.keys(apis).length} documented keys, ${Object.keys(roles).length} roles`,
);
