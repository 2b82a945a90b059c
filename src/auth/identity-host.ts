import type { AuthSettings } from './auth-config';

/**
 * The origin of the identity platform's endpoints, for links the console builds itself (admin consent).
 * In demo mode MSAL's authority stays https://login.microsoftonline.com while the endpoints live on the
 * emulator: they come from the inline authority metadata.
 */
export function identityAuthorityHost(settings: Pick<AuthSettings, 'authority' | 'authorityMetadata'>): string {
  if (settings.authorityMetadata) {
    try {
      const metadata = JSON.parse(settings.authorityMetadata) as { authorization_endpoint?: unknown };
      if (typeof metadata.authorization_endpoint === 'string') return new URL(metadata.authorization_endpoint).origin;
    } catch {
      // Fall back to the authority below.
    }
  }
  return new URL(settings.authority).origin;
}
