// `yibao case …` and `yibao doc` on a fresh migrated store: open by ITEM_ID, act, a refused
// step exits 3 and changes nothing, show, deadlines, a 决定书 as .docx.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CaseService, caseTesting, insertDemoUsers, listEvents, loadProcedures, realPorts } from '../cases/index.js';
import { minimumChoices } from '../law/index.js';
import { openTestStore, type TestStore } from '../store/index.js';
import { caseCli } from './case-cli.testing.js';
import { CliError } from './errors.js';

const dir = mkdtempSync(join(tmpdir(), 'yibao-case-cli-'));
let ts: TestStore;
let service: CaseService;

beforeAll(async () => {
  ts = await openTestStore();
  await insertDemoUsers(ts.store);
  service = new CaseService(ts.store, loadProcedures(), realPorts({ today: () => '2030-12-31' }));
}, 120_000);
afterAll(async () => ts.cleanup());

const file = (name: string, value: unknown) => {
  const path = join(dir, name);
  writeFileSync(path, typeof value === 'string' ? value : JSON.stringify(value));
  return path;
};

const run = caseCli(() => ({ service, store: ts.store }));

async function failure(...args: string[]): Promise<CliError> {
  try {
    await run(...args);
  } catch (e) {
    if (e instanceof CliError) return e;
    throw e;
  }
  throw new Error('expected a CliError');
}

const T = (d: string) => `${d}T10:00:00+08:00`;
const HOSPITAL = caseTesting.testOrganisation('某某医院', '定点医疗机构', 61);

