import { InteractionRequiredAuthError, type IPublicClientApplication } from '@azure/msal-browser';
import { explainAuthError } from './aadsts';
import { ConsentRequiredError } from './consent-required-error';

type TokenSource = Pick<IPublicClientApplication, 'getActiveAccount' | 'acquireTokenSilent'>;

/**
 * Token provider for the Graph client: a token for exactly these scopes from MSAL's cache or refresh
 * token; when the identity platform wants interaction, a ConsentRequiredError for these scopes.
 */
export function graphTokenProvider(pca: TokenSource) {
  return async (scopes: readonly string[]): Promise<string> => {
    const account = pca.getActiveAccount();
    if (!account) throw new ConsentRequiredError(scopes);
    try {
      const result = await pca.acquireTokenSilent({ scopes: [...scopes], account });
      if (!result.accessToken) throw new ConsentRequiredError(scopes);
      return result.accessToken;
    } catch (error) {
      if (error instanceof InteractionRequiredAuthError) {
        throw new ConsentRequiredError(scopes, explainAuthError(error));
      }
      throw error;
    }
  };
}
