/// <reference lib="dom" />
// The console and the portal in Debian's chromium: log in as each role, search the catalog
// and open an item, compute a penalty, open the dashboard, read the portal without login.
// Screenshots go to /tmp/yibao-shots.
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD, liveServer } from './test-support/live.js';

const SHOTS = '/tmp/yibao-shots';
let server: Awaited<ReturnType<typeof liveServer>>;
let ctx: BrowserContext;
let profile: string;

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  server = await liveServer();
  profile = mkdtempSync(join(tmpdir(), 'yibao-chromium-'));
  ctx = await chromium.launchPersistentContext(profile, {
    executablePath: '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    viewport: { width: 1440, height: 900 },
    locale: 'zh-CN',
  });
});
afterAll(async () => {
  await ctx?.close();
  await server?.close();
  rmSync(profile, { recursive: true, force: true });
});

async function freshPage(): Promise<Page> {
  await ctx.clearCookies();
  const page = await ctx.newPage();
  page.on('pageerror', (e) => {
    throw e;
  });
  return page;
}

async function loginAs(page: Page, name: string): Promise<void> {
  await page.goto(server.url + '/');
  await page.locator('#username').fill(name);
  await page.locator('#password').fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: /登\s*录/ }).click();
  await page.getByTestId('current-user').waitFor();
}

/** antd puts data-testid on the <input> of an InputNumber (or on its wrapper in other versions). */
const amountInput = (page: Page, key: string) => page.locator(`[data-testid="amount-${key}"]`).locator('xpath=descendant-or-self::input').first();

const ROLES: Array<[string, string, string]> = [
  ['zhifa1', '执法人员', '处罚计算'],
  ['zhifa2', '执法人员', '处罚计算'],
  ['fazhi', '法制审核员', '处罚计算'],
  ['fuze', '负责人', '统计'],
  ['jianguan', '基金监管分析员', '统计'],
  ['qingdan', '清单管理员', '事项清单'],
  ['admin', '系统管理员', '账户管理'],
];

