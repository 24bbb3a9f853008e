// Two SQL engines that run the same rule files: DuckDB (embedded, default) and a
// PostgreSQL server. Results come back as plain rows with dates as 'YYYY-MM-DD'
// strings and integers as numbers (or strings when beyond 2^53).
import { mkdirSync } from 'node:fs';
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import pg from 'pg';

export type EngineName = 'duckdb' | 'postgres';
export type SqlValue = string | number | boolean | null;
export type SqlRow = Record<string, SqlValue>;

export interface SqlEngine {
  readonly name: EngineName;
  exec(sql: string): Promise<void>;
  query(sql: string): Promise<SqlRow[]>;
  /** Appends rows of integers and texts to an existing (temp) table, fast: DuckDB's appender, PostgreSQL's unnest of arrays. */
  bulkInsert(table: string, columns: { name: string; type: 'INTEGER' | 'VARCHAR' }[], rows: (string | number | null)[][]): Promise<void>;
  close(): Promise<void>;
}

/** Splits a script into statements at semicolons that end a line (no procedural code is used). */
export function splitSqlStatements(script: string): string[] {
  return script
    .split(/;\s*(?:\r?\n|$)/)
    .map((s) => s.replace(/^\s*--.*$/gm, '').trim())
    .filter((s) => s.length > 0);
}

function normaliseValue(v: unknown): SqlValue {
  if (v === null || v === undefined) return null;
  if (typeof v === 'number' || typeof v === 'boolean') return v;
  if (typeof v === 'bigint') return Number.isSafeInteger(Number(v)) ? Number(v) : v.toString();
  if (typeof v === 'string') return v;
  return String(v);
}

export interface DuckDbOptions {
  /** Database file; a file database is faster than an in-memory one (STACK-NOTES §2). */
  path: string;
  memoryLimit?: string;
  tempDirectory?: string;
  threads?: number;
}

export class DuckDbEngine implements SqlEngine {
  readonly name = 'duckdb' as const;
  private constructor(private readonly instance: DuckDBInstance, readonly connection: DuckDBConnection) {}

  static async open(opts: DuckDbOptions): Promise<DuckDbEngine> {
    const temp = opts.tempDirectory ?? `${opts.path}.tmp`;
    mkdirSync(temp, { recursive: true });
    const instance = await DuckDBInstance.create(opts.path, {
      // 2 GB for DuckDB (its shared tables spill to temp_directory beyond that) leaves room
      // for the evidence and leads held in Node within a 3 GB process (1M visits: 3.05 GB
      // peak with 3GB, 2.36 GB with 2GB, for 8 % more CPU — measured).
      memory_limit: opts.memoryLimit ?? '2GB',
      temp_directory: temp,
      threads: String(opts.threads ?? 2),
      // Rule results are ordered explicitly (ORDER BY hit_key); letting DuckDB write the
      // shared tables out of order halves the time of the 10M-row fee_x (measured).
      preserve_insertion_order: 'false',
    });
    const connection = await instance.connect();
    return new DuckDbEngine(instance, connection);
  }

  async exec(sql: string): Promise<void> {
    await this.connection.run(sql);
  }

  async query(sql: string): Promise<SqlRow[]> {
    const reader = await this.connection.runAndReadAll(sql);
    const cols = reader.columnNames();
    const rows = reader.getRowsJson();
    const types = reader.columnTypes().map((t) => t.toString());
    return rows.map((r) => {
      const o: SqlRow = {};
      cols.forEach((name, i) => {
        const raw = r[i];
        const t = types[i] ?? '';
        if (raw !== null && raw !== undefined && /^(BIGINT|HUGEINT|UBIGINT|INTEGER|SMALLINT|TINYINT|UINTEGER|DECIMAL)/.test(t)) {
          const n = Number(raw);
          o[name] = Number.isSafeInteger(n) || !Number.isInteger(n) ? n : String(raw);
        } else {
          o[name] = normaliseValue(raw);
        }
      });
      return o;
    });
  }

