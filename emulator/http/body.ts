// Request bodies: read with a size limit, parsed as form or JSON with errors the caller turns into the
// service's own error shape (never a crash).
import type { IncomingMessage } from 'node:http';

export class BodyError extends Error {
  constructor(
    message: string,
    readonly status = 400,
  ) {
    super(message);
  }
}

const LIMIT = 4 * 1024 * 1024;

export function readBody(req: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > LIMIT) {
        // Keep draining rather than destroying the socket, so the client still reads the 413 answer.
        reject(new BodyError('Request body too large.', 413));
        req.removeAllListeners('data');
        req.resume();
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

export function parseForm(raw: Buffer): URLSearchParams {
  return new URLSearchParams(raw.toString('utf8'));
}

export function parseJson(raw: Buffer): unknown {
  const text = raw.toString('utf8');
  if (!text.trim()) throw new BodyError('Empty Payload. JSON content expected.');
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new BodyError('Invalid JSON in request body.');
  }
}
