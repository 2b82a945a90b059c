import { Button, makeStyles, tokens } from '@fluentui/react-components';
import { ArrowDownloadRegular } from '@fluentui/react-icons';
import type { InventoryData } from '../../../graph/inventory/load-inventory';
import type { UserBasic } from '../../../graph/list-users';
import { permissionRows, toCsv } from '../../../permissions/export-inventory';
import type { AppHygiene } from '../../../permissions/hygiene';
import { downloadText } from '../../../ui/download-text';

const useStyles = makeStyles({ buttons: { display: 'flex', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' } });

interface ExportButtonsProps {
  inventory: InventoryData;
  /** Users by id; without it, user-consented rows carry the id only. */
  users: Map<string, UserBasic> | undefined;
  /** The signed-in tenant, whose own apps the export calls "Your organization". */
  tenantId: string;
  /** Each app's hygiene as far as it is read (what is not: `unknown` in the export). */
  hygiene: ReadonlyMap<string, AppHygiene>;
}

function stamp(): string {
  return new Date().toISOString().slice(0, 19).replace(/[:T]/g, '-');
}

/** The whole permission inventory, one row per permission per grant or assignment with its client's hygiene, as CSV or JSON. */
export function ExportButtons({ inventory, users, tenantId, hygiene }: ExportButtonsProps) {
  const styles = useStyles();
  const rows = () =>
    permissionRows({
      ...inventory,
      tenantId,
      hygiene,
      userName: (id) => users?.get(id)?.displayName ?? users?.get(id)?.userPrincipalName ?? undefined,
    });
  return (
    <div className={styles.buttons}>
      <Button
        icon={<ArrowDownloadRegular aria-hidden />}
        onClick={() => downloadText(`permission-inventory-${stamp()}.csv`, toCsv(rows()), 'text/csv;charset=utf-8')}
      >
        Export CSV
      </Button>
      <Button
        icon={<ArrowDownloadRegular aria-hidden />}
        onClick={() => downloadText(`permission-inventory-${stamp()}.json`, `${JSON.stringify(rows(), null, 2)}\n`, 'application/json')}
      >
        Export JSON
      </Button>
    </div>
  );
}
