import { Badge, makeStyles, tokens } from '@fluentui/react-components';
import { EyeOffRegular, TextChangeCaseRegular } from '@fluentui/react-icons';
import type { ReactElement } from 'react';
import { NAME_WARNING_LABEL, nameWarnings, revealHidden, type NameWarning } from '../permissions/names';
import { publisherOf, type PublisherFacts } from '../permissions/publisher';
import { PublisherBadge } from './publisher-badge';

const useStyles = makeStyles({
  row: { display: 'inline-flex', alignItems: 'center', gap: tokens.spacingHorizontalS, flexWrap: 'wrap', overflowWrap: 'anywhere', minWidth: 0 },
  publisher: { color: tokens.colorNeutralForeground2 },
});

const ICON: Record<NameWarning, ReactElement> = {
  invisible: <EyeOffRegular aria-hidden />,
  lookalike: <TextChangeCaseRegular aria-hidden />,
};

/**
 * A directory name as text: isolated (`<bdi>`: its direction controls stay inside it), its hidden
 * characters spelled out in the tooltip. Use it wherever a name goes into JSX, a sentence included.
 */
export function Name({ name, fallback = '(no name)' }: { name: string | null | undefined; fallback?: string }) {
  const text = name || fallback;
  const revealed = revealHidden(text);
  return <bdi title={revealed !== text ? revealed : undefined}>{text}</bdi>;
}

/** Badges saying how a name imitates another (hidden characters, lookalike letters); nothing for an honest name. */
export function NameWarnings({ name }: { name: string | null | undefined }) {
  const warnings = nameWarnings(name ?? '');
  if (warnings.length === 0) return null;
  return (
    <>
      {warnings.map((warning) => (
        <Badge key={warning} appearance="tint" color="danger" icon={ICON[warning]} title={NAME_WARNING_LABEL[warning].explanation}>
          {NAME_WARNING_LABEL[warning].label}
        </Badge>
      ))}
    </>
  );
}

/** The publisher beside a name: who vouches for it, and the name the app gives for it. */
export function PublisherOf({ app, tenantId }: { app: PublisherFacts; tenantId: string }) {
  const styles = useStyles();
  const publisher = publisherOf(app, tenantId);
  return (
    <span className={styles.row}>
      <PublisherBadge kind={publisher.kind} />
      {publisher.kind === 'microsoft' ? null : (
        <span className={styles.publisher}>
          <Name name={publisher.name} />
        </span>
      )}
      <NameWarnings name={publisher.name} />
    </span>
  );
}

/**
 * An app as every screen and picker names it, so that two apps called "Microsoft Graph" never look the
 * same: the name (isolated), what makes it a lookalike, and — unless the screen shows it in a column of
 * its own (`publisher={false}`) — who publishes it.
 */
export function AppName({ app, tenantId, publisher = true }: { app: PublisherFacts & { displayName: string }; tenantId: string; publisher?: boolean }) {
  const styles = useStyles();
  return (
    <span className={styles.row}>
      <Name name={app.displayName} />
      <NameWarnings name={app.displayName} />
      {publisher ? <PublisherOf app={app} tenantId={tenantId} /> : null}
    </span>
  );
}
