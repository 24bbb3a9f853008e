// 一案一卷: a case's whole file as one PDF, for the archive and for whoever reviews the case
// later (法制审核, 复议, 执法监督). In order: the 案卷封面, the 卷内目录, every document the
// case's steps promised and its data can build (in the order of the steps that produced them),
// the list of evidence and attachments with their content hashes, the 全过程记录 (each step:
// when, who, and the record's hash), and the 卷内备考表 — which states, for each promised
// document the case could not build, why (nothing is invented to fill a gap).
import { buildDocument, DocumentError, DOCUMENT_KINDS, renderVolumePdf, type DocModel, type DocumentKind, type Block } from './documents/index.js';
import { formatYuan, shanghaiDateOf } from '../law/index.js';
import type { CaseState } from './engine/types.js';
import type { ProcedureDef } from './procedure/model.js';
import { documentInput, type DocContext } from './doc-inputs.js';
import { mainParty } from './steps/party.js';

export interface VolumeRecordEntry {
  seq: number;
  step: string;
  actor: string;
  at: string;
  hash: string;
}

export interface CaseVolume {
  title: string;
  author: string;
  cover: DocModel;
  parts: Array<{ entry: string; model: DocModel }>;
  /** documents built, in order */
  documents: Array<{ kind: DocumentKind; step: string; date: string }>;
  /** promised documents the case could not build, with the reason */
  missing: Array<{ kind: string; step: string; reason: string }>;
}

/**
 * The 决定 step promises one document per kind of decision (医疗保障行政处罚程序暂行规定 第四十三条):
 * only the one that matches the decision taken belongs in the file.
 */
const DECISION_DOCUMENTS: Record<string, readonly string[]> = {
  行政处罚决定书: ['行政处罚'],
  不予行政处罚决定书: ['不予行政处罚', '违法事实不能成立'],
  移送函: ['移送其他行政管理部门', '移送司法机关'],
};

const cellRow = (cells: string[], label = false): { cells: Array<{ lines: Array<Array<{ text: string }>>; label?: boolean; align?: 'center' }> } => ({
  cells: cells.map((text) => ({ lines: text.split('\n').map((line) => [{ text: line }]), ...(label ? { label: true, align: 'center' as const } : {}) })),
});

function form(title: string, author: string, blocks: Block[]): DocModel {
  return { title, author, layout: 'form', blocks: [{ type: 'title', text: title, level: 'document' }, ...blocks] };
}

function resultOf(c: CaseState): string {
  const d = c.penalty.decided;
  if (!d) return c.closed ? c.state : `办理中（${c.state}）`;
  const fines = d.measures.filter((m) => m.amountFen !== undefined).map((m) => {
    const kind = c.penalty.decision?.measures.find((x) => x.id === m.measureId)?.kind ?? m.measureId;
    return `${kind}${formatYuan(m.amountFen!)}`;
  });
  const others = d.measures
    .filter((m) => m.amountFen === undefined)
    .map((m) => {
      const kind = c.penalty.decision?.measures.find((x) => x.id === m.measureId)?.kind ?? m.measureId;
      return m.months !== undefined ? `${kind}${m.months}个月` : m.years !== undefined ? `${kind}${m.years}年` : kind;
    });
  return [d.kind, [...fines, ...others].join('；')].filter(Boolean).join('：');
}

/**
 * The volume of a case. `record` is the case's events in the 全过程记录 (with their hashes);
 * `procedure` says which documents each step promises.
 */
