#!/usr/bin/env node
// The `yibao` command. Runs the compiled CLI from dist/ (built by `npm run build`,
// which `npm ci` runs through the prepare script).
import { existsSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { dirname, join } from 'node:path';

const root = dirname(dirname(fileURLToPath(import.meta.url)));
const entry = join(root, 'dist', 'cli', 'main.js');
if (!existsSync(entry)) {
  process.stderr.write('yibao: 尚未编译，请先运行 npm run build（not built: run npm run build）\n');
  process.exit(2);
}
await import(pathToFileURL(entry).href);