  async bulkInsert(table: string, columns: { name: string; type: 'INTEGER' | 'VARCHAR' }[], rows: (string | number | null)[][]): Promise<void> {
    if (!rows.length) return;
    const appender = await this.connection.createAppender(table, 'main', 'temp');
    try {
      for (const row of rows) {
        columns.forEach((c, i) => {
          const v = row[i];
          if (v === null || v === undefined) appender.appendNull();
          else if (c.type === 'INTEGER') appender.appendInteger(Number(v));
          else appender.appendVarchar(String(v));
        });
        appender.endRow();
      }
      appender.flushSync();
    } finally {
      appender.closeSync();
    }
  }

  async close(): Promise<void> {
    this.connection.closeSync();
    this.instance.closeSync();
  }
}

const DATE_OID = 1082;
const INT8_OID = 20;
const NUMERIC_OID = 1700;

export interface PostgresOptions {
  connectionString: string;
  /** Schema to create and use (search_path); dropped with `dropSchemaOnClose`. */
  schema?: string;
  dropSchemaOnClose?: boolean;
  /** Settings a DBA would give an analytical session. */
  sessionSettings?: Record<string, string>;
}

export class PostgresEngine implements SqlEngine {
  readonly name = 'postgres' as const;
  private constructor(readonly client: pg.Client, private readonly opts: PostgresOptions) {}

  static async open(opts: PostgresOptions): Promise<PostgresEngine> {
    const asNumber = (s: string): number | string => {
      const n = Number(s);
      return Number.isSafeInteger(n) || !Number.isInteger(n) ? n : s;
    };
    const client = new pg.Client({
      connectionString: opts.connectionString,
      types: {
        getTypeParser: ((oid: number, format?: string) => {
          if (oid === DATE_OID) return (s: string) => s;
          if (oid === INT8_OID || oid === NUMERIC_OID) return asNumber;
          return pg.types.getTypeParser(oid, format as 'text');
        }) as typeof pg.types.getTypeParser,
      },
    });
    await client.connect();
    const engine = new PostgresEngine(client, opts);
    if (opts.schema) {
      if (!/^[a-z_][a-z0-9_]*$/.test(opts.schema)) throw new Error(`非法的模式名（invalid schema）: ${opts.schema}`);
      await client.query(`CREATE SCHEMA IF NOT EXISTS ${opts.schema}`);
      await client.query(`SET search_path TO ${opts.schema}`);
    }
    for (const [k, v] of Object.entries(opts.sessionSettings ?? {})) {
      await client.query(`SET ${k} = '${v.replace(/'/g, "''")}'`);
    }
    return engine;
  }

  async exec(sql: string): Promise<void> {
    await this.client.query(sql);
  }

  async query(sql: string): Promise<SqlRow[]> {
    const res = await this.client.query(sql);
    return res.rows.map((r: Record<string, unknown>) => {
      const o: SqlRow = {};
      for (const [k, v] of Object.entries(r)) o[k] = normaliseValue(v);
      return o;
    });
  }

  async bulkInsert(table: string, columns: { name: string; type: 'INTEGER' | 'VARCHAR' }[], rows: (string | number | null)[][]): Promise<void> {
    for (let i = 0; i < rows.length; i += 50_000) {
      const chunk = rows.slice(i, i + 50_000);
      const arrays = columns.map((_c, k) => chunk.map((r) => r[k] ?? null));
      const unnest = columns.map((c, k) => `$${k + 1}::${c.type === 'INTEGER' ? 'integer' : 'text'}[]`).join(', ');
      await this.client.query(`INSERT INTO ${table} (${columns.map((c) => c.name).join(', ')}) SELECT * FROM unnest(${unnest})`, arrays);
    }
  }

  async close(): Promise<void> {
    if (this.opts.schema && this.opts.dropSchemaOnClose) {
      await this.client.query(`DROP SCHEMA IF EXISTS ${this.opts.schema} CASCADE`);
    }
    await this.client.end();
  }
}
