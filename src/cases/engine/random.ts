// 双随机: random selection of inspection targets from the register and of inspectors from
// the roster, reproducible from a recorded seed. Each draw is a SHA-256 of the seed and a
// counter, so anyone can re-run it from the record.
import { createHash } from 'node:crypto';

function* stream(seed: string, label: string): Generator<number> {
  for (let i = 0; ; i++) {
    const h = createHash('sha256').update(`${seed}:${label}:${i}`).digest();
    yield h.readUInt32BE(0) / 0x1_0000_0000;
  }
}

/** Picks `count` distinct entries of `pool` (sorted first, so the order given does not matter). */
export function drawSample(seed: string, label: string, pool: readonly string[], count: number): string[] {
  const items = [...new Set(pool)].sort();
  if (count > items.length) throw new Error(`抽取数量 ${count} 超过名录人数 ${items.length}`);
  const rnd = stream(seed, label);
  // partial Fisher–Yates
  for (let i = 0; i < count; i++) {
    const j = i + Math.floor(rnd.next().value! * (items.length - i));
    [items[i], items[j]] = [items[j]!, items[i]!];
  }
  return items.slice(0, count);
}

export interface DoubleRandomDraw {
  seed: string;
  register: string[];
  roster: string[];
  targets: string[];
  inspectors: string[];
}

export function drawDoubleRandom(seed: string, register: readonly string[], roster: readonly string[], targetCount: number, inspectorCount: number): DoubleRandomDraw {
  return {
    seed,
    register: [...new Set(register)].sort(),
    roster: [...new Set(roster)].sort(),
    targets: drawSample(seed, '检查对象', register, targetCount),
    inspectors: drawSample(seed, '检查人员', roster, inspectorCount),
  };
}

export function seedFrom(...parts: string[]): string {
  return createHash('sha256').update(parts.join('|')).digest('hex').slice(0, 16);
}