export function buildCaseVolume(c: CaseState, procedure: ProcedureDef, ctx: DocContext, record: VolumeRecordEntry[]): CaseVolume {
  const name = (u: string) => ctx.users.get(u)?.displayName ?? u;
  const documents: CaseVolume['documents'] = [];
  const missing: CaseVolume['missing'] = [];
  const models: Array<{ entry: string; model: DocModel }> = [];
  const seen = new Set<string>();
  let author = '';
  for (const h of c.history) {
    const step = procedure.steps.find((s) => s.id === h.step);
    for (const kind of step?.documents ?? []) {
      if (seen.has(kind)) continue;
      const decidedAs = DECISION_DOCUMENTS[kind];
      if (decidedAs && c.penalty.decided && !decidedAs.includes(c.penalty.decided.kind)) continue;
      seen.add(kind);
      if (!(DOCUMENT_KINDS as readonly string[]).includes(kind)) {
        missing.push({ kind, step: h.step, reason: '本系统尚无此文书的格式' });
        continue;
      }
      try {
        // every 询问笔录 and 现场检查笔录 recorded on the case, each its own document
        const transcripts = kind === '询问笔录' || kind === '现场检查笔录' ? (c.transcripts?.[kind] ?? []) : [];
        const runs = transcripts.length
          ? transcripts.map((t, i) => ({ n: i + 1, date: t.date, who: '被询问人' in t ? `，${t.被询问人}` : '' }))
          : [{ n: undefined, date: h.date, who: '' }];
        for (const run of runs) {
          const model = buildDocument(kind as DocumentKind, documentInput(kind as DocumentKind, c, { ...ctx, ...(run.n ? { transcript: run.n } : {}) }) as never);
          author ||= model.author;
          documents.push({ kind: kind as DocumentKind, step: h.step, date: run.date });
          models.push({ entry: `${kind}（${run.date}${run.who}）`, model });
        }
      } catch (err) {
        if (!(err instanceof DocumentError)) throw err;
        missing.push({ kind, step: h.step, reason: err.message });
      }
    }
  }
  author ||= c.jurisdiction.name;
  const party = mainParty(c.parties);
  const closedOn = c.closed ? c.history[c.history.length - 1]?.date : undefined;
  const cover: DocModel = { title: '医疗保障行政执法案卷', author, layout: 'form', blocks: [
    { type: 'title', text: author, level: 'bureau' },
    { type: 'title', text: '行政执法案卷', level: 'document' },
    {
      type: 'table',
      columns: [1, 3],
      rows: [
        ['案件名称', String(c.data['立案']?.['案由'] ?? c.item?.name ?? c.procedure.name)],
        ['案件编号', c.id],
        ['办理程序', `${c.procedure.name}（第${c.procedure.version}版）`],
        ['清单事项', c.item ? `${c.item.name}（${c.item.ref}）` : '—'],
        ['当事人', c.parties.map((p) => `${p.名称}（${p.角色}）`).join('\n') || '—'],
        ['承办人', c.officers.map(name).join('、') || '—'],
        ['立案（开案）日期', shanghaiDateOf(c.openedAt)],
        ['办结日期', closedOn ?? '未办结'],
        ['处理结果', resultOf(c)],
        ['本卷文书', `${documents.length} 件；附件 ${c.attachments.length} 份；全过程记录 ${record.length} 条`],
        ['保管期限', ''],
        ['归档号', ''],
      ].map(([k, v]) => ({ cells: [{ lines: [[{ text: k! }]], label: true, align: 'center' as const }, { lines: v!.split('\n').map((line) => [{ text: line }]) }], minHeight: 30 })),
    },
  ] };
  const evidence = form('证据材料及附件清单', author, [
    c.attachments.length
      ? { type: 'table', columns: [1, 4, 2, 4], rows: [cellRow(['序号', '材料名称', '所附环节', '内容哈希（SHA-256 前16位）'], true), ...c.attachments.map((a, i) => cellRow([String(i + 1), a.fileName && a.fileName !== a.name ? `${a.name}（${a.fileName}）` : a.name, a.step, a.sha256.slice(0, 16)]))] }
      : { type: 'paragraph', spans: [{ text: '本案没有附件。' }], indent: true },
  ]);
  const trail = form('全过程记录', author, [
    { type: 'paragraph', spans: [{ text: '下列每一条记录写入时即与前一条记录的哈希相链，任何改动都会被“全过程记录校验”发现。' }], indent: true, small: true },
    {
      type: 'table',
      columns: [1, 4, 3, 2, 5],
      rows: [cellRow(['序号', '时间', '环节', '办理人', '记录哈希（前16位）'], true), ...record.map((e, i) => cellRow([String(i + 1), e.at.replace('T', ' ').slice(0, 16), e.step, name(e.actor), e.hash.slice(0, 16)]))],
    },
  ]);
  const remarks = form('卷内备考表', author, [
    { type: 'paragraph', spans: [{ text: `本卷共有文书 ${documents.length} 件，证据材料及附件 ${c.attachments.length} 份，全过程记录 ${record.length} 条。` }], indent: true },
    ...(missing.length
      ? [
          { type: 'paragraph', spans: [{ text: '下列文书为办案环节所列、但本卷未能由案件数据生成，须另附纸质或电子件：' }], indent: true } as Block,
          { type: 'table', columns: [1, 3, 2, 6], rows: [cellRow(['序号', '文书', '环节', '原因'], true), ...missing.map((m, i) => cellRow([String(i + 1), m.kind, m.step, m.reason]))] } as Block,
        ]
      : [{ type: 'paragraph', spans: [{ text: '办案环节所列文书均已由案件数据生成。' }], indent: true } as Block]),
    { type: 'spacer', lines: 2 },
    { type: 'signature', lines: ['立卷人：　　　　　　', '检查人：　　　　　　', '立卷日期：　　年　　月　　日'] },
  ]);
  return {
    title: `${c.id} 案卷`,
    author,
    cover,
    parts: [...models, { entry: '证据材料及附件清单', model: evidence }, { entry: '全过程记录', model: trail }, { entry: '卷内备考表', model: remarks }],
    documents,
    missing,
  };
}

/** The volume as one PDF. */
export async function renderCaseVolume(volume: CaseVolume, fontDir?: string): Promise<Buffer> {
  return renderVolumePdf({ title: volume.title, author: volume.author, cover: volume.cover, parts: volume.parts }, fontDir);
}
