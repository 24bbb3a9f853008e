// Password hashing with scrypt (node:crypto): `scrypt$N$r$p$salt$hash`, base64 parts; the
// password policy.
import { randomBytes, scrypt as scryptCb, timingSafeEqual, type ScryptOptions } from 'node:crypto';
import zxcvbnCore from '@zxcvbn-ts/core';
import zxcvbnCommon from '@zxcvbn-ts/language-common';

function scrypt(password: string, salt: Buffer, keylen: number, options: ScryptOptions): Promise<Buffer> {
  return new Promise((resolve, reject) => scryptCb(password, salt, keylen, options, (err, key) => (err ? reject(err) : resolve(key))));
}

const N = 16384;
const R = 8;
const P = 1;
const KEYLEN = 32;

export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(16);
  const key = await scrypt(password.normalize('NFC'), salt, KEYLEN, { N, r: R, p: P });
  return `scrypt$${N}$${R}$${P}$${salt.toString('base64')}$${key.toString('base64')}`;
}

export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const parts = stored.split('$');
  if (parts.length !== 6 || parts[0] !== 'scrypt') return false;
  const [n, r, p] = parts.slice(1, 4).map(Number) as [number, number, number];
  const salt = Buffer.from(parts[4]!, 'base64');
  const expected = Buffer.from(parts[5]!, 'base64');
  if (!(n > 1 && r > 0 && p > 0) || expected.length === 0) return false;
  const key = await scrypt(password.normalize('NFC'), salt, expected.length, { N: n, r, p, maxmem: 256 * n * r });
  return timingSafeEqual(key, expected);
}

/** A random password for the demo accounts: readable, 16 characters. */
export function randomPassword(): string {
  const alphabet = 'abcdefghjkmnpqrstuvwxyzABCDEFGHJKMNPQRSTUVWXYZ23456789';
  const bytes = randomBytes(16);
  return [...bytes].map((b) => alphabet[b % alphabet.length]).join('');
}

// ---- password policy ---------------------------------------------------------------------
// Length, not the account's own name, not one character repeated or a short pattern, and a
// strength estimate by zxcvbn-ts (dictionaries of common passwords, names and keyboard walks).


export const PASSWORD_MIN_LENGTH = 10;
export const PASSWORD_MAX_LENGTH = 200;
/** zxcvbn score (0–4) a password must reach: 3 = "safely unguessable: moderate protection from offline attacks". */
export const PASSWORD_MIN_SCORE = 3;

let estimator: InstanceType<typeof zxcvbnCore.ZxcvbnFactory> | undefined;
function strength(password: string, userInputs: string[]): number {
  estimator ??= new zxcvbnCore.ZxcvbnFactory({
    dictionary: { ...zxcvbnCommon.dictionary },
    graphs: zxcvbnCommon.adjacencyGraphs,
  });
  return estimator.check(password, userInputs).score;
}

/** Why a password is refused (Chinese, for the person choosing it), or null when it is acceptable. */
export function passwordProblem(password: string, account: { name: string; displayName?: string }): string | null {
  const chars = [...password.normalize('NFC')];
  if (chars.length < PASSWORD_MIN_LENGTH) return `密码至少 ${PASSWORD_MIN_LENGTH} 位`;
  if (chars.length > PASSWORD_MAX_LENGTH) return `密码不能超过 ${PASSWORD_MAX_LENGTH} 位`;
  const lower = password.toLowerCase();
  const name = account.name.toLowerCase();
  if (name.length >= 3 && lower.includes(name)) return '密码不能包含用户名';
  if (account.displayName && account.displayName.length >= 2 && password.includes(account.displayName)) return '密码不能包含姓名';
  if (new Set(chars).size <= 2) return '密码不能由一两个字符重复组成';
  if (strength(password, [account.name, ...(account.displayName ? [account.displayName] : [])]) < PASSWORD_MIN_SCORE) {
    return '密码太容易被猜中（常见密码、重复或连续的字符、键盘顺序等），请换一个更长、更少规律的密码';
  }
  return null;
}

let dummy: Promise<string> | undefined;
/**
 * A hash of a random password with the same parameters as every account's: checked when the
 * name typed has no account, so that an unknown name costs the same time as a known one.
 */
export function dummyPasswordHash(): Promise<string> {
  dummy ??= hashPassword(randomBytes(24).toString('base64'));
  return dummy;
}
