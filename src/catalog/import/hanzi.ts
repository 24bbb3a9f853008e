// Traditional → simplified characters (OpenCC), for catalogs that a mirror site converted
// to 繁体: headers and kinds are compared in simplified form; the text itself is kept as
// found and a note says it was converted for reading.
import * as OpenCC from 'opencc-js/t2cn';

let converter: ((s: string) => string) | undefined;

/** The text in simplified characters (Taiwan, Hong Kong and OpenCC traditional forms). */
export function toSimplified(text: string): string {
  const convert = (converter ??= OpenCC.Converter({ from: 't', to: 'cn' }));
  return convert(text);
}

const TRADITIONAL_MARKERS = /[療險據項號區劃條權責實檢對務機構關門們這個為與從會點體標準處罰錄醫經費證]/g;

/** Share of characters that are distinctly traditional (醫療 vs 医疗): above ~2% the text is 繁体. */
export function traditionalShare(text: string): number {
  const han = text.match(/[\u4e00-\u9fa5]/g)?.length ?? 0;
  if (han === 0) return 0;
  return (text.match(TRADITIONAL_MARKERS)?.length ?? 0) / han;
}
