// The console's API client: JSON in and out, the session cookie, and the CSRF token sent
// back on every write (double submit: it is also in the readable yibao_csrf cookie).
import { formatYuan } from '../../src/law/money.js';
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

function csrfToken(): string {
  const m = document.cookie.match(/(?:^|;\s*)yibao_csrf=([^;]+)/);
  return m ? decodeURIComponent(m[1]!) : '';
}

async function request<T>(method: string, url: string, body?: unknown, init: RequestInit = {}): Promise<T> {
  const headers: Record<string, string> = { ...(init.headers as Record<string, string>) };
  if (method !== 'GET') headers['x-csrf-token'] = csrfToken();
  let payload: BodyInit | undefined;
  if (body instanceof Blob || body instanceof ArrayBuffer) {
    payload = body as BodyInit;
    headers['content-type'] = 'application/octet-stream';
  } else if (body !== undefined) {
    payload = JSON.stringify(body);
    headers['content-type'] = 'application/json';
  }
  const res = await fetch(url, { method, headers, body: payload, credentials: 'same-origin' });
  if (!res.ok) {
    let code = 'HTTP_' + res.status;
    let message = `请求失败（${res.status}）`;
    try {
      const j = await res.json();
      code = j.code ?? code;
      message = j.message ?? message;
    } catch {
      /* not JSON */
    }
    if (res.status === 401 && code === 'UNAUTHENTICATED') window.dispatchEvent(new Event('yibao:logout'));
    throw new ApiError(res.status, code, message);
  }
  const type = res.headers.get('content-type') ?? '';
  return (type.includes('json') ? await res.json() : await res.text()) as T;
}

export const api = {
  get: <T>(url: string) => request<T>('GET', url),
  post: <T>(url: string, body?: unknown) => request<T>('POST', url, body ?? {}),
  patch: <T>(url: string, body: unknown) => request<T>('PATCH', url, body),
  upload: <T>(url: string, file: Blob) => request<T>('POST', url, file),
};

let earlyMe: Promise<Me> | undefined;
/** Asks who is signed in while the console's code loads (main.tsx), so the first page waits once. */
export function askMe(): void {
  earlyMe ??= request<Me>('GET', '/api/auth/me');
  earlyMe.catch(() => undefined);
}
/** The answer askMe started, or a new question. */
export function me(): Promise<Me> {
  const p = earlyMe ?? request<Me>('GET', '/api/auth/me');
  earlyMe = undefined;
  return p;
}

/** Query string from an object, leaving out empty values. */
export function qs(params: Record<string, string | number | undefined | null>): string {
  const p = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== null && v !== '') p.set(k, String(v));
  const s = p.toString();
  return s ? `?${s}` : '';
}

/** Amounts as the whole platform writes them (src/law/money.ts): '24,691.30 元'; '—' for none. */
export const yuan = (fen?: number | null) => (fen === undefined || fen === null ? '—' : formatYuan(fen));

export interface Me {
  name: string;
  displayName: string;
  roles: string[];
  jurisdiction: { id: string; name: string; level: string; bureau: string };
  certificate?: { no: string; validFrom: string; validTo: string };
  permissions: string[];
  /** Modules wired into this server (cases, monitor …). */
  features?: string[];
  csrfToken: string;
}
