// API errors: every refusal is a 4xx with an English code a program reads and a Chinese
// message a person reads. Nothing a client sends may produce a 5xx.
import type { FastifyError, FastifyInstance } from 'fastify';
import { hasZodFastifySchemaValidationErrors, isResponseSerializationError } from 'fastify-type-provider-zod';
import { z } from 'zod';

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
  }
}

export const ErrorBody = z.object({
  code: z.string().describe('英文错误码（程序读取）'),
  message: z.string().describe('中文说明'),
  details: z.unknown().optional(),
});
export type ErrorBody = z.infer<typeof ErrorBody>;

export const notFound = (what: string) => new ApiError(404, 'NOT_FOUND', `${what}不存在或无权访问`);
export const forbidden = (message = '无权执行此操作') => new ApiError(403, 'FORBIDDEN', message);
export const badRequest = (code: string, message: string, details?: unknown) => new ApiError(400, code, message, details);

const FIELD_NAMES: Record<string, string> = {
  body: '请求体',
  querystring: '查询参数',
  params: '路径参数',
  headers: '请求头',
};

/** The Chinese sentence for a zod validation failure. */
function validationMessage(err: FastifyError): { message: string; details: unknown } {
  const where = FIELD_NAMES[(err as { validationContext?: string }).validationContext ?? ''] ?? '请求';
  const issues = (err.validation ?? []) as Array<{ instancePath?: string; message?: string; params?: { issue?: { path?: unknown[]; code?: string } } }>;
  const parts = issues.slice(0, 5).map((i) => {
    const path = i.params?.issue?.path?.join('.') ?? i.instancePath?.replace(/^\//, '').replace(/\//g, '.') ?? '';
    // our own schemas' messages are Chinese sentences: pass them on
    const why = i.message && /[\u4e00-\u9fff]/.test(i.message) ? `：${i.message}` : '';
    return path ? `字段 ${path} 不合法${why}` : `格式不合法${why}`;
  });
  return {
    message: `${where}不合法：${parts.length ? parts.join('；') : '格式不符合接口说明'}`,
    details: issues.map((i) => ({ path: i.params?.issue?.path ?? i.instancePath, issue: i.message })),
  };
}

export function installErrorHandling(app: FastifyInstance): void {
  app.setErrorHandler((err: FastifyError, request, reply) => {
    if (err instanceof ApiError) {
      return reply.code(err.status).send({ code: err.code, message: err.message, ...(err.details !== undefined ? { details: err.details } : {}) });
    }
    // the record refusing an input (an attachment hash that was never uploaded, a bad time …)
    if (err instanceof Error && err.name === 'RecordError' && typeof (err as { code?: unknown }).code === 'string') {
      const code = (err as unknown as { code: string }).code;
      const message = code === 'ATTACHMENT_NOT_STORED' ? `${err.message}：请先经 /api/attachments 上传附件` : err.message;
      return reply.code(400).send({ code, message });
    }
    if (hasZodFastifySchemaValidationErrors(err) || err.validation) {
      const { message, details } = validationMessage(err);
      return reply.code(400).send({ code: 'VALIDATION_FAILED', message, details });
    }
    if (isResponseSerializationError(err)) {
      request.log.error({ err }, 'response does not match its schema');
      return reply.code(500).send({ code: 'INTERNAL_ERROR', message: '服务器内部错误（响应格式不符）' });
    }
    const status = err.statusCode ?? 500;
    if (status >= 400 && status < 500) {
      const code = CLIENT_CODES[err.code] ?? { code: err.code ?? 'BAD_REQUEST', message: '请求不合法' };
      return reply.code(status).send({ code: code.code, message: code.message });
    }
    request.log.error({ err }, 'internal error');
    return reply.code(500).send({ code: 'INTERNAL_ERROR', message: '服务器内部错误，请联系管理员' });
  });
}

/** Fastify's own client errors, in Chinese. */
const CLIENT_CODES: Record<string, { code: string; message: string }> = {
  FST_ERR_CTP_INVALID_MEDIA_TYPE: { code: 'UNSUPPORTED_MEDIA_TYPE', message: '不支持的请求内容类型' },
  FST_ERR_CTP_EMPTY_JSON_BODY: { code: 'EMPTY_BODY', message: '请求体为空，应为 JSON' },
  FST_ERR_CTP_INVALID_JSON_BODY: { code: 'INVALID_JSON', message: '请求体不是合法的 JSON' },
  FST_ERR_CTP_BODY_TOO_LARGE: { code: 'BODY_TOO_LARGE', message: '请求体过大（JSON 上限 1 MB；文件请经上传接口提交，上限 25 MB）' },
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: { code: 'INVALID_CONTENT_LENGTH', message: '请求长度不合法' },
  FST_ERR_BAD_URL: { code: 'BAD_URL', message: '请求地址不合法' },
  FST_ERR_ASYNC_CONSTRAINT: { code: 'BAD_REQUEST', message: '请求不合法' },
  FST_ERR_INVALID_URL: { code: 'BAD_URL', message: '请求地址不合法' },
  FST_ERR_CTP_INVALID_TYPE: { code: 'UNSUPPORTED_MEDIA_TYPE', message: '不支持的请求内容类型' },
};
