/** What the Applications screens read, asked for in one Grant access: shared with the other inventory screens. */
export { READ_PERMISSION_INVENTORY } from '../../graph/inventory/inventory-reads';
