/**
 * The review screen's one way to choose items and revoke them together: the selection, the role gate of
 * what would be revoked (the chosen items, else all of them), and the "Select all" / "Revoke selected" bar.
 * Both sections of /review (since the last review, granted but unused) use it.
 */
import { Button, Checkbox, makeStyles, tokens } from '@fluentui/react-components';
import { DeleteRegular } from '@fluentui/react-icons';
import { useState } from 'react';
import { useActionGate, type ActionGate } from '../../../changes/confirm/action-gate';
import type { Change } from '../../../changes/changes';

export const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

const useStyles = makeStyles({
  actions: { display: 'flex', gap: tokens.spacingHorizontalS, alignItems: 'center', flexWrap: 'wrap' },
});

interface Revocable {
  key: string;
  change: Change;
}

export interface BulkSelection<T extends Revocable> {
  selected: ReadonlySet<string>;
  chosen: T[];
  /** Every item "Select all" chooses is chosen. */
  allChosen: boolean;
  /** The items "Select all" chooses. */
  selectable: readonly T[];
  toggle: (key: string, on: boolean) => void;
  setAll: (on: boolean) => void;
  clear: () => void;
  gate: ActionGate;
  /** The items in the open change dialog, or null. */
  revoking: T[] | null;
  setRevoking: (items: T[] | null) => void;
}

/** `selectable` is what "Select all" chooses (by default every item). */
export function useBulkSelection<T extends Revocable>(items: readonly T[], selectable: readonly T[] = items): BulkSelection<T> {
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [revoking, setRevoking] = useState<T[] | null>(null);
  const chosen = items.filter((item) => selected.has(item.key));
  const gate = useActionGate((chosen.length > 0 ? chosen : items).map((item) => item.change));
  const toggle = (key: string, on: boolean) =>
    setSelected((current) => {
      const next = new Set(current);
      if (on) next.add(key);
      else next.delete(key);
      return next;
    });
  return {
    selected,
    chosen,
    allChosen: selectable.length > 0 && selectable.every((item) => selected.has(item.key)),
    selectable,
    toggle,
    setAll: (on) => setSelected(on ? new Set(selectable.map((item) => item.key)) : new Set()),
    clear: () => setSelected(new Set()),
    gate,
    revoking,
    setRevoking,
  };
}

/** "Select all" and "Revoke selected (n)", disabled with the reason when nothing is chosen or the roles may not. */
export function BulkRevokeBar<T extends Revocable>({
  selection,
  selectAllLabel,
  nothingChosen,
}: {
  selection: BulkSelection<T>;
  selectAllLabel: string;
  /** The button's title while nothing is chosen. */
  nothingChosen: string;
}) {
  const styles = useStyles();
  const { chosen, allChosen, gate } = selection;
  return (
    <div className={styles.actions}>
      <Checkbox
        checked={allChosen ? true : chosen.length > 0 ? 'mixed' : false}
        onChange={(_, data) => selection.setAll(data.checked === true)}
        label={selectAllLabel}
      />
      <Button
        icon={<DeleteRegular aria-hidden />}
        {...gate.actionProps}
        disabledFocusable={gate.actionProps.disabledFocusable || chosen.length === 0}
        title={chosen.length === 0 ? nothingChosen : gate.reason}
        onClick={() => selection.setRevoking(chosen)}
      >
        Revoke selected{chosen.length > 0 ? ` (${chosen.length})` : ''}
      </Button>
    </div>
  );
}
