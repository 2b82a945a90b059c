import { Body1, Card, FluentProvider, Title2, webLightTheme } from '@fluentui/react-components';

/** Shown when the console cannot start: missing live configuration or no emulator in demo mode. */
export function StartupError({ message }: { message: string }) {
  return (
    <FluentProvider theme={webLightTheme}>
      <main style={{ minHeight: '100vh', display: 'grid', placeItems: 'center', padding: 24 }}>
        <Card style={{ maxWidth: 560, padding: 32 }}>
          <Title2 as="h1">The console cannot start</Title2>
          <Body1 role="alert">{message}</Body1>
        </Card>
      </main>
    </FluentProvider>
  );
}
