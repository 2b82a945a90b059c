import { Body1, makeStyles, Title2, tokens } from '@fluentui/react-components';
import type { ReactNode } from 'react';

const useStyles = makeStyles({
  header: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS, marginBottom: tokens.spacingVerticalL },
  title: { margin: 0, overflowWrap: 'anywhere' },
  description: { color: tokens.colorNeutralForeground2, maxWidth: '70ch', margin: 0 },
});

export function PageHeader({ title, description }: { title: string; description?: ReactNode }) {
  const styles = useStyles();
  return (
    <header className={styles.header}>
      <Title2 as="h1" block className={styles.title}>
        {title}
      </Title2>
      {description ? (
        <Body1 as="p" block className={styles.description}>
          {description}
        </Body1>
      ) : null}
    </header>
  );
}
