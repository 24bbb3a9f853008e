// Test helper: a throw-away DuckDB file database.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DuckDbEngine } from '../engine.js';

export async function withTempDuck<T>(fn: (duck: DuckDbEngine, dir: string) => Promise<T>): Promise<T> {
  const dir = mkdtempSync(join(tmpdir(), 'yibao-monitor-'));
  const duck = await DuckDbEngine.open({ path: join(dir, 'm.duckdb'), memoryLimit: '512MB', threads: 1 });
  try {
    return await fn(duck, dir);
  } finally {
    await duck.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
