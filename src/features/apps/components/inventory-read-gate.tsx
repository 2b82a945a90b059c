/** The inventory's read gate is shared by every screen that shows the inventory: it lives in src/ui. */
export { InventoryError, InventoryReadGate } from '../../../ui/inventory-read-gate';
