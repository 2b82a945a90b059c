import { Body1, FluentProvider, makeStyles, Title2, webLightTheme } from '@fluentui/react-components';
import { Surface } from '../ui/surface';

const useStyles = makeStyles({
  root: { minHeight: '100vh', display: 'grid', placeItems: 'center', padding: '24px' },
  panel: { maxWidth: '560px' },
});

/** Shown when the console cannot start: missing live configuration or no emulator in demo mode. */
export function StartupError({ message }: { message: string }) {
  return (
    <FluentProvider theme={webLightTheme}>
      <StartupErrorBody message={message} />
    </FluentProvider>
  );
}

function StartupErrorBody({ message }: { message: string }) {
  const styles = useStyles();
  return (
    <main className={styles.root}>
      <Surface className={styles.panel}>
        <Title2 as="h1">The console cannot start</Title2>
        <Body1 role="alert">{message}</Body1>
      </Surface>
    </main>
  );
}
