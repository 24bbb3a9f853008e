// `yibao serve`: the whole platform in a browser, on the embedded database.
import type { Command } from 'commander';
import { CliError } from './errors.js';

export function registerServeCommands(program: Command): void {
  program
    .command('serve')
    .description('启动服务：网页控制台、公示门户与接口（默认 127.0.0.1:3000，嵌入式数据库）')
    .option('--port <n>', '端口（默认取环境变量 PORT，否则 3000）')
    .option('--host <addr>', '监听地址', '127.0.0.1')
    .option('--data <dir>', '嵌入式数据库目录（默认 YIBAO_DATA 或 ./var）')
    .option('--rebuild-web', '重新构建网页控制台')
    .option('--no-build-web', '不构建网页控制台')
    .option('--trust-proxy', '位于 TLS 反向代理之后（Cookie 加 Secure）')
    .action(async (o: { port?: string; host: string; data?: string; rebuildWeb?: boolean; buildWeb: boolean; trustProxy?: boolean }) => {
      const port = o.port === undefined ? undefined : Number(o.port);
      if (port !== undefined && !(Number.isInteger(port) && port >= 0 && port < 65536)) throw new CliError(`端口不合法：${o.port}`, 2);
      const { serve } = await import('../server/index.js');
      const running = await serve({
        ...(port !== undefined ? { port } : {}),
        host: o.host,
        ...(o.data ? { dataDir: o.data } : {}),
        buildWeb: o.rebuildWeb ? 'force' : o.buildWeb,
        trustProxy: !!o.trustProxy,
      });
      await new Promise<void>((resolve) => {
        const stop = (signal: string) => {
          process.stdout.write(`收到 ${signal}，正在等待进行中的请求完成后退出…\n`);
          running.close().then(resolve, (err) => {
            process.stderr.write(`关闭时出错：${String(err)}\n`);
            resolve();
          });
        };
        process.once('SIGINT', () => stop('SIGINT'));
        process.once('SIGTERM', () => stop('SIGTERM'));
      });
    });
}
