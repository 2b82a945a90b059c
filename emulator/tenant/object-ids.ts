// Ids for objects the emulator creates. Graph grant and assignment ids are 43-character base64url
// strings; ours look the same.
import { randomBytes } from 'node:crypto';

export function newGrantId(): string {
  return randomBytes(32).toString('base64url');
}

export const newAssignmentId = newGrantId;
