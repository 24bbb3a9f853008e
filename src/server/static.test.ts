// The built console as the server sends it: the precompressed file the client accepts,
// content-hashed assets cached for good, index.html revalidated, client routes → index.html.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync, brotliDecompressSync, gunzipSync, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testServer } from './test-support/harness.js';
import type { YibaoServer } from './app.js';
import type { ServerDb } from './db.js';

const root = mkdtempSync(join(tmpdir(), 'yibao-web-'));
const script = `console.log(${JSON.stringify('医保'.repeat(4000))});\n`;
let app: YibaoServer;
let db: ServerDb;

beforeAll(async () => {
  mkdirSync(join(root, 'assets'));
  writeFileSync(join(root, 'index.html'), '<!doctype html><title>医保行政执法平台</title><div id="root"></div>');
  writeFileSync(join(root, 'assets', 'main-AbC123xy.js'), script);
  writeFileSync(join(root, 'assets', 'main-AbC123xy.js.br'), brotliCompressSync(script));
  writeFileSync(join(root, 'assets', 'main-AbC123xy.js.gz'), gzipSync(script));
  ({ app, db } = await testServer({ webRoot: root }));
}, 120_000);
afterAll(async () => {
  await app.close();
  await db.close();
  rmSync(root, { recursive: true, force: true });
});

const asset = '/assets/main-AbC123xy.js';

describe('static console files', () => {
  it('sends the brotli file to a client that accepts br, gzip to one that accepts only gzip', async () => {
    const br = await app.inject({ method: 'GET', url: asset, headers: { 'accept-encoding': 'gzip, deflate, br' } });
    expect(br.statusCode).toBe(200);
    expect(br.headers['content-encoding']).toBe('br');
    expect(br.rawPayload.length).toBeLessThan(script.length / 10);
    expect(brotliDecompressSync(br.rawPayload).toString()).toBe(script);

    const gz = await app.inject({ method: 'GET', url: asset, headers: { 'accept-encoding': 'gzip' } });
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gz.rawPayload).toString()).toBe(script);

    const plain = await app.inject({ method: 'GET', url: asset, headers: { 'accept-encoding': 'identity' } });
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body).toBe(script);
  });

  it('content-hashed assets are immutable; index.html and client routes are revalidated', async () => {
    const a = await app.inject({ method: 'GET', url: asset });
    expect(a.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    const index = await app.inject({ method: 'GET', url: '/' });
    expect(index.statusCode).toBe(200);
    expect(index.headers['cache-control']).toBe('no-cache');
    expect(index.body).toContain('医保行政执法平台');
    const route = await app.inject({ method: 'GET', url: '/cases/2026-000001' });
    expect(route.statusCode).toBe(200);
    expect(route.headers['content-type']).toMatch(/^text\/html/);
    expect(route.body).toContain('<div id="root">');
  });

  it('a missing asset is a 404, not the console page', async () => {
    const r = await app.inject({ method: 'GET', url: '/assets/nothing-123.js' });
    expect(r.statusCode).toBe(404);
  });
});
