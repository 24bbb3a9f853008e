import { writeFileSync } from 'node:fs';
import type { Command } from 'commander';
import {
  CatalogImportError,
  EXPORT_FORMATS,
  FIELD_LABELS,
  LINT_RULES,
  catalogContractView,
  catalogJsonSchema,
  compareCatalogs,
  exportCatalog,
  importCatalogFileAsync,
  lintCatalog,
  parseColumnMap,
  type ColumnOverrides,
  loadMatters,
  type Catalog,
  type ExportFormat,
  type LintFinding,
} from '../catalog/index.js';
import { loadCorpus } from '../law/index.js';
import { CliError } from './errors.js';

/** `--map 列名=字段` given once or more: the maintainer's column mapping (exit 2 when malformed). */
function columnsOption(map: string[] | undefined): ColumnOverrides | undefined {
  if (!map || map.length === 0) return undefined;
  try {
    return parseColumnMap(map);
  } catch (err) {
    throw new CliError(`--map：${(err as Error).message}`, 2);
  }
}

const collect = (value: string, previous: string[] = []) => [...previous, value];

/**
 * Imports every file (text, HTML, .xlsx, .xls, .docx, PDF); unreadable files — missing, a
 * directory, not a catalog — end the command with exit 2 and one line each.
 */
async function importAll(files: string[], columns?: ColumnOverrides): Promise<Catalog[]> {
  const corpus = loadCorpus();
  const matters = loadMatters();
  const catalogs: Catalog[] = [];
  const errors: string[] = [];
  for (const file of files) {
    try {
      catalogs.push(await importCatalogFileAsync(file, { corpus, matters, ...(columns ? { columns } : {}) }));
    } catch (err) {
      if (err instanceof CatalogImportError) errors.push(`${file}：${err.reason}（${err.code}${err.line ? `，第${err.line}行` : ''}）`);
      else throw err;
    }
  }
  if (errors.length) throw new CliError(errors.join('\nyibao: '), 2);
  return catalogs;
}

function printJson(values: unknown[]): void {
  process.stdout.write(JSON.stringify(values.length === 1 ? values[0] : values, null, 2) + '\n');
}

const SEVERITY_LABEL = { error: '错误', warning: '警告', info: '提示' } as const;

function countBy<T extends string>(values: T[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const v of values) out[v] = (out[v] ?? 0) + 1;
  return out;
}

function summariseImport(catalog: Catalog): string {
  const kinds = countBy(catalog.items.map((i) => i.kind));
  const citations = catalog.items.flatMap((i) => i.bases.flatMap((b) => b.citations));
  const unresolved = countBy(citations.filter((c) => !c.resolved).map((c) => c.reason ?? '未知'));
  const linked = catalog.items.filter((i) => i.matter).length;
  const lines = [
    `${catalog.title}`,
    `  实施主体：${catalog.jurisdiction}（${catalog.level}级${catalog.year ? `，${catalog.year}年` : ''}）  来源：${catalog.source.file}（${catalog.source.shape}，${catalog.source.encoding}）`,
    `  事项：${catalog.items.length}项（${Object.entries(kinds).map(([k, n]) => `${k}${n}`).join('、')}）；对应规范事项：${linked}/${catalog.items.length}`,
    `  引用条文：${citations.length}条，已核对${citations.filter((c) => c.resolved).length}条${Object.keys(unresolved).length ? `，未核对：${Object.entries(unresolved).map(([r, n]) => `${r}${n}`).join('、')}` : ''}`,
  ];
  if (catalog.gaps.length) lines.push(`  缺漏：${catalog.gaps.map((g) => `第${g.seq}项（${g.reason}）`).join('；')}`);
  if (catalog.source.columns?.some((c) => c.guessed)) {
    lines.push(`  列对应：${catalog.source.columns.filter((c) => c.field).map((c) => `${c.header}→${FIELD_LABELS[c.field as keyof typeof FIELD_LABELS] ?? c.field}${c.guessed ? `（推测，置信度 ${c.confidence}）` : ''}`).join('；')}`);
  }
  for (const note of catalog.notes.filter((n) => n.severity !== 'info')) lines.push(`  注意：${note.message}`);
  return lines.join('\n');
}

function summariseLint(catalog: Catalog, findings: LintFinding[]): string {
  const bySeverity = countBy(findings.map((f) => f.severity));
  const lines = [
    `${catalog.title}（${catalog.items.length}项）：错误${bySeverity.error ?? 0}、警告${bySeverity.warning ?? 0}、提示${bySeverity.info ?? 0}`,
  ];
  const byRule = countBy(findings.map((f) => f.rule));
  lines.push(`  按规则：${Object.entries(byRule).map(([r, n]) => `${LINT_RULES[r as keyof typeof LINT_RULES]}（${r}）${n}`).join('；')}`);
  for (const f of findings.filter((x) => x.severity !== 'info')) {
    lines.push(`  ${f.item ? `第${f.item}项` : '全清单'} [${SEVERITY_LABEL[f.severity]}] ${f.message}`);
  }
  return lines.join('\n');
}

