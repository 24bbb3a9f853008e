// A throw-away local PostgreSQL server (Debian's postgresql package) for the benchmark
// and local runs of the *.pg.test.ts suite: initdb as the postgres user in a temp dir,
// listening on 127.0.0.1 only, stopped and removed by stop().
import { execFileSync } from 'node:child_process';
import { chmodSync, chownSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface LocalPostgres {
  url: string;
  dir: string;
  stop(): void;
}

function pgBin(): string {
  const base = '/usr/lib/postgresql';
  if (!existsSync(base)) throw new Error('未安装 PostgreSQL（apt-get install -y postgresql）');
  const versions = readdirSync(base).filter((v) => /^\d+$/.test(v)).sort((a, b) => Number(a) - Number(b));
  const v = versions[versions.length - 1];
  if (!v) throw new Error('未找到 PostgreSQL 版本目录');
  return join(base, v, 'bin');
}

function uidOf(user: string): { uid: number; gid: number } {
  const uid = Number(execFileSync('id', ['-u', user]).toString().trim());
  const gid = Number(execFileSync('id', ['-g', user]).toString().trim());
  return { uid, gid };
}

export function startLocalPostgres(opts: { port?: number; settings?: Record<string, string> } = {}): LocalPostgres {
  const port = opts.port ?? 55433;
  const bin = pgBin();
  const dir = mkdtempSync(join(tmpdir(), 'yibao-pg-'));
  const { uid, gid } = uidOf('postgres');
  chownSync(dir, uid, gid);
  chmodSync(dir, 0o700);
  const asPostgres = (cmd: string): void => {
    execFileSync('su', ['postgres', '-c', cmd], { stdio: 'pipe' });
  };
  try {
    asPostgres(`${bin}/initdb -D ${dir}/data -E UTF8 --locale=C.UTF-8 -A trust -U postgres`);
  } catch (err) {
    rmSync(dir, { recursive: true, force: true });
    throw err;
  }
  const settings = {
    listen_addresses: '127.0.0.1',
    shared_buffers: '2GB',
    work_mem: '256MB',
    maintenance_work_mem: '1GB',
    max_wal_size: '8GB',
    synchronous_commit: 'off',
    max_parallel_workers_per_gather: '2',
    random_page_cost: '1.1',
    effective_cache_size: '8GB',
    ...opts.settings,
  };
  const flags = [`-p ${port}`, `-k ${dir}`, ...Object.entries(settings).map(([k, v]) => `-c ${k}=${v}`)].join(' ');
  try {
    asPostgres(`${bin}/pg_ctl -D ${dir}/data -l ${dir}/log -w -o '${flags}' start`);
  } catch {
    let log = '';
    try {
      log = readFileSync(join(dir, 'log'), 'utf8').slice(-500);
    } catch {
      /* no log */
    }
    rmSync(dir, { recursive: true, force: true });
    throw new Error(`PostgreSQL 启动失败（端口 ${port} 可能已被占用）: ${log}`);
  }
  let stopped = false;
  return {
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    dir,
    stop(): void {
      if (stopped) return;
      stopped = true;
      try {
        asPostgres(`${bin}/pg_ctl -D ${dir}/data -m fast -w stop`);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  };
}
