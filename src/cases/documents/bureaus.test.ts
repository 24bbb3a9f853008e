// Issuing bureaus as data: the five seed jurisdictions, lookup by path (walking up, no
// default), 文号 prefixes, the 复议机关 by the 行政复议法 in force, and documents that name
// their own bureau only.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  bureauByName,
  bureauFor,
  bureauGaps,
  DOCUMENT_KINDS,
  docNumberPrefixOf,
  DocumentError,
  issuerFor,
  loadBureaus,
  NUMBERED_KINDS,
  parseBureauFile,
  reconsiderationFor,
  remedyFor,
  renderDocx,
  type BureauConfig,
  type BureauRegistry,
} from './index.js';
import { BUREAUS, samples } from './test-support/fixtures.js';
import { placeText } from './test-support/statutes.js';
import { docxText } from './test-support/text.js';

const FILE = fileURLToPath(new URL('../../../data/documents/bureaus.json', import.meta.url));
const CATALOGS = fileURLToPath(new URL('../../../data/catalogs/', import.meta.url));

describe('the five seed jurisdictions', () => {
  it('each has its bureau, with path, code and name', () => {
    expect(BUREAUS.map((b) => [b.path, b.code, b.name])).toEqual([
      ['山西省/阳泉市', '140300', '阳泉市医疗保障局'],
      ['山西省/阳泉市/矿区', '140303', '阳泉市矿区人力资源和社会保障局（阳泉市矿区医疗保障局）'],
      ['贵州省/六盘水市/钟山区', '520201', '六盘水市钟山区医疗保障局'],
      ['内蒙古自治区', '150000', '内蒙古自治区医疗保障局'],
      ['甘肃省/兰州市', '620100', '兰州市医疗保障局'],
      // the provinces whose 裁量基准 is data (data/discretion)
      ['河南省', '410000', '河南省医疗保障局'],
      ['新疆维吾尔自治区', '650000', '新疆维吾尔自治区医疗保障局'],
    ]);
  });

  it('each name is the one its seed catalog uses, at the line its source cites', () => {
    for (const b of BUREAUS) {
      const source = b.sources.find((s) => s.fields.includes('name'))!.source;
      const d = /(data\/discretion\/\S+\.json)/.exec(source);
      if (d) {
        // a province of the 裁量基准 data: the name is the one of the body that issued it
        const title = (JSON.parse(readFileSync(d[1]!, 'utf8')) as { title: string }).title;
        expect(title, b.name).toContain(b.name.replace(/局$/, ''));
        continue;
      }
      const m = /data\/catalogs\/(\S+\.txt) 第(\d+)行/.exec(source);
      expect(m, b.name).not.toBeNull();
      const line = readFileSync(CATALOGS + m![1], 'utf8').split('\n')[Number(m![2]) - 1]!;
      expect(line, b.name).toContain(b.name.replace(/局$/, ''));
    }
  });

  it('every field is sourced, and nothing unpublished is filled in', () => {
    for (const b of BUREAUS) {
      const sourced = new Set(b.sources.flatMap((s) => s.fields));
      for (const field of ['name', 'code', 'government', 'parentDepartment']) expect(sourced.has(field), `${b.name} ${field}`).toBe(true);
      for (const field of ['address', 'phone', 'court'] as const) {
        if (b[field] === undefined) expect(sourced.has(field), `${b.name}: why ${field} is absent`).toBe(true);
      }
      expect(b.settings.length, `${b.name}: bureau settings are marked`).toBeGreaterThan(0);
    }
  });

  it('a missing address, phone or court is reported, not invented', () => {
    for (const b of BUREAUS) {
      const gaps = bureauGaps(b).join('\n');
      if (!b.address) expect(gaps).toContain(`${b.name}：未配置地址`);
      if (!b.court) expect(gaps).toContain(`${b.name}：未配置行政诉讼管辖法院`);
    }
  });
});

