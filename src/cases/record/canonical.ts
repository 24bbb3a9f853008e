// Canonical JSON for hashing: object keys sorted by UTF-16 code units (as RFC 8785),
// no whitespace, numbers as JavaScript prints them. The stored jsonb is read back and
// re-serialised this way, so key order and spacing in the database do not matter.
export type JsonValue = null | boolean | number | string | JsonValue[] | { [key: string]: JsonValue };

export function canonicalJson(value: unknown): string {
  if (value === null) return 'null';
  switch (typeof value) {
    case 'boolean':
      return value ? 'true' : 'false';
    case 'number':
      if (!Number.isFinite(value)) throw new TypeError(`不能记录非有限数值：${value}`);
      return JSON.stringify(value);
    case 'string':
      return JSON.stringify(value);
    case 'object': {
      if (Array.isArray(value)) return `[${value.map((v) => canonicalJson(v === undefined ? null : v)).join(',')}]`;
      const obj = value as Record<string, unknown>;
      const keys = Object.keys(obj).filter((k) => obj[k] !== undefined).sort();
      return `{${keys.map((k) => `${JSON.stringify(k)}:${canonicalJson(obj[k])}`).join(',')}}`;
    }
    default:
      throw new TypeError(`不能记录此类数据：${typeof value}`);
  }
}

/** A plain JSON copy (drops undefined, turns Dates into strings) that survives jsonb. */
export function toJsonValue(value: unknown): JsonValue {
  const text = JSON.stringify(value ?? {});
  return JSON.parse(text) as JsonValue;
}
