/**
 * Directory object ids and application (client) ids are GUIDs. One test of that shape for every screen that
 * takes an id from an address, a form or a link, so a malformed id gets a clear message before any request.
 */
const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** True when the value, without surrounding spaces, is a GUID. */
export const isGuid = (value: string): boolean => GUID.test(value.trim());
