import {
  Body1,
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  makeStyles,
  MessageBar,
  MessageBarBody,
  tokens,
} from '@fluentui/react-components';
import { ArrowDownloadRegular, ArrowUploadRegular, CheckmarkRegular } from '@fluentui/react-icons';
import { useId, useRef, useState, type ChangeEvent } from 'react';
import { useChangeActor } from '../../../changes/use-changes';
import type { InventoryData } from '../../../graph/inventory/load-inventory';
import { parseReviewFile, reviewFileName, reviewFileText } from '../../../review/review-file';
import type { ReviewMark } from '../../../review/review-marks';
import { snapshotOf } from '../../../review/review-snapshot';
import { useKeepReviewMark } from '../../../review/use-last-review';
import { downloadText } from '../../../ui/download-text';

const useStyles = makeStyles({
  actions: { display: 'flex', gap: tokens.spacingHorizontalS, flexWrap: 'wrap', alignItems: 'center' },
  hiddenInput: { display: 'none' },
});

export const formatWhen = (iso: string) => new Date(iso).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });

/**
 * "Mark review done" (after a confirmation saying what the browser keeps), export of the last review as
 * JSON, and import of an exported one (checked strictly; a bad file is refused with the reason).
 */
export function MarkReview({ inventory, last }: { inventory: InventoryData; last: ReviewMark | undefined }) {
  const styles = useStyles();
  const actor = useChangeActor();
  const keep = useKeepReviewMark();
  const [confirming, setConfirming] = useState(false);
  const [importError, setImportError] = useState<string | null>(null);
  const fileInput = useRef<HTMLInputElement>(null);
  const inputId = useId();

  const mark = () =>
    keep.mutate(
      {
        id: crypto.randomUUID(),
        at: new Date().toISOString(),
        by: { upn: actor.upn, oid: actor.oid, tenantId: actor.tenantId },
        snapshot: snapshotOf(inventory),
      },
      { onSuccess: () => setConfirming(false) },
    );

  const importFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file) return;
    const parsed = parseReviewFile(await file.text(), actor.tenantId);
    if ('error' in parsed) {
      setImportError(`${file.name} was not imported: ${parsed.error}`);
      return;
    }
    setImportError(null);
    keep.mutate(parsed.mark);
  };

  return (
    <>
      <div className={styles.actions}>
        <Button appearance="primary" icon={<CheckmarkRegular aria-hidden />} onClick={() => setConfirming(true)}>
          Mark review done
        </Button>
        <Button
          icon={<ArrowDownloadRegular aria-hidden />}
          disabledFocusable={!last}
          title={last ? undefined : 'No review has been marked yet.'}
          onClick={() => last && downloadText(reviewFileName(last), reviewFileText(last), 'application/json')}
        >
          Export the last review
        </Button>
        <Button icon={<ArrowUploadRegular aria-hidden />} onClick={() => fileInput.current?.click()}>
          Import a review
        </Button>
        <input
          id={inputId}
          ref={fileInput}
          className={styles.hiddenInput}
          type="file"
          accept="application/json,.json"
          aria-label="Review file to import"
          onChange={(e) => void importFile(e)}
        />
      </div>
      {importError ? (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>{importError}</MessageBarBody>
        </MessageBar>
      ) : null}
      {keep.isError ? (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>The review could not be kept in this browser: {String(keep.error)}</MessageBarBody>
        </MessageBar>
      ) : null}
      {/* Mounted only while open, as the change dialog is: a closed dialog leaves no focus trap behind. */}
      {confirming ? (
        <Dialog open onOpenChange={(_, data) => setConfirming(data.open)}>
          <DialogSurface>
            <DialogBody>
              <DialogTitle>Mark this review done?</DialogTitle>
              <DialogContent>
                <Body1 as="p" block>
                  This browser keeps, for {actor.upn || 'you'} in this tenant: today’s date and time, your account, and a snapshot of the inventory as it is now
                  — {inventory.servicePrincipals.length} service principals, {inventory.grants.length} delegated grants with their scopes and{' '}
                  {inventory.assignments.length} application permissions. The next visit lists what changed since. Nothing is sent to Microsoft Graph.
                </Body1>
                {keep.isPending ? <Body1 role="status">Keeping the review…</Body1> : null}
              </DialogContent>
              <DialogActions>
                <Button appearance="primary" disabled={keep.isPending} onClick={mark}>
                  Mark review done
                </Button>
                <Button onClick={() => setConfirming(false)}>Cancel</Button>
              </DialogActions>
            </DialogBody>
          </DialogSurface>
        </Dialog>
      ) : null}
    </>
  );
}
