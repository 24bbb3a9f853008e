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
    const slow = cache.get('k', async () => {
      await new Promise((r) => setTimeout(r, 20));
      return ++n;
    });
    cache.invalidate();
    expect(await slow).toBe(1);
    expect(await cache.get('k', async () => ++n)).toBe(2);
  });

  it('expires entries after the TTL', async () => {
    const cache = new ReadCache(5);
    let n = 0;
    await cache.get('k', async () => ++n);
    await new Promise((r) => setTimeout(r, 15));
    expect(await cache.get('k', async () => ++n)).toBe(2);
  });
});