describe('bureauFor(jurisdictionPath, onDate): walks up the path, never a default', () => {
  it('finds the bureau of the path or the nearest one above', () => {
    expect(bureauFor('山西省/阳泉市', '2026-01-01').code).toBe('140300');
    expect(bureauFor('山西省/阳泉市/城区', '2026-01-01').code).toBe('140300');
    expect(bureauFor('山西省/阳泉市/矿区', '2026-01-01').code).toBe('140303');
    expect(bureauFor('山西省/阳泉市/矿区/某街道', '2026-01-01').code).toBe('140303');
    expect(bureauFor('内蒙古自治区/呼和浩特市', '2026-01-01').code).toBe('150000');
    expect(bureauFor('贵州省/六盘水市/钟山区', '2026-01-01').code).toBe('520201');
    expect(bureauFor('甘肃省/兰州市', '2026-01-01').code).toBe('620100');
  });
  it('a jurisdiction without one is an error naming it', () => {
    expect(() => bureauFor('山西省/太原市', '2026-01-01')).toThrow(/辖区「山西省\/太原市」及其上级辖区在 2026-01-01 没有配置执法主体/);
    expect(() => bureauFor('贵州省/六盘水市', '2026-01-01')).toThrow(DocumentError);
    expect(() => bureauFor('', '2026-01-01')).toThrow(/辖区路径为空/);
    expect(() => bureauFor('山西省/阳泉市', '2026-02-30')).toThrow(/日期无效/);
  });
  it('honours the dates a bureau exists under its name', () => {
    const registry: BureauRegistry = { ...loadBureaus(), bureaus: BUREAUS.map((b) => (b.code === '140300' ? { ...b, validFrom: '2019-01-01' } : b)) };
    expect(bureauFor('山西省/阳泉市/城区', '2019-01-01', registry).code).toBe('140300');
    expect(() => bureauFor('山西省/阳泉市/城区', '2018-12-31', registry)).toThrow(/没有配置执法主体/);
  });
  it('by name or code, for an explicit choice', () => {
    expect(bureauByName('兰州市医疗保障局').code).toBe('620100');
    expect(bureauByName('520201').name).toBe('六盘水市钟山区医疗保障局');
    expect(() => bureauByName('阳泉市城区医疗保障局')).toThrow(/没有名为或代码为「阳泉市城区医疗保障局」的执法主体/);
  });
});

describe('文号 prefixes', () => {
  it('every numbered kind has one per bureau, no two bureaus share one', () => {
    const seen = new Map<string, string>();
    for (const b of BUREAUS) {
      for (const kind of NUMBERED_KINDS) {
        const prefix = docNumberPrefixOf(b, kind);
        expect(seen.get(prefix), prefix).toBeUndefined();
        seen.set(prefix, b.name);
        expect(issuerFor(b, kind)).toMatchObject({ name: b.name, sealText: b.sealText, docNumberPrefix: prefix });
      }
    }
    expect(docNumberPrefixOf(BUREAUS[0]!, '行政处罚决定书')).toBe('阳医保罚');
    expect(docNumberPrefixOf(BUREAUS[4]!, '行政处罚事先告知书')).toBe('兰医保罚告');
    expect(() => docNumberPrefixOf(BUREAUS[0]!, '询问笔录')).toThrow(/不编文号/);
    expect(issuerFor(BUREAUS[0]!, '询问笔录').docNumberPrefix).toBeUndefined();
  });
});

