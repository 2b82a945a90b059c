/** Microsoft Graph as a resource application: the same in every tenant. */

/** Microsoft Graph's appId (its service principal's appId in every tenant). */
export const GRAPH_APP_ID = '00000003-0000-0000-c000-000000000000';

/** The audiences (aud claims) a token for Microsoft Graph carries. */
export const GRAPH_AUDIENCES: readonly string[] = [GRAPH_APP_ID, 'https://graph.microsoft.com'];

export const isGraphAppId = (appId: string | null | undefined): boolean => appId?.toLowerCase() === GRAPH_APP_ID;