describe('yibao case', () => {
  let id = '';
  it('open --item <stem>#<seq> --json → { id }', async () => {
    const facts = file('facts.json', { 来源: '投诉', 投诉人: '匿名' });
    const out = JSON.parse(await run('case', 'open', '--item', '000_650efb1eb094bc36#3', '--facts', facts, '--as', 'zhifa1', '--at', T('2026-11-23'), '--json'));
    expect(out).toMatchObject({ procedure: { id: 'xzcf-putong', version: 2 }, state: '线索', item: { ref: '000_650efb1eb094bc36#3' }, jurisdiction: { path: '山西省/阳泉市' } });
    expect(out.id).toMatch(/^2026-\d{6}$/);
    id = out.id;
    expect((await failure('case', 'open', '--item', 'nope#1')).exitCode).toBe(2);
  });

  it('act: a step is recorded; a refused step exits 3 with the reason and changes nothing', async () => {
    await run('case', 'act', id, '线索核查', '--as', 'zhifa1', '--data', file('a.json', { 核查意见: '属实' }), '--at', T('2026-11-23'), '--json');
    const before = await listEvents(ts.store, { caseId: id });
    const caseBefore = await service.get(id);
    const e = await failure('case', 'act', id, '立案', '--as', 'fuze', '--data', file('b.json', { officers: ['zhifa1'], 案由: 'x', parties: [HOSPITAL] }), '--at', T('2026-11-23'));
    expect(e.exitCode).toBe(3);
    expect(e.message).toContain('不少于2人');
    expect(await listEvents(ts.store, { caseId: id })).toEqual(before);
    expect(await service.get(id)).toEqual(caseBefore);
    const out = JSON.parse(await run('case', 'act', id, '立案', '--as', 'fuze', '--data', file('c.json', {
      officers: ['zhifa1', 'zhifa2'], 案由: '某某医院涉嫌骗取医保基金案', parties: [HOSPITAL],
    }), '--at', T('2026-11-23'), '--json'));
    expect(out.state).toBe('调查中');
    expect(out.deadlines.map((d: { id: string; status: string }) => [d.id, d.status])).toEqual([['线索核查期限', 'met'], ['办案期限', 'open']]);
    expect(out.deadlines[1]).toMatchObject({ start: '2026-11-23', provisional: true });
    expect(out.deadlines[1].due.startsWith('2027-')).toBe(true);
  });

  it('act with attachments from files: stored by hash', async () => {
    writeFileSync(join(dir, '笔录.txt'), '询问笔录：……');
    const out = JSON.parse(await run('case', 'act', id, '调查取证', '--as', 'zhifa1', '--data', file('d.json', { officers: ['zhifa1', 'zhifa2'], 取证内容: '询问', attachments: [{ name: '笔录或证据', path: '笔录.txt' }] }), '--at', T('2026-11-24'), '--json'));
    expect(out.event.attachments[0]).toMatchObject({ name: '笔录或证据', fileName: '笔录.txt' });
    const events = await listEvents(ts.store, { caseId: id });
    expect(events.at(-1)!.attachments[0]!.sha256).toBe(out.event.attachments[0].sha256);
  });

  it('show and deadlines', async () => {
    const shown = JSON.parse(await run('case', 'show', id, '--json'));
    expect(shown).toMatchObject({ id, state: '调查中', officers: ['zhifa1', 'zhifa2'] });
    expect(shown.availableSteps).toContain('调查终结');
    const rows = JSON.parse(await run('case', 'deadlines', '--case', id, '--today', '2026-11-24', '--json'));
    expect(rows).toEqual([expect.objectContaining({ caseId: id, deadline: '办案期限', status: 'open', colour: 'green', provisional: true })]);
    const red = JSON.parse(await run('case', 'deadlines', '--case', id, '--today', '2027-06-01', '--json'));
    expect(red[0].colour).toBe('red');
    expect(await run('case', 'show', id)).toContain('调查中');
    const listed = JSON.parse(await run('case', 'list', '--item', '000_650efb1eb094bc36#3', '--json'));
    expect(listed).toEqual([expect.objectContaining({ id, procedure: 'xzcf-putong', version: 2, state: '调查中', closed: false })]);
  });

  it('doc: the 决定书 from the case data, after the decision', async () => {
    const at = (d: string) => ['--at', T(d)];
    const o = ['zhifa1', 'zhifa2'];
    await run('case', 'act', id, '调查终结', '--as', 'zhifa2', '--data', file('e.json', { officers: o, 调查终结报告: '虚构诊疗项目骗取医保基金一万元', 认定事实: [{ 事实: '违法事实经查证属实', 证据: ['笔录或证据'] }], violation: { 法规: '医疗保障基金使用监督管理条例', 条: 40, 项: 3 }, facts: { amounts: { defraudedFen: 1_000_000 } } }), ...at('2026-11-25'));
    await run('case', 'act', id, '法制审核', '--as', 'fazhi', '--data', file('f.json', { 结论: '同意', 审核意见: '同意', 审核事项: caseTesting.reviewPoints() }), ...at('2026-11-25'));
    const measures = minimumChoices((await service.get(id)).penalty.decision!);
    await run('case', 'act', id, '告知', '--as', 'zhifa1', '--data', file('g.json', { officers: o, measures, 告知书送达日期: '2026-11-26' }), ...at('2026-11-26'));
    const early = await failure('case', 'act', id, '决定', '--as', 'fuze', '--data', file('h.json', { 类型: '行政处罚', measures }), ...at('2026-11-27'));
    expect(early.exitCode).toBe(3);
    expect(early.message).toContain('期限');
    const docx = join(dir, '决定书.docx');
    expect((await failure('doc', id, '行政处罚决定书', '--out', docx)).message).toContain('尚未进行「决定」');
    await run('case', 'act', id, '放弃听证', '--as', 'zhifa1', '--data', file('w.json', { attachments: [{ name: '书面放弃声明', path: '笔录.txt' }] }), ...at('2026-11-27'));
    await run('case', 'act', id, '决定', '--as', 'fuze', '--data', file('h.json', { 类型: '行政处罚', measures }), ...at('2026-12-10'));
    const out = JSON.parse(await run('doc', id, '行政处罚决定书', '--out', docx, '--json'));
    expect(out.bytes).toBeGreaterThan(5000);
    expect(readFileSync(docx).subarray(0, 2).toString()).toBe('PK');
    // .pdf needs the system's CJK fonts: without them, exit 2 naming the package (the PDF itself: documents/pdf.slow.test.ts)
    const pdf = join(dir, '决定书.pdf');
    const noFonts = process.env['YIBAO_CJK_FONT_DIR'];
    process.env['YIBAO_CJK_FONT_DIR'] = join(dir, 'no-fonts');
    try {
      const missing = await failure('doc', id, '行政处罚决定书', '--out', pdf);
      expect(missing.exitCode).toBe(2);
      expect(missing.message).toContain('fonts-noto-cjk');
    } finally {
      if (noFonts === undefined) delete process.env['YIBAO_CJK_FONT_DIR'];
      else process.env['YIBAO_CJK_FONT_DIR'] = noFonts;
    }
    expect((await failure('doc', id, '不存在的文书', '--out', pdf)).exitCode).toBe(2);
  });

  it('volume: the 一案一卷 PDF of the case so far, with what it could not build and why', async () => {
    const pdf = join(dir, '案卷.pdf');
    expect((await failure('volume', id, '--out', join(dir, '案卷.docx'))).exitCode).toBe(2);
    const out = JSON.parse(await run('volume', id, '--out', pdf, '--json'));
    expect(readFileSync(pdf).subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(out.documents.map((d: { kind: string }) => d.kind)).toEqual(['立案审批表', '调查终结报告', '法制审核意见书', '行政处罚事先告知书', '行政处罚决定书']);
    const missing = out.missing.map((m: { kind: string }) => m.kind);
    // this case recorded no 询问 at 调查取证
    expect(missing).toContain('询问笔录');
    // the 决定 was a 行政处罚: the documents of other kinds of decision are not missing from its file
    expect(missing).not.toContain('不予行政处罚决定书');
    expect(missing).not.toContain('移送函');
    for (const m of out.missing) expect(m.reason).toMatch(/[\u4e00-\u9fff]/);
    // a 询问笔录 by its number: none recorded here, said so; a bad number exits 2
    expect((await failure('doc', id, '询问笔录', '--n', '0', '--out', join(dir, 'q.docx'))).exitCode).toBe(2);
    expect((await failure('doc', id, '询问笔录', '--n', '1', '--out', join(dir, 'q.docx'))).message).toMatch(/没有登记「询问笔录」/);
  }, 60_000);
});