describe('the bureaus file is checked, errors name the file, line and column', () => {
  const text = readFileSync(FILE, 'utf8');
  it('the shipped file parses', () => {
    expect(parseBureauFile(text).bureaus.length).toBe(7);
  });
  it('bad JSON', () => {
    expect(() => parseBureauFile(text.replace('"bureaus": [', '"bureaus": [,'), 'x.json')).toThrow(/^x\.json:\d+:\d+：不是合法的 JSON/);
  });
  it('a bad code points at its line', () => {
    const bad = text.replace('"code": "520201"', '"code": "52020"');
    const line = bad.split('\n').findIndex((l) => l.includes('"52020"')) + 1;
    expect(() => parseBureauFile(bad, 'x.json')).toThrow(new RegExp(`^x\\.json:${line}:\\d+：bureaus\\.2\\.code：行政区划代码应为 6 位数字`));
  });
  it('an unknown field, a duplicate path, a shared prefix, a missing suffix', () => {
    expect(() => parseBureauFile(text.replace('"sealText": "兰州市医疗保障局",', '"sealText": "兰州市医疗保障局", "seal": 1,'))).toThrow(/bureaus\.4：.*seal/);
    expect(() => parseBureauFile(text.replace('"path": "甘肃省/兰州市"', '"path": "山西省/阳泉市"'))).toThrow(/bureaus\.4\.path：与第 1 个执法主体重复/);
    expect(() => parseBureauFile(text.replace('"docNumberAbbreviation": "兰医保"', '"docNumberAbbreviation": "阳医保"'))).toThrow(/与 阳泉市医疗保障局 相同/);
    expect(() => parseBureauFile(text.replace('"催告书": "催",', ''))).toThrow(/没有「催告书」的文号前缀/);
  });
});

describe('复议机关 by the 行政复议法 in force on the decision date', () => {
  it.each(BUREAUS.map((b) => [b.name, b] as const))('%s: before 2024-01-01 the applicant chooses, from then on the 本级人民政府', (_n, b) => {
    const before = reconsiderationFor(b, '2023-12-31');
    expect(before.bodies).toEqual([b.government, b.parentDepartment]);
    expect(before.rule.lawVersion).toBe('2017-09-01');
    const after = reconsiderationFor(b, '2024-01-01');
    expect(after.bodies).toEqual([b.government]);
    expect(after.rule.lawVersion).toBe('2023-09-01');
    expect(remedyFor(b, '2023-06-30').reconsideration.bodies).toHaveLength(2);
    expect(remedyFor(b, '2026-06-30').reconsideration.bodies).toEqual([b.government]);
  });

  it('the 本级人民政府 is the government of the bureau’s own jurisdiction', () => {
    for (const b of BUREAUS) {
      const parts = b.path.split('/');
      expect(b.government).toBe(`${parts.length === 1 ? parts[0] : parts.slice(1).join('')}人民政府`);
    }
  });

  it('each rule quotes its article verbatim, and its period is that version\'s (data/law/periods.json)', () => {
    for (const date of ['2023-12-31', '2024-01-01']) {
      const { rule } = reconsiderationFor(BUREAUS[0]!, date);
      expect(placeText(rule.file, rule.article)).toContain(rule.quote);
      const period = remedyFor(BUREAUS[0]!, date).reconsideration.period;
      expect(placeText(rule.file, period.basis!.article)).toContain(period.basis!.quote);
    }
  });

  it('the court is told when configured, a line to fill when not', () => {
    const withCourt: BureauConfig = { ...BUREAUS[0]!, court: '某某铁路运输法院' };
    expect(remedyFor(withCourt, '2026-06-30').litigation.court).toBe('某某铁路运输法院');
    expect(remedyFor(BUREAUS[0]!, '2026-06-30').litigation.court).toBeUndefined();
  });
});

describe('a case of each seed bureau: every document names that bureau and no other', () => {
  const markers = (b: BureauConfig): string[] => [b.name, b.government, ...NUMBERED_KINDS.map((k) => `${docNumberPrefixOf(b, k)}〔`), ...(b.court ? [b.court] : [])];
  it.each(BUREAUS.map((b) => [b.name, b] as const))('%s', async (_n, b) => {
    const others = BUREAUS.filter((o) => o !== b).flatMap(markers);
    const all = samples(b);
    for (const kind of DOCUMENT_KINDS) {
      const { text, footers } = await docxText(await renderDocx(kind, all[kind] as never));
      expect(text, kind).toContain(b.name);
      for (const m of others) expect(`${text}\n${footers}`.includes(m), `${kind} of ${b.name} names ${m}`).toBe(false);
      if (text.includes('如不服本')) expect(text, kind).toContain(`向${b.government}申请行政复议`);
    }
  });
});
