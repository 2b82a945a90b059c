import { Spinner } from '@fluentui/react-components';

export function Loading({ label }: { label: string }) {
  return <Spinner size="small" labelPosition="after" label={label} />;
}
