/// <reference lib="dom" />
// A catalog maintainer imports another bureau's Excel catalog in the console: the preview
// shows each column with the field it is read as (a guessed one marked), the maintainer
// changes a column, imports, then publishes the edition from the 版次与公示 drawer.
// Screenshots go to /tmp/yibao-shots.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildXlsx } from '../catalog/import/fixtures/build.js';
import { DEMO_PASSWORD, liveServer } from './test-support/live.js';

const SHOTS = '/tmp/yibao-shots';
let server: Awaited<ReturnType<typeof liveServer>>;
let ctx: BrowserContext;
let dir: string;

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  dir = mkdtempSync(join(tmpdir(), 'yibao-import-'));
  server = await liveServer();
  ctx = await chromium.launchPersistentContext(join(dir, 'profile'), {
    executablePath: '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    viewport: { width: 1440, height: 900 },
    locale: 'zh-CN',
  });
});
afterAll(async () => {
  await ctx?.close();
  await server?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('catalog import in the console', () => {
  it('previews an Excel catalog with a column selector, imports it and publishes the edition', async () => {
    const file = join(dir, 'yq-excel.xlsx');
    writeFileSync(file, await buildXlsx());
    const page = await ctx.newPage();
    page.on('pageerror', (e) => {
      throw e;
    });
    await page.goto(server.url + '/');
    await page.locator('#username').fill('qingdan');
    await page.locator('#password').fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: /登\s*录/ }).click();
    await page.getByTestId('current-user').waitFor();
    await page.goto(server.url + '/catalog');
    await page.getByTestId('import-open').click();
    await page.locator('.ant-modal input[type=file]').setInputFiles(file);
    await page.getByText('读出 3 项').waitFor();
    // The 行使主体 column is read as 行使主体; its first cell is shown.
    await expect(page.locator('.ant-modal .ant-table-cell').filter({ hasText: '市医疗保障局' }).first().isVisible()).resolves.toBe(true);
    await page.screenshot({ path: `${SHOTS}/catalog-import-preview.png` });
    await page.locator('.ant-modal input[placeholder^="辖区路径"]').fill('山西省/阳泉市');
    await page.getByTestId('import-confirm').click();
    await page.getByText(/已导入：.*（3 项，第 1 版/).waitFor();
    await page.getByTestId('editions-yq-excel').click();
    await page.getByTestId('publish-edition-1').click();
    await page.getByText('已公示第 1 版').waitFor();
    await page.screenshot({ path: `${SHOTS}/catalog-editions.png` });
    const pub = await (await fetch(server.url + '/api/public/catalogs/yq-excel')).json();
    expect(pub.items.map((i: { seq: number }) => i.seq)).toEqual([1, 2, 3]);
    await page.close();
  });
});
