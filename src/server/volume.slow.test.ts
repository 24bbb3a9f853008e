// 一案一卷 through the HTTP API: the demo's case in execution, downloaded as one PDF and read
// back with poppler-utils (pdftotext, pdfinfo) — the cover, a 卷内目录 whose page numbers
// point at the parts, each document the case built, the attachments with their hashes, the
// 全过程记录 with every event, and a 备考表 naming each promised document it could not build.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { login, memoryDb, testServer, type Client } from './test-support/harness.js';
import { createDemoAccounts, DEMO_JURISDICTION } from './users.js';
import { seedDemoCases } from './demo.js';
import { caseModule } from './routes/cases.js';
import type { ServerDb } from './db.js';
import type { YibaoServer } from './app.js';

const PASSWORD = 'x-volume-password-2026';
const work = mkdtempSync(join(tmpdir(), 'yibao-volume-'));
let app: YibaoServer;
let db: ServerDb;
let ids: string[] = [];
let officer: Client;

beforeAll(async () => {
  db = await memoryDb();
  ({ app } = await testServer({ db }));
  await createDemoAccounts(db, PASSWORD);
  ids = await seedDemoCases(caseModule(db).service, db, DEMO_JURISDICTION);
  officer = await login(app, 'zhifa1', PASSWORD);
}, 300_000);
afterAll(async () => {
  await app?.close();
  await db?.close();
  rmSync(work, { recursive: true, force: true });
});

const tool = (name: 'pdftotext' | 'pdfinfo', file: string, args: string[] = []) => execFileSync(name, name === 'pdftotext' ? [...args, file, '-'] : [file], { encoding: 'utf8' });

describe('一案一卷', () => {
  it('is one PDF with the cover, a table of contents that points at the parts, every built document, the evidence, the record and the 备考表', async () => {
    // the demo case furthest along: the one with the most events
    let best = { id: '', events: 0 };
    for (const id of ids) {
      const page = (await officer.request('GET', `/api/cases/${id}`)).json();
      if (page.timeline.length > best.events) best = { id, events: page.timeline.length };
    }
    const page = (await officer.request('GET', `/api/cases/${best.id}`)).json();
    const r = await officer.request('GET', `/api/cases/${best.id}/volume`);
    expect(r.statusCode, r.body.slice(0, 300)).toBe(200);
    expect(r.headers['content-type']).toBe('application/pdf');
    const file = join(work, `${best.id}.pdf`);
    writeFileSync(file, r.rawPayload);
    const pages = Number(/^Pages:\s+(\d+)/m.exec(tool('pdfinfo', file))?.[1]);
    const raw = tool('pdftotext', file, ['-layout']).split('\f');
    const perPage = raw.map((t) => t.replace(/\s+/g, ''));
    const all = perPage.join('');
    expect(all).toContain('行政执法案卷');
    expect(all).toContain(best.id);
    expect(all).toContain('卷内目录');
    // each document the case's steps produced is in the volume, and the 目录 gives the page it starts on
    const built = (page.documents as string[]).filter((k) => !['法制审核意见书', '询问笔录', '现场检查笔录', '调查终结报告'].includes(k));
    expect(built.length).toBeGreaterThan(2);
    const toc = raw[1]!.split('\n').map((line) => line.trim());
    for (const [i, kind] of [...built.filter((k) => all.includes(`${k}（`)), '证据材料及附件清单', '全过程记录', '卷内备考表'].entries()) {
      const line = toc.find((l) => l.includes(`．${kind}`));
      const m = line ? /(\d+)$/.exec(line) : null;
      expect(m, `目录中没有「${kind}」及其页码`).not.toBeNull();
      const at = Number(m![1]);
      expect(at, kind).toBeGreaterThan(2);
      expect(at, kind).toBeLessThanOrEqual(pages);
      expect(perPage[at - 1], `第${at}页应为「${kind}」`).toContain(kind);
      void i;
    }
    expect(all).toContain('行政处罚决定书');
    // the record: every event of the case, with its hash
    for (const e of page.timeline as Array<{ hash: string }>) expect(all).toContain(e.hash.slice(0, 16));
    // the 备考表 says which promised documents were not built, and why
    expect(all).toContain('卷内备考表');
    expect(all).toMatch(/未能由案件数据生成|均已由案件数据生成/);
    // the 决定 step's documents for other kinds of decision are not "missing" from a 行政处罚 file
    expect(page.case.penalty.decided.kind).toBe('行政处罚');
    expect(all).not.toContain('不予行政处罚决定书');
    expect(all).not.toContain('移送函');
    expect(all).not.toContain('--data');
    expect(pages).toBeGreaterThan(built.length);
  });

  it('is refused for a case the officer cannot see', async () => {
    const r = await officer.request('GET', `/api/cases/${ids[0]!.replace(/\d+$/, '999999')}/volume`);
    expect(r.statusCode).toBe(404);
    expect(r.json().message).toMatch(/[\u4e00-\u9fff]/);
  });
});
