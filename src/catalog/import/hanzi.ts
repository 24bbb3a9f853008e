// Traditional → simplified characters (OpenCC), for catalogs that a mirror site converted
// to 繁体: headers and kinds are compared in simplified form; the text itself is kept as
// found and a note says it was converted for reading.
import * as OpenCC from 'opencc-js/t2cn';

let converter: ((s: string) => string) | undefined;

/** The text in simplified characters (Taiwan, Hong Kong and OpenCC traditional forms). */
export function toSimplified(text: string): string {
  // Plain ASCII and empty text need no dictionary (and the dictionary loads on first use).
  if (!/[^\x00-\x7f]/.test(text)) return text;
  const convert = (converter ??= OpenCC.Converter({ from: 't', to: 'cn' }));
  return convert(text);
}

const TRADITIONAL_MARKERS = new Set('療險據項號區劃條權責實檢對務機構關門們這個為與從會點體標準處罰錄醫經費證');

/** Share of characters that are distinctly traditional (醫療 vs 医疗), over the first 100,000 characters: above ~5% the text is 繁体. */
export function traditionalShare(text: string): number {
  let han = 0;
  let marked = 0;
  const end = Math.min(text.length, 100_000);
  for (let i = 0; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x4e00 && c <= 0x9fa5) {
      han++;
      if (TRADITIONAL_MARKERS.has(text[i]!)) marked++;
    }
  }
  return han === 0 ? 0 : marked / han;
}
