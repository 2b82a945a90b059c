/**
 * Ports that browsers and Node's fetch refuse to connect to (the Fetch standard's "bad port" list):
 * an emulator or console listening on one is unreachable, and the failure ("bad port",
 * ERR_UNSAFE_PORT) says nothing about why. Port plans are checked against it before anything starts.
 */
export const BLOCKED_PORTS: ReadonlySet<number> = new Set([
  0, 1, 7, 9, 11, 13, 15, 17, 19, 20, 21, 22, 23, 25, 37, 42, 43, 53, 69, 77, 79, 87, 95, 101, 102, 103, 104, 109, 110, 111, 113, 115, 117, 119, 123, 135, 137,
  139, 143, 161, 179, 389, 427, 465, 512, 513, 514, 515, 526, 530, 531, 532, 540, 548, 554, 556, 563, 587, 601, 636, 989, 990, 993, 995, 1719, 1720, 1723, 2049,
  3659, 4045, 4190, 5060, 5061, 6000, 6566, 6665, 6666, 6667, 6668, 6669, 6697, 10080,
]);

/** Throws a plain explanation when a port cannot be used from a browser or fetch. */
export function assertUsablePort(port: number, what: string): number {
  if (!Number.isInteger(port) || port < 1 || port > 65535) throw new Error(`${what}: ${port} is not a TCP port`);
  if (BLOCKED_PORTS.has(port)) {
    throw new Error(`${what}: port ${port} is on the browsers' and fetch's blocked list (the Fetch standard's "bad ports"); choose another`);
  }
  return port;
}
