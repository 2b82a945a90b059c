/**
 * Restoring a change is a change: the one change dialog runs the entry's inverse (only what the change
 * removed) as its restore, with the restore preview — read from the tenant now — as its body. Nothing can
 * be confirmed before the preview has read what the tenant holds, nor when it holds everything already.
 */
import { useMemo } from 'react';
import { ChangeDialog } from '../../../changes/confirm/change-dialog';
import { restoreChangeOf } from '../../../changes/restore';
import type { ActivityEntry } from '../../../changes/types';
import { useRestorePreview } from '../../../changes/use-changes';
import { RestorePreview } from './restore-preview';

interface RestoreDialogProps {
  entry: ActivityEntry;
  onClose: () => void;
  /** Called with the restore's own entry when it succeeded or there was nothing left to do. */
  onRestored: (restore: ActivityEntry) => void;
}

export function RestoreDialog({ entry, onClose, onRestored }: RestoreDialogProps) {
  const preview = useRestorePreview(entry);
  const inverse = useMemo(() => restoreChangeOf(entry), [entry]);
  // Confirm stays off until the tenant has been read, and when it holds everything the change removed.
  const changes = preview.isSuccess && preview.data.kind !== 'nothing' && inverse ? [inverse] : [];

  return (
    <ChangeDialog
      title="Restore this change?"
      confirmLabel="Restore"
      changes={changes}
      restores={entry}
      aftermath="The restore is recorded as its own entry in the Activity log, linked to this one."
      onClose={onClose}
      onSettled={([result]) => (result && result.outcome !== 'failed' ? onRestored(result.entry) : undefined)}
    >
      <RestorePreview entry={entry} preview={preview} />
    </ChangeDialog>
  );
}
