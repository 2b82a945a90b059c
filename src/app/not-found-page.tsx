import { PageHeader } from '../ui/page-header';
import { RouterLink } from '../ui/router-link';

export function NotFoundPage() {
  return (
    <>
      <PageHeader title="Page not found" description="This address does not match a screen of the console." />
      <RouterLink to="/">Go to Home</RouterLink>
    </>
  );
}
