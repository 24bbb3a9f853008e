// `yibao case …`: open a case for a catalog item, take steps, show it, list deadlines.
// A refused step exits 3 with the reason on stderr and changes nothing.
import { readFileSync, writeFileSync } from 'node:fs';
import { basename, dirname, extname, resolve } from 'node:path';
import type { Command } from 'commander';
import { CaseError, DOCUMENT_KINDS, DocumentError, buildCaseVolume, documentInput, listEvents, loadProcedures, loadScheduleAndRecompute, openCaseService, renderCaseVolume, renderDocx, renderPdf, type CaseService, type DocumentKind } from '../cases/index.js';
import type { Store } from '../store/index.js';
import { CliError } from './errors.js';

export interface CaseCommandDeps {
  /** Where output goes (default stdout). */
  write?: (text: string) => void;
  /** Opens the service (default: the store in YIBAO_DATA or DATABASE_URL). */
  open?: () => Promise<{ service: CaseService; store: Store; close(): Promise<void> }>;
}

function readJson(file: string, what: string): Record<string, unknown> {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    throw new CliError(`无法读取${what}文件：${file}`, 2);
  }
  try {
    const v = JSON.parse(text) as unknown;
    if (!v || typeof v !== 'object' || Array.isArray(v)) throw new Error('not an object');
    return v as Record<string, unknown>;
  } catch {
    throw new CliError(`${what}文件不是 JSON 对象：${file}`, 2);
  }
}

/** Attachments given by path ({ name, path }) are read; the service hashes and stores them. */
function resolveAttachments(data: Record<string, unknown>, baseDir: string): Record<string, unknown> {
  if (!Array.isArray(data.attachments)) return data;
  const attachments = data.attachments.map((a: unknown) => {
    const att = a as { name?: string; path?: string };
    if (att.path) {
      const file = resolve(baseDir, att.path);
      let bytes: Buffer;
      try {
        bytes = readFileSync(file);
      } catch {
        throw new CliError(`无法读取附件：${file}`, 2);
      }
      return { name: att.name ?? basename(file), content: bytes, fileName: basename(file) };
    }
    return att;
  });
  return { ...data, attachments };
}

function who(opt: string | undefined): string {
  const name = opt ?? process.env.YIBAO_USER;
  if (!name) throw new CliError('须用 --as 指定操作人（或设置 YIBAO_USER）', 2);
  return name;
}

