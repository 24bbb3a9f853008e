// Child process for the crash test: writes a burst of steps, each a state change plus
// its record event (with an attachment) in one transaction, and prints
// "committed <seq>" after each commit. The parent kills it with SIGKILL mid-burst.
import { randomBytes } from 'node:crypto';
import { openStore, type StoreKind } from '../../../store/index.js';
import { appendEvent } from '../index.js';

const engine = (process.env.BURST_ENGINE ?? 'pglite') as StoreKind;
const store = await openStore({
  engine,
  ...(engine === 'pglite' ? { dataDir: process.env.BURST_DATA_DIR! } : { databaseUrl: process.env.DATABASE_URL!, schema: process.env.BURST_SCHEMA! }),
});
await store.exec('CREATE TABLE IF NOT EXISTS burst_state (n bigint PRIMARY KEY, note text NOT NULL)');
process.stdout.write('ready\n');
const count = Number(process.env.BURST_COUNT ?? '100000');
for (let i = 0; i < count; i++) {
  const event = await store.transaction(async (tx) => {
    const n = (await tx.query<{ n: number }>('SELECT count(*) AS n FROM burst_state')).rows[0]!.n + 1;
    await tx.query('INSERT INTO burst_state (n, note) VALUES ($1, $2)', [n, 'x'.repeat(500)]);
    return appendEvent(tx, {
      caseId: 'burst-case',
      actor: 'burst-writer',
      step: '连续写入',
      inputs: { n, 说明: '崩溃测试', padding: randomBytes(1500).toString('base64') },
      attachments: [{ name: `附件${n}.bin`, content: randomBytes(4096), mediaType: 'application/octet-stream' }],
    });
  });
  process.stdout.write(`committed ${event.seq}\n`);
}
await store.close();
