// Limits on what a client may send: body sizes, JSON depth and sizes, text fields, step
// inputs (attachments only by reference to an upload), and the per-account attachment quota.
// Everything here refuses with a 4xx and a Chinese message; nothing a client sends reaches a
// recursion or an allocation without a bound.
import { z } from 'zod';
import type { FastifyInstance } from 'fastify';
import { putAttachment } from '../cases/index.js';
import { advisoryXactLock } from '../store/index.js';
import { ApiError } from './errors.js';
import type { ServerDb } from './db.js';

const MiB = 1024 * 1024;

export const LIMITS = {
  /** Any JSON or form body. Files go through the upload routes (octet-stream). */
  jsonBodyBytes: 1 * MiB,
  /** An attachment through POST /api/attachments (and a catalog file through its import). */
  uploadBytes: 25 * MiB,
  /** Nesting of objects and arrays in a JSON body. */
  jsonDepth: 32,
  /** Characters of one string anywhere in a JSON body (a long 调查终结报告 fits). */
  stringChars: 100_000,
  /** Items of one array, members of one object, characters of one key. */
  arrayItems: 10_000,
  objectKeys: 1_000,
  keyChars: 200,
  /** Distinct attachment bytes one account may have uploaded in all. */
  attachmentQuotaBytes: 2 * 1024 * MiB,
} as const;

const mb = (bytes: number) => `${Math.round(bytes / MiB)} MB`;

/**
 * The deepest nesting of `{`/`[` in JSON text, stopping as soon as it passes `max` (the text
 * is scanned, not parsed, so 5,000 levels cost nothing and no recursion is reached).
 */
export function jsonDepthExceeds(text: string, max: number): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c) i++; // backslash: skip the escaped character
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x7b || c === 0x5b) {
      if (++depth > max) return true;
    } else if (c === 0x7d || c === 0x5d) depth--;
  }
  return false;
}

/** The first size limit a parsed JSON value breaks (Chinese), or null. Walks without recursion. */
export function jsonSizeProblem(value: unknown): string | null {
  const stack: Array<{ v: unknown; path: string }> = [{ v: value, path: '' }];
  while (stack.length) {
    const { v, path } = stack.pop()!;
    const at = path ? `字段 ${path.slice(0, 80)} ` : '';
    if (typeof v === 'string') {
      if (v.length > LIMITS.stringChars) return `${at}文字过长（超过 ${LIMITS.stringChars} 字）；文件请作为附件上传`;
    } else if (Array.isArray(v)) {
      if (v.length > LIMITS.arrayItems) return `${at}列表过长（超过 ${LIMITS.arrayItems} 项）`;
      v.forEach((item, i) => stack.push({ v: item, path: `${path}[${i}]` }));
    } else if (v !== null && typeof v === 'object') {
      const keys = Object.keys(v);
      if (keys.length > LIMITS.objectKeys) return `${at}字段过多（超过 ${LIMITS.objectKeys} 个）`;
      for (const k of keys) {
        if (k.length > LIMITS.keyChars) return `${at}含过长的字段名（超过 ${LIMITS.keyChars} 字）`;
        stack.push({ v: (v as Record<string, unknown>)[k], path: path ? `${path}.${k}` : k });
      }
    }
  }
  return null;
}

/**
 * Replaces Fastify's JSON parser with one that refuses, before parsing, a body nested deeper
 * than `LIMITS.jsonDepth` (400 JSON_TOO_DEEP), and after parsing, one breaking a size limit
 * (400 JSON_TOO_LARGE). Prototype poisoning is refused as Fastify's own parser does.
 */
export function installJsonLimits(app: FastifyInstance): void {
  const parse = app.getDefaultJsonParser('error', 'ignore');
  app.removeContentTypeParser('application/json');
  app.addContentTypeParser('application/json', { parseAs: 'string' }, (request, body, done) => {
    const text = typeof body === 'string' ? body : body.toString('utf8');
    if (jsonDepthExceeds(text, LIMITS.jsonDepth)) {
      done(new ApiError(400, 'JSON_TOO_DEEP', `请求体嵌套过深（超过 ${LIMITS.jsonDepth} 层）`), undefined);
      return;
    }
    parse(request, text, (err: Error | null, value?: unknown) => {
      if (err) return done(err, undefined);
      const problem = jsonSizeProblem(value);
      if (problem) return done(new ApiError(400, 'JSON_TOO_LARGE', `请求体不合法：${problem}`), undefined);
      done(null, value);
    });
  });
}

