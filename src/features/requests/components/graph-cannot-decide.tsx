/** The one sentence every part of the inbox uses: Graph reads requests but cannot decide them; the portal can. */
import { Link } from '@fluentui/react-components';

/** The portal page that approves or denies a request: Graph has no method for it. */
export const PORTAL_REQUESTS_URL = 'https://entra.microsoft.com/#view/Microsoft_AAD_IAM/StartboardApplicationsMenuBlade/~/AccessRequests';

export function GraphCannotDecide() {
  return (
    <>
      Microsoft Graph cannot mark a request approved or denied: approving here grants the permissions, and the request stays as Microsoft Entra reports it until
      a reviewer decides on it in the{' '}
      <Link href={PORTAL_REQUESTS_URL} target="_blank" rel="noreferrer">
        Microsoft Entra admin center (Admin consent requests)
      </Link>{' '}
      or it expires.
    </>
  );
}
