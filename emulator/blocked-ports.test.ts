import { describe, expect, it } from 'vitest';
import { assertUsablePort, BLOCKED_PORTS } from './blocked-ports';

describe('assertUsablePort', () => {
  it('refuses a port that Node fetch itself refuses, naming it', async () => {
    expect(() => assertUsablePort(4190, 'emulator')).toThrow(/emulator: port 4190 .*blocked/);
    // The list is the one fetch enforces: a connection to a listed port fails before any socket opens.
    await expect(fetch('http://127.0.0.1:4190/')).rejects.toMatchObject({ cause: { message: 'bad port' } });
    await expect(fetch('http://127.0.0.1:6667/')).rejects.toMatchObject({ cause: { message: 'bad port' } });
  });

  it('accepts the ports the project uses and rejects non-ports', () => {
    for (const port of [4010, 4011, 4180, 4181, 4182, 5173, 4820]) expect(assertUsablePort(port, 'x')).toBe(port);
    expect(() => assertUsablePort(70000, 'x')).toThrow(/not a TCP port/);
    expect(() => assertUsablePort(Number.NaN, 'x')).toThrow(/not a TCP port/);
    expect(BLOCKED_PORTS.has(4181)).toBe(false);
  });
});
