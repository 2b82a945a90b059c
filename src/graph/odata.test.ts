import { describe, expect, it } from 'vitest';
import { getServicePrincipalByAppId, loadAppConsentState } from './app-consent';
import { loadClientGrantFacts } from './client-grant-facts';
import { createGraphClient } from './graph-client';
import { consentEventsFirstPage } from './list-user-consent-events';
import { odataString } from './odata';
import { findGrant } from './read-grants';
import { fakeTransport, jsonResponse } from '../test-support/fake-transport';

const HOSTILE = "x' or 1 eq 1";
const QUOTED = "'x'' or 1 eq 1'";

/** A Graph that answers every read with one empty (or id-only) object, recording what was asked. */
function recordingGraph(id: string) {
  const transport = fakeTransport((request) => jsonResponse(new URL(request.url).pathname.includes('(appId=') ? { id } : { value: [] }));
  return { transport, graph: createGraphClient({ graphBaseUrl: 'http://graph.test', getToken: async () => 't', transport }) };
}

const filters = (urls: readonly string[]) => urls.map((u) => new URL(u).searchParams.get('$filter')).filter((f) => f !== null);
const keyLookups = (urls: readonly string[]) => urls.map((u) => decodeURIComponent(new URL(u).pathname)).filter((p) => p.includes('(appId='));

describe('odataString', () => {
  it('doubles quotes, so a value never closes its literal', () => {
    expect(odataString("O'Brien")).toBe("'O''Brien'");
    expect(odataString(HOSTILE)).toBe(QUOTED);
    expect(odataString("''")).toBe("''''''");
    expect(odataString('plain')).toBe("'plain'");
  });
});

describe('every $filter and key built from data quotes it', () => {
  it("a user's consent events", () => {
    expect(filters([`http://x${consentEventsFirstPage(HOSTILE)}`])).toEqual([
      `initiatedBy/user/id eq ${QUOTED} and activityDisplayName eq 'Consent to application'`,
    ]);
  });

  it('finding a grant by its client, resource, consent type and principal', async () => {
    const { graph, transport } = recordingGraph('');
    await findGrant(graph, { clientId: HOSTILE, resourceId: "O'Brien", consentType: 'Principal', principalId: HOSTILE });
    expect(filters(transport.requests.map((r) => r.url))).toEqual([
      `clientId eq ${QUOTED} and resourceId eq 'O''Brien' and consentType eq 'Principal' and principalId eq ${QUOTED}`,
    ]);
  });

  it("an app's consent state, by appId and then by its service principal's id", async () => {
    const { graph, transport } = recordingGraph(HOSTILE);
    await getServicePrincipalByAppId(graph, HOSTILE);
    await loadAppConsentState(graph, HOSTILE);
    const urls = transport.requests.map((r) => r.url);
    expect(keyLookups(urls)).toEqual([`/v1.0/servicePrincipals(appId=${QUOTED})`, `/v1.0/servicePrincipals(appId=${QUOTED})`]);
    expect(filters(urls)).toEqual([`clientId eq ${QUOTED}`]);
  });

  it("the console's own grants, for Diagnose", async () => {
    const { graph, transport } = recordingGraph(HOSTILE);
    await loadClientGrantFacts(graph, HOSTILE);
    const urls = transport.requests.map((r) => r.url);
    expect(keyLookups(urls)).toContain(`/v1.0/servicePrincipals(appId=${QUOTED})`);
    expect(filters(urls)).toEqual([`clientId eq ${QUOTED}`]);
  });
});
