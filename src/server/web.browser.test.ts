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
let monitorDir: string;

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  monitorDir = mkdtempSync(join(tmpdir(), 'yibao-browser-monitor-'));
  server = await liveServer({ monitorDir });
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
  rmSync(monitorDir, { recursive: true, force: true });
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
    await page.getByTestId('chart-cases-kind').locator('canvas').waitFor();
    expect(await page.locator('canvas').count()).toBeGreaterThan(1);
    await page.waitForTimeout(800);
    await page.screenshot({ path: `${SHOTS}/30-dashboard.png`, fullPage: true });
    await page.close();
  });

  it('lists cases with deadline colours and opens one with its timeline', async () => {
    const page = await freshPage();
    await loginAs(page, 'zhifa1');
    await page.goto(server.url + '/cases');
    await page.locator('.ant-table-row').first().waitFor();
    expect(await page.locator('.ant-table-row').count()).toBeGreaterThanOrEqual(5);
    expect(await page.locator('[data-testid^="colour-"]').count()).toBeGreaterThan(0);
    await page.screenshot({ path: `${SHOTS}/45-cases.png` });
    await page.locator('.ant-table-row a').filter({ hasText: '2026-000003' }).click();
    await page.getByTestId('case-state').waitFor();
    expect(await page.getByTestId('case-state').innerText()).toBe('告知期间');
    await page.getByTestId('record-ok').waitFor();
    await page.screenshot({ path: `${SHOTS}/46-case.png`, fullPage: true });
    await page.close();
  });

  it('imports a catalog file and exports a catalog as xlsx (清单管理员)', async () => {
    const page = await freshPage();
    await loginAs(page, 'qingdan');
    await page.goto(server.url + '/catalog');
    await page.locator('.ant-upload input[type=file]').setInputFiles({
      name: 'kuangqu-browser.txt',
      mimeType: 'text/plain',
      buffer: (await import('node:fs')).readFileSync(join(import.meta.dirname, '..', '..', 'data', 'catalogs', '002_d9b76134472e1956.txt')),
    });
    await page.getByText(/已导入：.*9 项/).waitFor();
    await expect.poll(async () => page.locator('.ant-card').filter({ hasText: '清单概览' }).locator('.ant-table-row').count()).toBe(6);
    await page.screenshot({ path: `${SHOTS}/12-import.png` });
    await page.locator('.ant-select').filter({ hasText: '选择要导出的清单' }).click();
    await page.locator('.ant-select-item-option').first().click();
    const href = await page.getByTestId('export-xlsx').getAttribute('href');
    const res = await page.request.get(server.url + href!);
    expect(res.status()).toBe(200);
    expect(res.headers()['content-type']).toMatch(/spreadsheetml/);
    expect((await res.body()).subarray(0, 2).toString()).toBe('PK');
    await page.close();
  });

  it('lets the administrator create an account', async () => {
    const page = await freshPage();
    await loginAs(page, 'admin');
    await page.goto(server.url + '/users');
    await page.locator('.ant-table-row').first().waitFor();
    const before = await page.locator('.ant-table-row').count();
    await page.getByRole('button', { name: '新建账户' }).click();
    const dialog = page.locator('.ant-modal').filter({ hasText: '新建账户' });
    await dialog.getByLabel('用户名').fill('fazhi9');
    await dialog.getByLabel('姓名').fill('王法审');
    await dialog.getByLabel('角色').click();
    await page.locator('.ant-select-item-option').filter({ hasText: '法制审核员' }).click();
    await page.keyboard.press('Escape');
    await dialog.getByLabel('初始密码').fill('a-long-password-2026');
    await dialog.getByRole('button', { name: /创\s*建/ }).click();
    await expect.poll(async () => page.locator('.ant-table-row').count()).toBe(before + 1);
    await page.locator('.ant-table-row').filter({ hasText: 'fazhi9' }).filter({ hasText: '王法审' }).waitFor();
    await dialog.waitFor({ state: 'hidden' });
    await page.screenshot({ path: `${SHOTS}/70-users.png` });
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

/** Takes a step on the case page: opens its form, fills the fields, uploads attachments, submits. */
async function step(page: Page, name: string, fields: Record<string, string> = {}, attachments: string[] = []): Promise<void> {
  await page.getByTestId(`step-${name}`).click();
  const dialog = page.locator('.ant-modal').filter({ hasText: `办理：${name}` });
  await dialog.waitFor();
  // let the opening animation finish before typing and clicking
  await expect.poll(async () => (await dialog.getAttribute('class')) ?? '').not.toMatch(/zoom-appear|zoom-enter/);
  for (const [label, value] of Object.entries(fields)) {
    const input = dialog.getByLabel(label, { exact: true });
    await input.fill(value);
  }
  for (const a of attachments) {
    const item = dialog.locator('.ant-form-item').filter({ hasText: `附件：${a}` });
    await item.locator('input[type=file]').setInputFiles({ name: `${a}.txt`, mimeType: 'text/plain', buffer: Buffer.from(`${a}（浏览器测试）`) });
    await item.locator('.ant-upload-list-item-done, .ant-upload-list-item').first().waitFor();
    await expect.poll(async () => item.locator('.ant-upload-list-item-uploading').count()).toBe(0);
  }
  await dialog.getByTestId('step-submit').click();
  try {
    await dialog.waitFor({ state: 'hidden', timeout: 30_000 });
  } catch (err) {
    await page.screenshot({ path: `${SHOTS}/fail-${name}.png`, fullPage: true });
    const msg = await page.getByTestId('step-error').allInnerTexts().catch(() => []);
    throw new Error(`「${name}」未能提交：${msg.join('；')}`, { cause: err });
  }
  await page.getByTestId('case-state').waitFor();
}

describe('a penalty case from a monitoring lead to a published decision', () => {
  it('runs the rule pack, reviews a lead, opens a case, walks it and downloads the 决定书', async () => {
    const page = await freshPage();
    await loginAs(page, 'jianguan');
    await page.goto(server.url + '/monitor');
    await page.getByTestId('monitor-start').click();
    await page.getByTestId('monitor-done').waitFor({ timeout: 120_000 });
    await page.screenshot({ path: `${SHOTS}/60-monitor.png` });
    await page.locator('.ant-table-row').first().click();
    const drawer = page.locator('.ant-drawer');
    await drawer.getByText('初审通过').click();
    await drawer.getByText('复审维持疑点').click();
    await drawer.getByPlaceholder(/意见/).fill('机构提交申诉材料');
    await drawer.getByText('登记申诉').click();
    await drawer.getByPlaceholder(/意见/).fill('调查核实，违规属实');
    await drawer.getByText('核实属实').click();
    await drawer.getByPlaceholder(/意见/).fill('认定违规');
    await drawer.getByText('认定违规', { exact: true }).click();
    await drawer.locator('.ant-tag').filter({ hasText: '已确认' }).waitFor();
    await page.screenshot({ path: `${SHOTS}/61-lead.png` });
    await page.close();

    const officer = await freshPage();
    await loginAs(officer, 'zhifa1');
    await officer.goto(server.url + '/monitor');
    await officer.locator('.ant-table-row').first().click();
    await officer.getByTestId('lead-open-case').click();
    await officer.getByTestId('case-title').waitFor();
    const caseUrl = officer.url();
    const as = async (name: string) => {
      await officer.context().clearCookies();
      await loginAs(officer, name);
      await officer.goto(caseUrl);
      await officer.getByTestId('case-state').waitFor();
    };
    await step(officer, '线索核查', { 核查意见: '线索属实，建议立案' });
    await as('fuze');
    await step(officer, '立案', { 案由: '涉嫌骗取医保基金', '其他数据（JSON，可选）': JSON.stringify({ 当事人类型: '法人或者其他组织', 当事人信息: { idNumber: '12140300MB0000009X', address: '阳泉市城区某路9号' } }) });
    await as('zhifa1');
    await step(officer, '调查取证', { 取证内容: '调取结算数据，询问相关人员' }, ['笔录或证据']);
    await as('zhifa2');
    // the facts come prefilled from the lead (party, amount); the investigation adds the dates
    // and the circumstance found (it refused to correct), which the 决定书 states as its reasons
    await officer.getByTestId('step-调查终结').click();
    const factsBox = officer.locator('.ant-modal').getByLabel('facts（JSON）');
    const facts = JSON.parse(await factsBox.inputValue()) as Record<string, unknown>;
    expect(facts).toMatchObject({ party: '定点医疗机构' });
    await officer.locator('.ant-modal .ant-modal-close').click();
    await step(officer, '调查终结', {
      调查终结报告: '违法事实清楚，证据确凿',
      'facts（JSON）': JSON.stringify({ ...facts, flags: ['拒不改正'], actEnded: '2026-06-30', discovered: '2026-10-01' }),
    });
    await as('fazhi');
    await step(officer, '法制审核', { 结论: '同意', 审核意见: '事实清楚，适用依据正确，程序合法' });
    await as('zhifa1');
    await step(officer, '告知');
    await step(officer, '放弃陈述申辩', {}, ['书面放弃声明']);
    if ((await officer.getByTestId('step-放弃听证').count()) > 0) await step(officer, '放弃听证', {}, ['书面放弃声明']);
    await as('fuze');
    await step(officer, '决定', { 类型: '行政处罚' });
    expect(await officer.getByTestId('case-state').innerText()).toBe('已决定');
    const href = await officer.getByTestId('doc-行政处罚决定书').getAttribute('href');
    const res = await officer.request.get(server.url + href!);
    expect(res.status(), (await res.body()).toString().slice(0, 300)).toBe(200);
    const bytes = await res.body();
    expect(bytes.subarray(0, 2).toString()).toBe('PK');
    const { writeFileSync } = await import('node:fs');
    writeFileSync(`${SHOTS}/决定书.docx`, bytes);
    await as('zhifa2');
    await step(officer, '送达', { 送达方式: '直接送达' }, ['送达回证']);
    await as('zhifa1');
    await step(officer, '执行', { 执行情况: '当事人已履行' });
    await as('fuze');
    await step(officer, '结案', { 结案报告: '已履行完毕，结案' });
    await step(officer, '公示', { 公示渠道: '本局门户网站' });
    expect(await officer.getByTestId('case-state').innerText()).toBe('已公示');
    await officer.getByTestId('record-ok').waitFor();
    await officer.screenshot({ path: `${SHOTS}/62-case-published.png`, fullPage: true });
    await officer.close();

    const pub = await freshPage();
    await pub.goto(server.url + '/gongshi/decisions');
    await pub.locator('.ant-table-row').first().waitFor();
    await pub.screenshot({ path: `${SHOTS}/63-portal-decisions.png` });
    await pub.close();
  }, 300_000);
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
    // no lint findings, no review marks and no console menu in public
    expect(await page.getByTestId('finding').count()).toBe(0);
    expect(await page.locator('mark.diff-quote, mark.diff-statute').count()).toBe(0);
    expect(await page.getByTestId('current-user').count()).toBe(0);
    await page.screenshot({ path: `${SHOTS}/51-portal-item.png`, fullPage: false });
    await page.close();
  });
});