/** Registers the `yibao case` sub-commands and `yibao doc`. */
export function registerCaseCommands(program: Command, deps: CaseCommandDeps = {}): void {
  const write = deps.write ?? ((t: string) => void process.stdout.write(t));
  const print = (json: boolean, value: unknown, text: () => string): void => write(json ? `${JSON.stringify(value, null, 2)}\n` : `${text()}\n`);
  const open = deps.open ?? (async () => {
    const { store, service } = await openCaseService();
    return { service, store, close: () => store.close() };
  });
  async function withService<T>(fn: (s: CaseService, store: Store) => Promise<T>): Promise<T> {
    const { service, store, close } = await open();
    try {
      return await fn(service, store);
    } catch (err) {
      if (err instanceof CaseError || err instanceof DocumentError) throw new CliError(`${err.message}（${err.code}）`, 2);
      throw err;
    } finally {
      await close();
    }
  }

  const kase = program.command('case').description('案件：按程序办理执法事项（开案、办理步骤、查看、期限）');

  kase
    .command('open')
    .description('为清单事项开案；ITEM_ID 为 <清单文件名>#<序号>，如 000_650efb1eb094bc36#3')
    .option('--item <ITEM_ID>', '事项编号')
    .option('--procedure <ID>', '程序（不按事项映射时）')
    .option('--variant <NAME>', '程序类别（如 生育津贴）')
    .option('--jurisdiction <PATH>', '案件所属辖区，如 山西省/阳泉市；默认为事项所在清单的辖区')
    .option('--facts <FILE>', '案件事实 JSON（开案时已知的情况；当事人在「立案」时登记）')
    .option('--as <USER>', '开案人')
    .option('--at <INSTANT>', '时间（ISO，+08:00）；默认现在')
    .option('--json', '输出 JSON')
    .action(async (o: { item?: string; procedure?: string; variant?: string; jurisdiction?: string; facts?: string; as?: string; at?: string; json?: boolean }) => {
      if (!o.item && !o.procedure) throw new CliError('须指定 --item（或 --procedure）', 2);
      const facts = o.facts ? readJson(o.facts, '事实') : undefined;
      const c = await withService((s) =>
        s.open({
          ...(o.item ? { item: o.item } : {}), ...(o.procedure ? { procedure: o.procedure } : {}), ...(o.variant ? { variant: o.variant } : {}),
          ...(o.jurisdiction ? { jurisdiction: o.jurisdiction } : {}), ...(facts ? { facts } : {}),
          actor: o.as ?? process.env.YIBAO_USER ?? 'system', ...(o.at ? { now: o.at } : {}),
        }),
      );
      print(!!o.json, { id: c.id, procedure: c.procedure, variant: c.variant ?? null, state: c.state, item: c.item ?? null, jurisdiction: c.jurisdiction }, () => `已开案 ${c.id}：${c.procedure.name}（第${c.procedure.version}版）${c.variant ? `·${c.variant}` : ''}，当前「${c.state}」`);
    });

  kase
    .command('act')
    .description('办理一个步骤；被拒绝时退出码 3，理由写在 stderr，案件不变')
    .argument('<ID>', '案件编号')
    .argument('<STEP>', '步骤名称，如 立案')
    .option('--as <USER>', '操作人')
    .option('--data <FILE>', '步骤输入 JSON（附件：attachments: [{ name, path }]）')
    .option('--at <INSTANT>', '时间（ISO，+08:00）；默认现在')
    .option('--json', '输出 JSON')
    .action(async (id: string, step: string, o: { as?: string; data?: string; at?: string; json?: boolean }) => {
      const actor = who(o.as);
      const data = o.data ? resolveAttachments(readJson(o.data, '输入'), dirname(resolve(o.data))) : {};
      const r = await withService((s) => s.act(id, step, actor, data, o.at));
      if (!r.ok) throw new CliError(`「${step}」被拒绝：${r.refusal.message}（${r.refusal.code}）`, 3);
      print(!!o.json, { id, step, state: r.case.state, closed: r.case.closed, event: r.event, deadlines: r.case.deadlines, spawned: r.spawned }, () =>
        [`${id}「${step}」已办理，当前「${r.case.state}」${r.case.closed ? '（已办结）' : ''}`, ...r.spawned.map((c) => `已移送立案：${c}`)].join('\n'));
    });

  kase
    .command('show')
    .description('查看案件（举报人等密封信息只对有权角色显示）')
    .argument('<ID>', '案件编号')
    .option('--as <USER>', '查看人')
    .option('--json', '输出 JSON')
    .action(async (id: string, o: { as?: string; json?: boolean }) => {
      const v = await withService((s) => s.show(id, o.as ?? process.env.YIBAO_USER));
      print(!!o.json, v, () =>
        [
          `${v.id} ${v.procedure.name}（第${v.procedure.version}版）${v.variant ? `·${v.variant}` : ''}${v.item ? ` 事项 ${v.item.ref} ${v.item.name}` : ''}`,
          `当前「${v.state}」${v.closed ? '（已办结）' : ''}；承办人：${v.officers.join('、') || '无'}`,
          ...v.deadlines.map((d) => `  期限 ${d.label}：${d.due}${d.provisional ? '（暂定）' : ''} [${d.status}]`),
          `可办理：${v.availableSteps.join('、') || '无'}`,
        ].join('\n'));
    });

  kase
    .command('deadlines')
    .description('未届满的期限（绿/黄/红）')
    .option('--all', '包括已结束的期限')
    .option('--case <ID>', '只看一个案件')
    .option('--today <DATE>', '按此日期判断颜色（YYYY-MM-DD）')
    .option('--json', '输出 JSON')
    .action(async (o: { all?: boolean; case?: string; today?: string; json?: boolean }) => {
      const rows = await withService((s) => s.deadlines({ ...(o.all ? { all: true } : {}), ...(o.case ? { caseId: o.case } : {}), ...(o.today ? { today: o.today } : {}) }));
      const colour = { green: '绿', yellow: '黄', red: '红' } as const;
      print(!!o.json, rows, () => (rows.length ? rows.map((r) => `${r.caseId} ${r.label}：${r.due}${r.provisional ? '（暂定）' : ''} ${r.colour ? colour[r.colour] : r.status}`).join('\n') : '没有期限'));
    });

  kase
    .command('list')
    .description('案件列表（默认只列未办结的）')
    .option('--all', '包括已办结的')
    .option('--procedure <ID>', '只列某程序')
    .option('--item <ITEM_ID>', '只列某事项')
    .option('--json', '输出 JSON')
    .action(async (o: { all?: boolean; procedure?: string; item?: string; json?: boolean }) => {
      const rows = await withService((s) => s.list({ ...(o.all ? { all: true } : {}), ...(o.procedure ? { procedure: o.procedure } : {}), ...(o.item ? { item: o.item } : {}) }));
      print(!!o.json, rows, () => (rows.length ? rows.map((r) => `${r.id} ${r.procedure}@${r.version} ${r.state}${r.closed ? '（已办结）' : ''}${r.item ? ` ${r.item}` : ''}`).join('\n') : '没有案件'));
    });

  kase
    .command('procedures')
    .description('程序定义（版本、步骤、期限）')
    .option('--json', '输出 JSON')
    .action(async (o: { json?: boolean }) => {
      const { loadProcedures } = await import('../cases/index.js');
      const all = loadProcedures().all();
      print(!!o.json, all, () => all.map((p) => `${p.id}@${p.version} ${p.name}：${p.steps.map((s) => s.id).join(' → ')}`).join('\n'));
    });

  kase
    .command('recompute-deadlines')
    .description('载入国务院公布的某年节假日安排（可选）并重算未办结案件的期限')
    .option('--schedule <FILE>', '节假日安排 JSON（data/calendar/<年>.json 格式）')
    .option('--as <USER>', '操作人')
    .option('--at <INSTANT>', '时间（ISO，+08:00）；默认现在')
    .option('--json', '输出 JSON')
    .action(async (o: { schedule?: string; as?: string; at?: string; json?: boolean }) => {
      const schedule = o.schedule ? readJson(o.schedule, '节假日安排') : undefined;
      const r = await withService(async (s, store) => {
        if (schedule) return loadScheduleAndRecompute(s, store, schedule, o.as ?? process.env.YIBAO_USER ?? 'system', o.at);
        return { year: undefined, changed: await s.recomputeOpenDeadlines(o.at) };
      });
      const rows = r.changed.map((c) => ({ caseId: c.caseId, before: c.before.filter((d) => d.status === 'open').map((d) => ({ id: d.id, due: d.due, provisional: d.provisional })), after: c.after.filter((d) => d.status === 'open').map((d) => ({ id: d.id, due: d.due, provisional: d.provisional })) }));
      print(!!o.json, { year: r.year ?? null, changed: rows }, () => `${r.year ? `已载入 ${r.year} 年节假日安排；` : ''}重算了 ${rows.length} 个案件的期限`);
    });

  program
    .command('doc')
    .description(`由案件数据生成文书（.docx 或 .pdf，按 --out 的扩展名）：${DOCUMENT_KINDS.join('、')}`)
    .argument('<ID>', '案件编号')
    .argument('<DOCUMENT>', '文书种类，如 行政处罚决定书')
    .requiredOption('--out <FILE>', '输出文件（.docx / .pdf）')
    .option('--data <FILE>', '补充或覆盖文书内容的 JSON（如当事人证件号码、询问笔录问答）')
    .option('--bureau <NAME>', '执法主体（data/documents/bureaus.json 中的名称或代码）')
    .option('--n <N>', '第几份询问笔录或现场检查笔录（默认最后一份）')
    .option('--json', '输出 JSON')
    .action(async (id: string, kind: string, o: { out: string; data?: string; bureau?: string; n?: string; json?: boolean }) => {
      if (!(DOCUMENT_KINDS as readonly string[]).includes(kind)) throw new CliError(`未知的文书种类：${kind}（可选：${DOCUMENT_KINDS.join('、')}）`, 2);
      const ext = extname(o.out).toLowerCase();
      if (ext !== '.docx' && ext !== '.pdf') throw new CliError('--out 的扩展名应为 .docx 或 .pdf', 2);
      const extra = o.data ? readJson(o.data, '文书内容') : {};
      const n = o.n === undefined ? undefined : Number(o.n);
      if (n !== undefined && (!Number.isInteger(n) || n < 1)) throw new CliError('--n 应为正整数（第几份笔录）', 2);
      const bytes = await withService(async (s) => {
        const c = await s.get(id);
        const input = documentInput(kind as DocumentKind, c, { users: await s.users(), ...(o.bureau ? { bureau: o.bureau } : {}), ...(n ? { transcript: n } : {}) }, extra);
        return ext === '.docx' ? renderDocx(kind as DocumentKind, input as never) : renderPdf(kind as DocumentKind, input as never);
      });
      writeFileSync(o.out, bytes);
      print(!!o.json, { id, document: kind, out: resolve(o.out), bytes: bytes.length }, () => `已生成${kind}：${o.out}（${bytes.length} 字节）`);
    });

  program
    .command('volume')
    .description('一案一卷：案卷封面、卷内目录、全部文书、证据材料及附件清单、全过程记录、卷内备考表，合为一个 PDF')
    .argument('<ID>', '案件编号')
    .requiredOption('--out <FILE>', '输出文件（.pdf）')
    .option('--json', '输出 JSON')
    .action(async (id: string, o: { out: string; json?: boolean }) => {
      if (extname(o.out).toLowerCase() !== '.pdf') throw new CliError('--out 的扩展名应为 .pdf', 2);
      const { bytes, volume } = await withService(async (s, store) => {
        const c = await s.get(id);
        const proc = loadProcedures().get(c.procedure.id, c.procedure.version);
        if (!proc) throw new CliError(`找不到程序 ${c.procedure.id} 第${c.procedure.version}版`, 1);
        const events = await listEvents(store, { caseId: c.id });
        const volume = buildCaseVolume(c, proc, { users: await s.users() }, events.map((e) => ({ seq: e.seq, step: e.step, actor: e.actor, at: e.at, hash: e.hash })));
        return { bytes: await renderCaseVolume(volume), volume };
      });
      writeFileSync(o.out, bytes);
      print(
        !!o.json,
        { id, out: resolve(o.out), bytes: bytes.length, documents: volume.documents, missing: volume.missing },
        () => `已生成案卷：${o.out}（文书 ${volume.documents.length} 件${volume.missing.length ? `；未能生成 ${volume.missing.length} 件，见卷内备考表` : ''}）`,
      );
    });
}
