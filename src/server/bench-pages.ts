// `npm run bench:pages`: full reloads of console pages in Debian's chromium against a live
// server on loopback (in-memory store, demo cases, the built console). For each page, N
// reloads (BENCH_TIMES, default 5), each timed from the reload to the page's content (the
// first row, figure or card it exists for), with the renderer's main-thread busy time
// beside it (less sensitive than the clock to other work on a shared machine) and the load
// average (BENCH_PAGES=/todo,… for some of them). BENCH_WEB_ROOTS=label=dir,label=dir compares builds of the console, the reloads
// interleaved so that both see the same load. A benchmark, not a test: it prints figures.
import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { DEFAULT_WEB_ROOT } from './app.js';
import { DEMO_PASSWORD, liveServer } from './test-support/live.js';

const TIMES = Number(process.env.BENCH_TIMES ?? 5);
const ALL_PAGES: Array<[string, string]> = [
  ['/cases/2026-000003', '[data-testid="case-file"]'],
  ['/todo', '[data-testid="todo"] .ant-table-row'],
  ['/stats', '[data-testid="fig-total"]'],
];
// BENCH_PAGES=/todo,/stats: only these
const PAGES = process.env.BENCH_PAGES ? ALL_PAGES.filter(([p]) => process.env.BENCH_PAGES!.split(',').includes(p)) : ALL_PAGES;
const roots = (process.env.BENCH_WEB_ROOTS ?? `当前=${DEFAULT_WEB_ROOT}`).split(',').map((x) => {
  const [label, dir] = x.split('=');
  return { label: label!, dir: dir! };
});

interface Side { label: string; server: Awaited<ReturnType<typeof liveServer>>; ctx: BrowserContext; page: Page; profile: string; taskMs(): Promise<number> }

async function side(label: string, dir: string): Promise<Side> {
  const server = await liveServer({ webRoot: dir });
  const profile = mkdtempSync(join(tmpdir(), 'yibao-bench-chromium-'));
  const ctx = await chromium.launchPersistentContext(profile, {
    executablePath: '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    viewport: { width: 1440, height: 900 },
    locale: 'zh-CN',
  });
  const page = await ctx.newPage();
  const r = await page.request.post(server.url + '/api/auth/login', { data: { username: 'fuze', password: DEMO_PASSWORD } });
  if (r.status() !== 200) throw new Error(`login ${r.status()}`);
  const cdp = await ctx.newCDPSession(page);
  await cdp.send('Performance.enable');
  const taskMs = async () => {
    const { metrics } = await cdp.send('Performance.getMetrics');
    return 1000 * (metrics.find((m) => m.name === 'TaskDuration')?.value ?? 0);
  };
  return { label, server, ctx, page, profile, taskMs };
}

const sides = await Promise.all(roots.map((r) => side(r.label, r.dir)));
try {
  const load = () => loadavg()[0]!.toFixed(2);
  for (const [path, selector] of PAGES) {
    const wall = new Map<string, number[]>();
    const busy = new Map<string, number[]>();
    const loads: string[] = [];
    for (const s of sides) {
      // once to warm the browser's cache, as for an officer at work
      await s.page.goto(s.server.url + path);
      await s.page.locator(selector).first().waitFor();
      await s.page.waitForTimeout(3000);
    }
    for (let i = 0; i < TIMES; i++) {
      loads.push(load());
      for (const s of sides) {
        const t0 = Date.now();
        await s.page.reload();
        await s.page.locator(selector).first().waitFor();
        const ms = Date.now() - t0;
        // the renderer's busy time since the reload (its metrics start again with each document)
        const b1 = await s.taskMs();
        (wall.get(s.label) ?? wall.set(s.label, []).get(s.label)!).push(ms);
        (busy.get(s.label) ?? busy.set(s.label, []).get(s.label)!).push(Math.round(b1));
        // let the page settle (idle-time fetches) before the next reload
        await s.page.waitForTimeout(4000);
      }
    }
    for (const s of sides) {
      const w = wall.get(s.label)!;
      const median = [...w].sort((a, b) => a - b)[Math.floor(w.length / 2)];
      console.log(`${s.label}\t${path}\treload ms: ${w.join(', ')} (median ${median})\tmain thread ms: ${busy.get(s.label)!.join(', ')}\tload: ${loads.join(', ')}`);
    }
  }
} finally {
  for (const s of sides) {
    await s.ctx.close();
    await s.server.close();
    rmSync(s.profile, { recursive: true, force: true });
  }
}
