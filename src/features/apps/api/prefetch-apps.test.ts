import type { AccountInfo, IPublicClientApplication } from '@azure/msal-browser';
import { describe, expect, it } from 'vitest';
import { createQueryClient } from '../../../app/query-client';
import { lazyPage } from '../../../app/lazy-page';
import { authKeys } from '../../../auth/current-token';
import { ROLE_IDS } from '../../../auth/directory-roles';
import type { GraphClient } from '../../../graph/graph-client';
import { graphKeys } from '../../../graph/keys';
import { prefetchAppsScreen } from './prefetch-apps';

const ACCOUNT = { homeAccountId: 'home-1', username: 'admin@contoso.example' } as AccountInfo;

function jwt(claims: Record<string, unknown>): string {
  const encode = (value: object) => btoa(JSON.stringify(value)).replace(/=+$/, '').replace(/\+/g, '-').replace(/\//g, '_');
  return `${encode({ alg: 'none' })}.${encode(claims)}.`;
}

/** MSAL with a cached token carrying these directory roles, for any scopes. */
function fakeMsal(roles: string[], account: AccountInfo | null = ACCOUNT): IPublicClientApplication {
  const accessToken = jwt({ scp: 'User.Read Application.Read.All Directory.Read.All', wids: roles });
  return {
    getActiveAccount: () => account,
    acquireTokenSilent: async () => ({ accessToken }),
  } as unknown as IPublicClientApplication;
}

/** A Graph client that notes what it is asked (path and body) and never answers. */
function recordingGraph() {
  const asked: string[] = [];
  let firstRequest: () => void = () => undefined;
  const requested = new Promise<void>((resolve) => (firstRequest = resolve));
  const note = (pathOrUrl: string, init: object) => {
    asked.push(`${pathOrUrl} ${'body' in init ? JSON.stringify(init.body) : ''}`);
    firstRequest();
    return new Promise<never>(() => undefined);
  };
  const graph: GraphClient = {
    baseUrl: 'https://graph.example/v1.0',
    request: note,
    requestPage: note,
    requestWatchingHead: note,
  };
  return { graph, asked, requested };
}

describe('prefetchAppsScreen', () => {
  it('requests the first inventory page at start-up while the screen’s code is still loading', async () => {
    const { graph, asked, requested } = recordingGraph();
    const queryClient = createQueryClient();
    let chunkAsked = false;
    // The screen's chunk is asked for but never arrives in this test: nothing may wait for it.
    const Page = lazyPage(
      () => {
        chunkAsked = true;
        return new Promise<never>(() => undefined);
      },
      async () => prefetchAppsScreen,
    );
    Page.preload();
    void Page.prefetch({ pca: fakeMsal([ROLE_IDS.globalReader]), queryClient, graph });
    await requested;
    expect(chunkAsked).toBe(true);
    expect(asked.join('\n')).toMatch(/servicePrincipals\?/);
    // The role gate's token query is answered already, and the inventory is in flight under the screen's key.
    expect(queryClient.getQueryData(authKeys.graphToken(ACCOUNT.homeAccountId))).toMatchObject({ roleTemplateIds: [ROLE_IDS.globalReader] });
    expect(queryClient.isFetching({ queryKey: graphKeys.inventory(), exact: true })).toBeGreaterThan(0);
  });

  it('requests nothing from Graph when the account’s roles do not allow the inventory’s reads', async () => {
    const { graph, asked } = recordingGraph();
    await prefetchAppsScreen({ pca: fakeMsal([]), queryClient: createQueryClient(), graph });
    expect(asked).toEqual([]);
  });

  it('requests nothing from Graph when no one is signed in', async () => {
    const { graph, asked } = recordingGraph();
    await prefetchAppsScreen({ pca: fakeMsal([ROLE_IDS.globalReader], null), queryClient: createQueryClient(), graph });
    expect(asked).toEqual([]);
  });
});
