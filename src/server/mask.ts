// Personal data on the public portal: a citizen's name keeps its first character (张*),
// an ID number its first 6 and last 4 characters, phone numbers and addresses are removed.

/** 张三 → 张*, 欧阳娜娜 → 欧*. */
export function maskName(name: string): string {
  const chars = [...name.trim()];
  return chars.length === 0 ? '' : `${chars[0]}*`;
}

/** 18-character 居民身份证号码 (and 15-digit old ones): first 6 + last 4. */
export function maskIdNumber(id: string): string {
  return id.length <= 10 ? '*'.repeat(id.length) : id.slice(0, 6) + '*'.repeat(id.length - 10) + id.slice(-4);
}

const ID_NUMBER = /(?<![0-9A-Za-z])(\d{17}[\dXx]|\d{15})(?![0-9A-Za-z])/g;
const MOBILE = /(?<!\d)(?:\+?86[- ]?)?1[3-9]\d[- ]?\d{4}[- ]?\d{4}(?!\d)/g;
const LANDLINE = /(?<!\d)0\d{2,3}-?\d{7,8}(?!\d)/g;
const ADDRESS = /(?:住址|地址|住所|家住|居住地)[:：]?[^，。；;,\n]*/g;

/** Masks ID numbers and removes phone numbers and addresses in free text. */
export function maskText(text: string): string {
  return text
    .replace(ID_NUMBER, (m) => maskIdNumber(m))
    .replace(MOBILE, '（电话已隐去）')
    .replace(LANDLINE, '（电话已隐去）')
    .replace(ADDRESS, '（地址已隐去）');
}