/** Registers the `yibao catalog` sub-commands. */
export function registerCatalogCommands(program: Command): void {
  const catalog = program.command('catalog').description('执法事项清单：导入、检查、比较、导出');

  catalog
    .command('import')
    .description('导入清单文件（自动识别格式与编码），输出事项、条文引用与缺漏')
    .argument('<files...>', '清单文件')
    .option('--json', '输出 JSON')
    .option('--map <列名=字段>', '指定列的含义（可多次给出），如 --map 权力名称=事项名称 --map 科室=承办机构', collect)
    .action(async (files: string[], opts: { json?: boolean; map?: string[] }) => {
      const catalogs = await importAll(files, columnsOption(opts.map));
      if (opts.json) printJson(catalogs.map(catalogContractView));
      else process.stdout.write(catalogs.map(summariseImport).join('\n\n') + '\n');
    });

  catalog
    .command('lint')
    .description('检查清单：引文与法规原文、数字、版本、重复、乱码、缺漏')
    .argument('<files...>', '清单文件')
    .option('--json', '输出 JSON')
    .option('--all', '列出全部提示（默认只列错误和警告）')
    .option('--map <列名=字段>', '指定列的含义（可多次给出）', collect)
    .action(async (files: string[], opts: { json?: boolean; all?: boolean; map?: string[] }) => {
      const corpus = loadCorpus();
      const catalogs = await importAll(files, columnsOption(opts.map));
      const results = catalogs.map((c) => ({ catalog: c, findings: lintCatalog(c, corpus) }));
      if (opts.json) {
        printJson(results.map((r) => ({ file: r.catalog.source.file, jurisdiction: r.catalog.jurisdiction, findings: r.findings })));
        return;
      }
      const out = results.map((r) => (opts.all ? summariseLint(r.catalog, r.findings).replace(/\n$/, '') + '\n' + r.findings.filter((f) => f.severity === 'info').map((f) => `  ${f.item ? `第${f.item}项` : '全清单'} [提示] ${f.message}`).join('\n') : summariseLint(r.catalog, r.findings)));
      const total = countBy(results.flatMap((r) => r.findings.map((f) => f.severity)));
      out.push(`共${results.length}份清单、${results.reduce((n, r) => n + r.catalog.items.length, 0)}项：错误${total.error ?? 0}、警告${total.warning ?? 0}、提示${total.info ?? 0}`);
      process.stdout.write(out.join('\n\n') + '\n');
    });

  catalog
    .command('compare')
    .description('比较多份清单：规范事项 × 实施主体（有、无、依据不同）')
    .argument('<files...>', '清单文件')
    .option('--json', '输出 JSON')
    .action(async (files: string[], opts: { json?: boolean }) => {
      const catalogs = await importAll(files);
      const matrix = compareCatalogs(catalogs, loadMatters());
      if (opts.json) {
        printJson([matrix]);
        return;
      }
      const mark = { has: '有', lacks: '—', different: '依据不同' } as const;
      const lines = [`规范事项\t${matrix.jurisdictions.join('\t')}`];
      for (const row of matrix.rows) lines.push(`${row.matter.name}\t${row.cells.map((c) => (c.status === 'lacks' ? mark.lacks : `${mark[c.status]}(${c.items.map((i) => i.seq).join(',')})`)).join('\t')}`);
      if (matrix.unlinked.length) {
        lines.push('', '未能对应规范事项的事项：');
        for (const u of matrix.unlinked) lines.push(`  ${u.jurisdiction} 第${u.seq}项 ${u.name}：${u.reason}`);
      }
      process.stdout.write(lines.join('\n') + '\n');
    });

  catalog
    .command('export')
    .description('导出清单（xlsx 为公开发布的栏目）')
    .argument('<file>', '清单文件')
    .requiredOption('--format <format>', `格式：${EXPORT_FORMATS.join('|')}`)
    .requiredOption('--out <path>', '输出文件')
    .option('--map <列名=字段>', '指定列的含义（可多次给出）', collect)
    .action(async (file: string, opts: { format: string; out: string; map?: string[] }) => {
      if (!(EXPORT_FORMATS as readonly string[]).includes(opts.format)) {
        throw new CliError(`不支持的导出格式 ${opts.format}（可选 ${EXPORT_FORMATS.join('、')}）`, 2);
      }
      const [catalogData] = await importAll([file], columnsOption(opts.map));
      writeFileSync(opts.out, await exportCatalog(catalogData!, opts.format as ExportFormat));
      process.stdout.write(`已导出 ${catalogData!.items.length} 项到 ${opts.out}\n`);
    });

  catalog
    .command('schema')
    .description('输出清单模型的 JSON Schema')
    .action(() => {
      process.stdout.write(JSON.stringify(catalogJsonSchema(), null, 2) + "\n");
    });
}