const HEX64 = /^[0-9a-f]{64}$/;

/** A reference to an uploaded attachment inside a step's input: never its bytes. */
export const AttachmentRefInput = z
  .object({
    name: z.string().min(1).max(100),
    sha256: z.string().regex(HEX64, '附件哈希应为 64 位十六进制（先经 /api/attachments 上传）'),
    size: z.number().int().min(0).optional(),
    fileName: z.string().max(200).optional(),
    mediaType: z.string().max(100).optional(),
  })
  .strict();

/**
 * A step's input: field names bounded, and attachments only as references to files uploaded
 * through POST /api/attachments (its 25 MB limit and the quota apply there) — a file's
 * content inline in the JSON is refused.
 */
export const StepInput = z
  .record(z.string().min(1).max(LIMITS.keyChars), z.unknown())
  .superRefine((input, ctx) => {
    if (input.attachments === undefined) return;
    const parsed = z.array(AttachmentRefInput).max(100).safeParse(input.attachments);
    if (parsed.success) return;
    const inline = Array.isArray(input.attachments) && input.attachments.some((a) => a !== null && typeof a === 'object' && 'content' in a);
    ctx.addIssue({
      code: 'custom',
      path: ['attachments'],
      message: inline ? '附件须先经 /api/attachments 上传，环节中只引用其 SHA-256，不能直接附带内容' : '附件应为 { name, sha256 } 的列表',
    });
  });

/** A calendar date YYYY-MM-DD that exists (2024-02-29 yes, 2024-02-30 no). */
export const CalendarDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, '日期格式应为 YYYY-MM-DD')
  .refine((s) => {
    const d = new Date(`${s}T00:00:00Z`);
    return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s && s >= '1900-01-01' && s <= '2199-12-31';
  }, '日期不存在（如 2 月 30 日）');

/**
 * Stores an uploaded attachment and charges it to the uploader, refusing (413
 * ATTACHMENT_QUOTA_EXCEEDED) when the account's distinct uploads would pass the quota.
 * One transaction under a per-account lock, so parallel uploads cannot overshoot.
 */
export async function storeUpload(
  ctx: { db: ServerDb; attachmentQuotaBytes?: number },
  user: string,
  bytes: Buffer,
): Promise<{ sha256: string; size: number }> {
  const quota = ctx.attachmentQuotaBytes ?? LIMITS.attachmentQuotaBytes;
  return ctx.db.transaction(async (tx) => {
    await advisoryXactLock(tx, `attachment-quota:${user}`);
    const stored = await putAttachment(tx, bytes);
    const already = (await tx.query('SELECT 1 FROM attachment_uploads WHERE user_name = $1 AND sha256 = $2', [user, stored.sha256])).rows.length > 0;
    if (!already) {
      const used = Number((await tx.query<{ n: number | string }>('SELECT COALESCE(sum(size), 0) AS n FROM attachment_uploads WHERE user_name = $1', [user])).rows[0]!.n);
      if (used + stored.size > quota) {
        throw new ApiError(413, 'ATTACHMENT_QUOTA_EXCEEDED', `附件存储配额已满：本账户已上传 ${mb(used)}，上限 ${mb(quota)}，请联系系统管理员`);
      }
      await tx.query('INSERT INTO attachment_uploads (user_name, sha256, size) VALUES ($1, $2, $3)', [user, stored.sha256, stored.size]);
    }
    return stored;
  });
}

export const BODY_TOO_LARGE_MESSAGE = `请求体过大（上限 ${mb(LIMITS.jsonBodyBytes)}；文件请经上传接口提交，上限 ${mb(LIMITS.uploadBytes)}）`;
