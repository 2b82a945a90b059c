// Replication delay: what a Graph read sees of recent writes (graph-api-rules.json behaviour "Replication
// delay after create/update/delete of the grant", api-reference/v1.0/api/oauth2permissiongrant-get.md).
import { describe, expect, it } from 'vitest';
import { ReplicaLag } from './replication.ts';

interface Item {
  id: string;
  scope: string;
}

function setup(delayMs: number) {
  let now = 1_000_000;
  const primary = new Map<string, Item>([['old', { id: 'old', scope: 'User.Read' }]]);
  const lag = new ReplicaLag<Item>(
    () => delayMs,
    () => now,
  );
  return { primary, lag, advance: (ms: number) => (now += ms) };
}

describe('replication delay (api-reference/v1.0/api/oauth2permissiongrant-get.md: replication delay after create/update/delete)', () => {
  it('a created object is absent from lists and by id until the delay has passed', () => {
    const { primary, lag, advance } = setup(1000);
    primary.set('new', { id: 'new', scope: 'Mail.Read' });
    lag.record('new', undefined);
    expect([...lag.visible(primary)].map((i) => i.id)).toEqual(['old']);
    expect(lag.get(primary, 'new')).toBeUndefined();
    advance(1000);
    expect([...lag.visible(primary)].map((i) => i.id)).toEqual(['old', 'new']);
    expect(lag.get(primary, 'new')?.scope).toBe('Mail.Read');
  });

  it('a deleted object is still returned until the delay has passed', () => {
    const { primary, lag, advance } = setup(1000);
    lag.record('old', primary.get('old'));
    primary.delete('old');
    expect(lag.get(primary, 'old')?.scope).toBe('User.Read');
    expect([...lag.visible(primary)].map((i) => i.id)).toEqual(['old']);
    advance(1001);
    expect(lag.get(primary, 'old')).toBeUndefined();
    expect([...lag.visible(primary)]).toEqual([]);
  });

  it('an updated object shows its old value until the delay has passed (the copy is taken at the write)', () => {
    const { primary, lag, advance } = setup(1000);
    const item = primary.get('old')!;
    lag.record('old', item);
    item.scope = 'User.Read Mail.Read';
    expect(lag.get(primary, 'old')?.scope).toBe('User.Read');
    advance(500);
    lag.record('old', item);
    item.scope = 'Mail.Read';
    advance(600); // the first write is due, the second is not
    expect(lag.get(primary, 'old')?.scope).toBe('User.Read Mail.Read');
    advance(500);
    expect(lag.get(primary, 'old')?.scope).toBe('Mail.Read');
  });

  it('off (0 ms): nothing is recorded and lists are the primary map itself (cheap for 100k grants)', () => {
    const { primary, lag } = setup(0);
    lag.record('old', primary.get('old'));
    primary.delete('old');
    expect(lag.get(primary, 'old')).toBeUndefined();
    const values = lag.visible(primary);
    expect(Object.getPrototypeOf(values)).toBe(Object.getPrototypeOf(new Map().values()));
  });
});
