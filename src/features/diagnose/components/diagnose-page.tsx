import { Card, makeStyles, tokens } from '@fluentui/react-components';
import { useCallback } from 'react';
import { useSearchParams } from 'react-router';
import { PageHeader } from '../../../ui/page-header';
import { RouterLink } from '../../../ui/router-link';
import type { ScreenInfo } from '../../../ui/screen-info';
import { SectionHeading } from '../../../ui/section-heading';
import { useApiMap } from '../api/use-verdict';
import { ApiCatalogue } from './api-catalogue';
import { ApiStatusTable } from './api-status-table';
import { DiagnosisPanel } from './diagnosis-panel';
import { RequestForm } from './request-form';

const useStyles = makeStyles({
  sections: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL },
  card: { padding: tokens.spacingHorizontalXL, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
});

/** Why does a Graph call fail? /diagnose?method=GET&path=/me/messages is a deep link to one request. */
export function DiagnosePage({ screens }: { screens: readonly ScreenInfo[] }) {
  const styles = useStyles();
  const [params, setParams] = useSearchParams();
  const method = (params.get('method') ?? 'GET').toUpperCase();
  const path = params.get('path') ?? '';
  const map = useApiMap();
  const api = path && map.data ? map.data.lookup(method, path) : undefined;
  const autoRun = params.get('run') === '1';
  const onAutoRunDone = useCallback(
    () =>
      setParams(
        (p) => {
          const next = new URLSearchParams(p);
          next.delete('run');
          return next;
        },
        { replace: true },
      ),
    [setParams],
  );

  return (
    <>
      <PageHeader
        title="Diagnose"
        description={
          <>
            Why does a Microsoft Graph call answer 401 or 403? Pick an API or paste a request, then run it with your token or paste the failing response. The
            decoded tokens are on the <RouterLink to="/diagnose/token">Token inspector</RouterLink>.
          </>
        }
      />
      <div className={styles.sections}>
        <Card className={styles.card} aria-labelledby="request-heading">
          <SectionHeading id="request-heading">Request</SectionHeading>
          <RequestForm key={`${method} ${path}`} method={method} path={path} onSubmit={(m, p) => setParams({ method: m, path: p })} />
          <ApiCatalogue />
        </Card>
        {path && map.data ? (
          <DiagnosisPanel key={`${method} ${path}`} method={method} url={path} api={api} autoRun={autoRun} onAutoRunDone={onAutoRunDone} />
        ) : null}
        <Card className={styles.card} aria-labelledby="status-heading">
          <SectionHeading id="status-heading">The console's APIs for you</SectionHeading>
          <ApiStatusTable screens={screens} />
        </Card>
      </div>
    </>
  );
}