describe('console', () => {
  it('renders Chinese as text in Noto Sans CJK', async () => {
    const page = await freshPage();
    await page.goto(server.url + '/');
    await page.getByText('医保行政执法平台').first().waitFor();
    const ok = await page.evaluate(async () => {
      await document.fonts.ready;
      return document.fonts.check('16px "Noto Sans CJK SC"');
    });
    expect(ok).toBe(true);
    const family = await page.evaluate(() => getComputedStyle(document.body).fontFamily);
    expect(family).toContain('Noto Sans CJK SC');
    await page.screenshot({ path: `${SHOTS}/00-login.png` });
    await page.close();
  });

  it('refuses a wrong password with a Chinese message', async () => {
    const page = await freshPage();
    await page.goto(server.url + '/');
    await page.locator('#username').fill('zhifa1');
    await page.locator('#password').fill('wrong-password');
    await page.getByRole('button', { name: /登\s*录/ }).click();
    await expect.poll(async () => page.getByText(/用户名或密码错误/).count()).toBeGreaterThan(0);
    await page.close();
  });

  for (const [name, role, menu] of ROLES) {
    it(`${name}（${role}）logs in, sees the menu for the role, searches the catalog and opens an item`, async () => {
      const page = await freshPage();
      await loginAs(page, name);
      await expect.poll(() => page.getByTestId('current-user').innerText()).toContain(role);
      await expect.poll(async () => page.getByRole('menuitem', { name: menu }).count()).toBe(1);
      if (role !== '系统管理员') expect(await page.getByRole('menuitem', { name: '账户管理' }).count()).toBe(role === '负责人' ? 1 : 0);
      await page.goto(server.url + '/catalog');
      await page.getByTestId('catalog-search').locator('input').fill('骗取');
      await page.getByTestId('catalog-search').locator('input').press('Enter');
      const first = page.locator('.ant-table-row a').first();
      await first.waitFor();
      const itemName = await first.innerText();
      expect(itemName.length).toBeGreaterThan(2);
      await first.click();
      await page.getByTestId('item-title').waitFor();
      expect(await page.getByTestId('item-title').innerText()).toBe(itemName);
      await page.getByText('实施依据：清单引文与法规原文对照').waitFor();
      await page.screenshot({ path: `${SHOTS}/10-item-${name}.png`, fullPage: false });
      await page.close();
    });
  }

  it('shows 000 item 4 with the wrong fine range highlighted beside 社会保险法 art. 84', async () => {
    const page = await freshPage();
    await loginAs(page, 'fazhi');
    await page.goto(server.url + '/catalog/000_650efb1eb094bc36/items/4');
    await page.getByTestId('statute-text').first().waitFor();
    const statute = await page.getByTestId('statute-text').allInnerTexts();
    expect(statute.join('\n')).toMatch(/一倍以上三倍以下/);
    expect(await page.locator('mark.diff-quote').count()).toBeGreaterThan(0);
    expect(await page.getByTestId('finding').count()).toBeGreaterThan(0);
    await page.screenshot({ path: `${SHOTS}/11-item-000-4.png`, fullPage: true });
    await page.close();
  });

  it('computes a penalty (条例 art. 40, fraud of 12,345.67 元)', async () => {
    const page = await freshPage();
    await loginAs(page, 'zhifa1');
    await page.goto(server.url + '/penalty');
    await page.getByTestId('penalty-article').click();
    await page.keyboard.type('第40条');
    await page.locator('.ant-select-item-option').filter({ hasText: '医疗保障基金使用监督管理条例 第40条' }).first().click();
    await page.getByTestId('penalty-party').click();
    await page.locator('.ant-select-item-option').filter({ hasText: '定点医疗机构' }).first().click();
    await amountInput(page, 'defraudedFen').fill('12345.67');
    await amountInput(page, 'lossFen').fill('12345.67');
    await page.getByLabel('情节').click();
    await page.keyboard.type('以骗取为目的');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Escape');
    await page.getByTestId('penalty-compute').click();
    await page.getByTestId('penalty-result').waitFor();
    const text = await page.locator('body').innerText();
    expect(text).toContain('24,691.34 元 — 61,728.35 元');
    await page.screenshot({ path: `${SHOTS}/20-penalty.png`, fullPage: true });
    await page.close();
  });

  it('opens the dashboard with ECharts canvases', async () => {
    const page = await freshPage();
    await loginAs(page, 'fuze');
    await page.goto(server.url + '/stats');
    await page.getByTestId('chart-catalog-kinds').locator('canvas').waitFor();
    expect(await page.locator('canvas').count()).toBeGreaterThan(1);
    await page.waitForTimeout(800);
    await page.screenshot({ path: `${SHOTS}/30-dashboard.png`, fullPage: true });
    await page.close();
  });

  it('compares the catalogs', async () => {
    const page = await freshPage();
    await loginAs(page, 'qingdan');
    await page.goto(server.url + '/compare');
    await page.locator('.ant-table-row').first().waitFor();
    expect(await page.locator('.ant-table-row').count()).toBeGreaterThan(5);
    await page.screenshot({ path: `${SHOTS}/40-compare.png`, fullPage: false });
    await page.close();
  });
});

describe('public portal', () => {
  it('shows the published catalogs and an item without logging in', async () => {
    const page = await freshPage();
    await page.goto(server.url + '/gongshi');
    await page.getByTestId('public-catalog').first().waitFor();
    expect(await page.getByTestId('public-catalog').count()).toBe(5);
    await page.screenshot({ path: `${SHOTS}/50-portal.png` });
    await page.getByTestId('public-catalog').first().locator('a').click();
    await page.locator('.ant-table-row a').first().click();
    await page.getByTestId('item-title').waitFor();
    // no lint findings and no console menu in public
    expect(await page.getByTestId('finding').count()).toBe(0);
    expect(await page.getByTestId('current-user').count()).toBe(0);
    await page.screenshot({ path: `${SHOTS}/51-portal-item.png`, fullPage: false });
    await page.close();
  });
});
