import type { Change } from '../../../changes/changes';

/** An action the admin asked for, to confirm in the change dialog. */
export interface ActionRequest {
  title: string;
  confirmLabel: string;
  changes: Change[];
}
