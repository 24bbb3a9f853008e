// 调查 before 调查终结 (医疗保障行政处罚程序暂行规定 第十七条第一款): a case under the ordinary
// procedure is investigated and its evidence collected before the investigation ends — at least
// one step that registers evidence (调查取证 with its 笔录或证据, 登记证据, 先行登记保存).
// 第十九条第四款 (证据经查证属实，才能作为认定案件事实的根据): each fact 调查终结 finds names the
// evidence of this case it rests on — registered evidence, a 询问笔录 or 现场检查笔录, or a file
// given with a step that collects evidence — and nothing else.
// 第三十七条第一款第（五）项: a local situation requiring 法制审核 marked at 调查终结 is one the case's
// jurisdiction lists on that day (data/discretion, kind reviewSituations).
import { legalReviewSituationsFor } from '../../law/index.js';
import type { GuardInput } from './guards.js';
import type { CaseState, Refusal } from './types.js';

/** Steps that put evidence in the case file. */
export const EVIDENCE_STEPS = ['调查取证', '登记证据', '先行登记保存'] as const;

/** Steps whose files are evidence: the investigation's, and the 核查 before 立案 (第十九条第二款), 当场认定 of the 简易程序. */
const EVIDENCE_FILE_STEPS = new Set<string>([...EVIDENCE_STEPS, '线索核查', '当场认定', '调取疑点数据', '疑点说明']);

export const isEvidenceStep = (step: string): boolean => (EVIDENCE_STEPS as readonly string[]).includes(step);

/**
 * The evidence of a case a finding of fact may cite, each by the words it is shown with (the
 * 调查终结报告 lists the same): 询问笔录 and 现场检查笔录 by person or place and day, registered
 * evidence by name, the party's explanations of the 疑点 (当事人的陈述) by who and day, files by
 * their slot and file name.
 */
export function citableEvidence(state: Pick<CaseState, 'transcripts' | 'evidence' | 'attachments' | 'suspectExplanations'>): string[] {
  const names = [
    ...(state.transcripts?.询问笔录 ?? []).map((q) => `询问笔录（${q.被询问人}，${q.date}）`),
    ...(state.transcripts?.现场检查笔录 ?? []).map((r) => `现场检查笔录（${r.地点}，${r.date}）`),
    ...(state.evidence ?? []).map((e) => e.名称),
    ...[...new Set((state.suspectExplanations ?? []).map((e) => `疑点说明（${e.说明人}，${e.date}）`))],
    ...state.attachments.filter((a) => EVIDENCE_FILE_STEPS.has(a.step)).map((a) => (a.fileName && a.fileName !== a.name ? `${a.name}（${a.fileName}）` : a.name)),
  ];
  return [...new Set(names)];
}

/** A cited name matches a citable one, or a file by its slot name alone (笔录或证据). */
function cites(citable: readonly string[], state: Pick<CaseState, 'attachments'>, name: string): boolean {
  return citable.includes(name) || state.attachments.some((a) => EVIDENCE_FILE_STEPS.has(a.step) && a.name === name);
}

/** A 疑点 of the case: from the monitoring lead it was opened from (facts.疑点数据) or taken by 调取疑点数据. */
export interface CaseSuspect {
  编号: string;
  内容: string;
  发生日期?: string;
  涉及金额Fen?: number;
  来源: string;
}

/** The 疑点 of a case the party may be asked to explain (第十八条第一款第（三）项), by number, the lead's first. */
export function caseSuspects(state: Pick<CaseState, 'facts' | 'suspects'>): CaseSuspect[] {
  const fromLead = Array.isArray(state.facts['疑点数据']) ? (state.facts['疑点数据'] as Array<Omit<CaseSuspect, '来源'>>).map((s) => ({ ...s, 来源: '智能监控线索' })) : [];
  const taken = (state.suspects ?? []).map(({ step: _s, date: _d, 信息系统, ...s }) => ({ ...s, 来源: 信息系统 }));
  const seen = new Set<string>();
  return [...fromLead, ...taken].filter((s) => !seen.has(s.编号) && !!seen.add(s.编号));
}

export const INVESTIGATION_GUARDS = {
  suspectsOfCase(g: GuardInput): Refusal | null {
    const rows = (g.input['说明'] as Array<{ 疑点编号: string }> | undefined) ?? [];
    const known = new Set(caseSuspects(g.state).map((s) => s.编号));
    if (!known.size) return { code: 'NO_SUSPECTS', message: '本案没有疑点数据：先“调取疑点数据”，或由智能监控线索立案，再登记被检查对象对疑点的说明（暂行规定第十八条第一款第（三）项）' };
    const unknown = rows.map((r) => r.疑点编号).filter((n) => !known.has(n));
    if (unknown.length) return { code: 'UNKNOWN_SUSPECT', message: `「${unknown.join('、')}」不是本案的疑点编号：只能对本案调取的疑点数据作出说明（暂行规定第十八条第一款第（三）项）` };
    return null;
  },

  investigatedBeforeEnd(g: GuardInput): Refusal | null {
    if (EVIDENCE_STEPS.some((s) => (g.state.done[s] ?? 0) > 0)) return null;
    return {
      code: 'NOT_INVESTIGATED',
      message: `本案尚未调查取证、登记证据，不能调查终结：除可以当场作出的行政处罚外，必须全面、客观、公正地调查，收集有关证据（医疗保障行政处罚程序暂行规定第十七条第一款）`,
    };
  },

  localReviewSituationsListed(g: GuardInput): Refusal | null {
    const marked = g.input['本地法制审核情形'] as string[] | undefined;
    if (!marked?.length) return null;
    const listed = localReviewSituations(g.state.jurisdiction.path, g.stepDate).map((s) => s.text);
    const unknown = marked.filter((m) => !listed.includes(m));
    if (!unknown.length) return null;
    return {
      code: 'UNKNOWN_REVIEW_SITUATION',
      message: `「${unknown.join('、')}」不是${g.state.jurisdiction.path}${g.stepDate}有效的重大行政执法决定法制审核情形（${listed.length ? `可选：${listed.join('；')}` : '本辖区未录入本地法制审核目录'}；暂行规定第三十七条第一款第（五）项）`,
    };
  },

  factsCiteEvidence(g: GuardInput): Refusal | null {
    const findings = g.input['认定事实'] as Array<{ 事实: string; 证据: string[] }> | undefined;
    if (!findings?.length) {
      return {
        code: 'FACTS_WITHOUT_EVIDENCE',
        message: '调查终结须逐项写明认定的事实及其所依据的证据：证据经查证属实，才能作为认定案件事实的根据（医疗保障行政处罚程序暂行规定第十九条第四款）',
      };
    }
    const citable = citableEvidence(g.state);
    for (const [i, f] of findings.entries()) {
      const unknown = f.证据.filter((name) => !cites(citable, g.state, name));
      if (unknown.length) {
        return {
          code: 'EVIDENCE_NOT_IN_CASE',
          message: `第 ${i + 1} 项事实所依据的「${unknown.join('、')}」不是本案已登记的证据（本案证据：${citable.join('、') || '无'}）：认定事实只能依据本案查证属实的证据（医疗保障行政处罚程序暂行规定第十九条第四款）`,
        };
      }
    }
    return null;
  },
};

/** The local situations the officers judge (those the national grounds do not already cover). */
export function localReviewSituations(jurisdiction: string, onDate: string): Array<{ text: string; citation: string }> {
  return legalReviewSituationsFor(jurisdiction, onDate)
    .filter((s) => !s.coveredBy)
    .map((s) => ({ text: s.text, citation: s.citation }));
}
