import { describe, expect, it } from 'vitest';
import { ReadCache } from './cache.js';

describe('ReadCache', () => {
  it('computes once for concurrent readers, serves from memory, recomputes after a write', async () => {
    const cache = new ReadCache(60_000);
    let computed = 0;
    const compute = async () => {
      computed++;
      await new Promise((r) => setTimeout(r, 10));
      return computed;
    };
    const values = await Promise.all(Array.from({ length: 50 }, () => cache.get('k', compute)));
    expect(new Set(values)).toEqual(new Set([1]));
    expect(await cache.get('k', compute)).toBe(1);
    cache.invalidate();
    expect(await cache.get('k', compute)).toBe(2);
  });

  it('does not keep a value computed before a write', async () => {
    const cache = new ReadCache(60_000);
    let n = 0;
    let started!: () => void;
    const begun = new Promise<void>((r) => (started = r));
    const slow = cache.get('k', async () => {
      started();
      await new Promise((r) => setTimeout(r, 20));
      return ++n;
    });
    await begun;
    cache.invalidate();
    expect(await slow).toBe(1);
    expect(await cache.get('k', async () => ++n)).toBe(2);
  });

  it("serves an entry only at the store's revision it was computed at (a write by another process moves it)", async () => {
    let revision = 7;
    const cache = new ReadCache(Number.POSITIVE_INFINITY, { revision: async () => revision });
    let n = 0;
    expect(await cache.get('k', async () => ++n)).toBe(1);
    expect(await cache.get('k', async () => ++n)).toBe(1);
    revision = 8;
    expect(await cache.get('k', async () => ++n)).toBe(2);
    // a revision the caller read (the session check's) is used as given
    expect(await cache.get('k', async () => ++n, 8)).toBe(2);
    expect(await cache.get('k', async () => ++n, 9)).toBe(3);
  });

  it('does not keep a value whose computation began before the revision moved', async () => {
    let revision = 1;
    const cache = new ReadCache(Number.POSITIVE_INFINITY, { revision: async () => revision });
    let started!: () => void;
    const begun = new Promise<void>((r) => (started = r));
    const slow = cache.get('k', async () => {
      started();
      await new Promise((r) => setTimeout(r, 20));
      return 'before the write';
    });
    await begun;
    revision = 2; // a write committed while the old answer was being computed
    expect(await cache.get('k', async () => 'after the write')).toBe('after the write');
    expect(await slow).toBe('before the write');
    expect(await cache.get('k', async () => 'computed again')).toBe('after the write');
  });

  it('expires entries after the TTL', async () => {
    const cache = new ReadCache(5);
    let n = 0;
    await cache.get('k', async () => ++n);
    await new Promise((r) => setTimeout(r, 15));
    expect(await cache.get('k', async () => ++n)).toBe(2);
  });
});
