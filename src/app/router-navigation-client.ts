import { NavigationClient, type NavigationOptions } from '@azure/msal-browser';

type Navigate = (to: string, options: { replace: boolean }) => Promise<void> | void;

/** Lets MSAL navigate inside the console through the router instead of reloading the page. */
export class RouterNavigationClient extends NavigationClient {
  constructor(private readonly navigate: Navigate) {
    super();
  }

  override async navigateInternal(url: string, options: NavigationOptions): Promise<boolean> {
    const target = new URL(url, window.location.origin);
    if (target.origin !== window.location.origin) return super.navigateInternal(url, options);
    await this.navigate(`${target.pathname}${target.search}${target.hash}`, { replace: options.noHistory });
    return false;
  }
}
