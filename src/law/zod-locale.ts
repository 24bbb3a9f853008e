// Every schema of the platform reports in Chinese: zod's own messages (for checks that
// carry no message of ours) use its zh-CN locale. Imported first by src/law/index.ts, which
// every module that validates input imports.
import { z } from 'zod';

z.config(z.locales.zhCN());
