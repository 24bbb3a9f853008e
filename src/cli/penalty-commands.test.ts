import { describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Command } from 'commander';
import { registerPenaltyCommands } from './penalty-commands.js';
import { CliError } from './errors.js';

const dir = mkdtempSync(join(tmpdir(), 'yibao-penalty-'));
const factsFile = (name: string, facts: unknown) => {
  const path = join(dir, name);
  writeFileSync(path, typeof facts === 'string' ? facts : JSON.stringify(facts));
  return path;
};

async function run(args: string[]): Promise<string> {
  let out = '';
  const program = new Command().exitOverride();
  registerPenaltyCommands(program, (s) => {
    out += s;
  });
  await program.parseAsync(['node', 'yibao', 'penalty', ...args]);
  return out;
}

async function failure(args: string[]): Promise<CliError> {
  try {
    await run(args);
  } catch (e) {
    if (e instanceof CliError) return e;
    throw e;
  }
  throw new Error('expected a CliError');
}

describe('yibao penalty', () => {
  it('--json prints the contract shape', async () => {
    const file = factsFile('a.json', { party: '定点医疗机构', amounts: { lossFen: 1_234_567 }, flags: ['以骗取为目的'] });
    const out = JSON.parse(await run(['--article', '医疗保障基金使用监督管理条例:40', '--facts', file, '--json']));
    expect(out.punishable).toBe(true);
    expect(Array.isArray(out.reasons)).toBe(true);
    const fine = out.measures.find((m: { kind: string }) => m.kind === '罚款');
    expect(fine).toMatchObject({ kind: '罚款', mandatory: true, minFen: 2_469_134, maxFen: 6_172_835, target: '单位' });
    expect(fine.citation).toContain('第四十条');
    const suspension = out.measures.find((m: { kind: string }) => m.kind === '暂停相关责任部门涉及基金使用的医药服务');
    expect([suspension.minMonths, suspension.maxMonths]).toEqual([6, 12]);
  });

  it('prints a readable Chinese report without --json', async () => {
    const file = factsFile('b.json', { party: '参保个人', amounts: { lossFen: 80_000 } });
    const out = await run(['--article', '医疗保障基金使用监督管理条例:41', '--facts', file, '--jurisdiction', '河南']);
    expect(out).toContain('是否给予行政处罚：是');
    expect(out).toContain('责令退回 800.00 元');
    expect(out).toContain('暂停联网结算 3～12个月');
    expect(out).toContain('条文原文：');
    expect(out).toContain('暂停其医疗费用联网结算3个月至12个月');
  });

  it('exits 2 with one line naming the problem', async () => {
    const good = factsFile('c.json', { party: '医疗保障经办机构', amounts: {} });
    const unknownArticle = await failure(['--article', '医疗保障基金使用监督管理条例:99', '--facts', good]);
    expect(unknownArticle.exitCode).toBe(2);
    expect(unknownArticle.message).toContain('UNKNOWN_ARTICLE');
    const missing = await failure(['--article', '医疗保障基金使用监督管理条例:37', '--facts', good]);
    expect(missing.message).toMatch(/骗取金额.*MISSING_AMOUNT/);
    const flag = await failure(['--article', '医疗保障基金使用监督管理条例:37', '--facts', factsFile('d.json', { party: '医疗保障经办机构', flags: ['很严重'] })]);
    expect(flag.message).toContain('很严重');
    expect(flag.message).toContain('UNKNOWN_FLAG');
    const badJson = await failure(['--article', '社会保险法:84', '--facts', factsFile('e.json', '{oops')]);
    expect(badJson.message).toContain('不是有效的 JSON');
    for (const e of [unknownArticle, missing, flag, badJson]) expect(e.message).not.toContain('\n');
  });

  it('lists the articles that have rules', async () => {
    const out = JSON.parse(await run(['--list', '--json']));
    expect(out.rules.map((r: { key: string }) => r.key)).toContain('社会救助暂行办法:68');
  });
});
