import { useEffect, useState } from 'react';

/**
 * Runs an action that leaves the page (a redirect to the identity platform) and reports it as
 * pending; pending ends when the action fails or the page is restored from the back/forward cache.
 */
export function useRedirectAction(action: () => Promise<void>) {
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<unknown>(null);

  useEffect(() => {
    const onPageShow = (event: PageTransitionEvent) => {
      if (event.persisted) setPending(false);
    };
    window.addEventListener('pageshow', onPageShow);
    return () => window.removeEventListener('pageshow', onPageShow);
  }, []);

  const run = () => {
    setPending(true);
    setError(null);
    action().catch((e: unknown) => {
      setPending(false);
      setError(e);
    });
  };
  return { run, pending, error };
}
