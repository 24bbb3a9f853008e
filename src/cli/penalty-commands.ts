// `yibao penalty`: the legal consequences of a case's facts under one article.
//   yibao penalty --article 医疗保障基金使用监督管理条例:40 --facts facts.json [--jurisdiction 河南] [--on-date 2024-07-01] [--json]
//   yibao penalty --list
import { readFileSync } from 'node:fs';
import type { Command } from 'commander';
import {
  penaltyWithDecision,
  type PenaltyDecision,
  listSanctionRules,
  formatYuan,
  PenaltyError,
  FLAGS,
  type Measure,
  type PenaltyResult,
} from '../law/index.js';
import { CliError } from './errors.js';

type Write = (text: string) => void;

function readFacts(path: string): unknown {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    throw new CliError(`无法读取案件事实文件 ${path}`, 2);
  }
  try {
    return JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (e) {
    throw new CliError(`案件事实文件 ${path} 不是有效的 JSON：${(e as Error).message}`, 2);
  }
}

function measureLine(m: Measure): string {
  const parts: string[] = [m.kind];
  if (m.target && m.target !== '单位' && m.target !== '当事人') parts.unshift(`对${m.target}`);
  if (m.amountFen !== undefined) parts.push(formatYuan(m.amountFen));
  if (m.minFen !== undefined || m.maxFen !== undefined) {
    parts.push(`${m.minFen !== undefined ? formatYuan(m.minFen) : ''}～${m.maxFen !== undefined ? formatYuan(m.maxFen) : ''}`);
  }
  if (m.minMonths !== undefined) parts.push(m.minMonths === m.maxMonths ? `${m.minMonths}个月` : `${m.minMonths}～${m.maxMonths}个月`);
  if (m.minYears !== undefined) parts.push(m.minYears === m.maxYears ? `${m.minYears}年` : `${m.minYears}～${m.maxYears}年`);
  const notes = [m.mandatory ? '应当' : '可以', m.penalty ? '行政处罚' : '非处罚措施'];
  if (m.condition) notes.push(`条件：${m.condition}`);
  if (m.authority) notes.push(`由${m.authority}`);
  if (m.restsOnQuote) notes.push('条文据清单引文');
  let line = `  · ${parts.join(' ')}（${notes.join('；')}）\n    依据：${m.citation}`;
  if (m.computation) line += `\n    计算：${m.computation}`;
  if (m.rounding) line += `\n    舍入：${m.rounding}`;
  return line;
}

/** The readable Chinese report of a result. */
export function formatPenaltyResult(r: PenaltyResult): string {
  const out: string[] = [];
  out.push(`条文：${r.article}${r.appliedArticle !== r.article ? ` → 适用 ${r.appliedArticle}` : ''}（《${r.statute}》${r.version ? ` ${r.version} 版` : ''}${r.paragraphs.length ? `，第${r.paragraphs.join('、')}款` : ''}）`);
  out.push(`当事人：${r.party}（${r.partyClass}）`);
  out.push(`是否给予行政处罚：${r.punishable ? '是' : '否'}`);
  if (r.reasons.length) out.push('理由：', ...r.reasons.map((x) => `  - ${x}`));
  out.push('措施：', ...(r.measures.length ? r.measures.map(measureLine) : ['  （无）']));
  if (r.withheldMeasures.length) out.push('因时效或不予处罚而不作出的处罚：', ...r.withheldMeasures.map(measureLine));
  out.push(`时效：${r.limitation.reason}（${r.limitation.citation}）`);
  const d = r.discretion;
  if (d) {
    out.push(
      `裁量建议：${d.tier}${d.multiple ? `（${d.multiple}）` : ''}${d.figureFen !== undefined ? ` ${formatYuan(d.figureFen)}` : d.minFen !== undefined && d.maxFen !== undefined ? ` ${formatYuan(d.minFen)}～${formatYuan(d.maxFen)}` : ''}`,
      ...d.reasons.map((x) => `  - ${x}`),
      ...d.alternatives.map((a) => `  可选：${a.tier}——${a.reason}${a.citation ? `（${a.citation}）` : ''}`),
    );
  }
  const p = r.procedure;
  if (p) {
    out.push(
      `简易程序：${p.simplifiedProcedure.eligible ? '可以适用' : '不适用'}（${p.simplifiedProcedure.reasons.join('；')}）`,
      `听证权利：${p.hearing.right === null ? '视决定数额而定或标准未录入' : p.hearing.right ? '有' : '无'}（${p.hearing.reasons.join('；') || '无听证事由'}）`,
      `法制审核：${p.legalReview.required ? '需要' : '按已知事实不需要'}（${p.legalReview.reasons.join('；')}）`,
      `集体讨论：${p.collectiveDiscussion.required ? '需要' : '按已知事实不需要'}（${p.collectiveDiscussion.reasons.join('；')}）`,
    );
  }
  if (r.warnings.length) out.push('注意：', ...r.warnings.map((x) => `  ! ${x}`));
  const texts = new Map<string, string>();
  for (const m of [...r.measures, ...r.withheldMeasures]) if (!texts.has(m.citation)) texts.set(m.citation, m.quote);
  if (texts.size) out.push('条文原文：', ...[...texts].map(([c, q]) => `  ${c}：${q}`));
  return out.join('\n') + '\n';
}

/** Registers the `yibao penalty` command. */
export function registerPenaltyCommands(program: Command, write: Write = (s) => void process.stdout.write(s)): void {
  program
    .command('penalty')
    .description('按条文和案件事实计算法律后果（罚款幅度、责令退回、暂停、解除协议、移送等）')
    .option('--article <STATUTE:ARTICLE>', '条文，如 医疗保障基金使用监督管理条例:40、社会保险法:84')
    .option('--facts <FACTS.json>', '案件事实 JSON 文件（party、amounts（分）、flags、actEnded、discovered）')
    .option('--jurisdiction <NAME>', '辖区（裁量基准与听证等程序标准，按路径向上查找），如 山西省/阳泉市、河南')
    .option('--on-date <YYYY-MM-DD>', '计算日（作出决定之日）')
    .option('--json', '输出 JSON')
    .option('--list', '列出已有处罚规则的条文')
    .action((opts: { article?: string; facts?: string; jurisdiction?: string; onDate?: string; json?: boolean; list?: boolean }) => {
      if (opts.list) {
        const rules = listSanctionRules();
        if (opts.json) write(JSON.stringify({ rules, flags: FLAGS }, null, 2) + '\n');
        else write(rules.map((r) => `${r.key}\t${r.conduct}${r.restsOnQuote ? '（条文据清单引文）' : ''}`).join('\n') + '\n');
        return;
      }
      if (!opts.article) throw new CliError('缺少 --article（如 医疗保障基金使用监督管理条例:40）', 2);
      if (!opts.facts) throw new CliError('缺少 --facts（案件事实 JSON 文件）', 2);
      const facts = readFacts(opts.facts);
      let result: PenaltyResult & { decision: PenaltyDecision };
      try {
        // the same computation a case makes at 调查终结: the result, and the decision value beside it
        result = penaltyWithDecision({
          article: opts.article,
          facts: facts as never,
          ...(opts.jurisdiction ? { jurisdiction: opts.jurisdiction } : {}),
          ...(opts.onDate ? { decisionDate: opts.onDate } : {}),
        });
      } catch (e) {
        if (e instanceof PenaltyError) throw new CliError(`${e.message.replace(/\s*\n\s*/g, ' ')}（${e.code}）`, 2);
        throw e;
      }
      write(opts.json ? JSON.stringify(result, null, 2) + '\n' : formatPenaltyResult(result));
    });
}
