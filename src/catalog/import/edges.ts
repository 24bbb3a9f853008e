// Honest edges of catalogs copied from the web: spam lines a mirror site put between rows,
// mojibake, pinyin annotations inserted into every character. Each is reported and the line
// skipped (or the annotation removed), never parsed as an item.

/** Advertising and gambling text that mirror sites insert (体育投注, 娱乐城, 彩票 …). */
const SPAM = /(体育投注|體育投注|竞猜|競猜|娱乐城|娛樂城|博彩|彩票|百家乐|百家樂|真人视讯|老虎机|在线观看|線上看|精品视频|无码|無碼|一区二区|av在线|成人影|黄色一级|黄a|赌场|賭場|棋牌|威尼斯人|金沙|葡京|太阳城|bet365|\b365\b)/i;

/** Characters that only appear when bytes were decoded with the wrong encoding. */
const MOJIBAKE = /[\uFFFD]|[ÃÂâ€¦ï¿½]{2,}|(?:[锟斤拷]{3,})|(?:烫烫|屯屯)|[\u0080-\u009f]/;

/** Page furniture copied with the table: sign-in links, print and share buttons. */
const PAGE_CHROME = /^(用户登录|用戶登錄|还没有账号|還沒有賬號|立即注册|立即注冊|终审[:：]|終審[:：]|打印本页|打印本頁|关闭窗口|關閉窗口|分享到|返回顶部|上一篇|下一篇|【字体|扫一扫|字号[:：]|收藏$)/;

export type EdgeKind = 'spam' | 'mojibake' | 'chrome';

/** Why a line is not catalog text, or null when it may be. */
export function lineDefect(text: string): EdgeKind | null {
  const t = text.trim();
  if (t === '') return null;
  if (SPAM.test(t)) return 'spam';
  if (PAGE_CHROME.test(t)) return 'chrome';
  if (MOJIBAKE.test(t)) return 'mojibake';
  // Mostly Latin-1 letters with accents where Chinese is expected (UTF-8 read as Latin-1).
  const latin = t.match(/[\u00c0-\u00ff]/g)?.length ?? 0;
  if (latin >= 4 && latin / t.length > 0.2) return 'mojibake';
  return null;
}

/** Pinyin after each character, as some mirror sites print it: 事項(xiàng). */
const PINYIN_ANNOTATION = /[(（]([a-zü]*[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ][a-zü]*)[)）]/g;

/** The text without inserted pinyin annotations, and how many were removed. */
export function stripPinyinAnnotations(text: string): { text: string; removed: number } {
  let removed = 0;
  const out = text.replace(PINYIN_ANNOTATION, () => {
    removed++;
    return '';
  });
  return { text: out, removed };
}

/** The report of a skipped line, in Chinese. */
export function defectLabel(kind: EdgeKind): string {
  return kind === 'spam' ? '网页插入的广告或无关文字' : kind === 'chrome' ? '网页的登录、打印、分享等按钮文字' : '乱码';
}

/** Note code of a skipped line. */
export function defectCode(kind: EdgeKind): string {
  return kind === 'spam' ? 'spam-line' : kind === 'chrome' ? 'page-chrome' : 'mojibake-line';
}

/** Fields whose text is a sentence (a quoted statute, a duty, an accountability text), not a short value. */
export const SENTENCE_FIELDS: readonly string[] = ['bases', 'accountabilitySituations', 'accountabilityBasis', 'duties', 'dutyBasis'];

/**
 * True when the text of a sentence field stops mid-sentence — where a web excerpt cut the page
 * (…医疗保障主, …诊疗项目和服务) — rather than at a sentence's end, a citation's end
 * (…第八十七条, 《…》) or after a short value.
 */
export function endsMidSentence(text: string): boolean {
  const t = text.trim();
  return t.replace(/\s+/g, '').length >= 30 && /[\u4e00-\u9fff，,、\uFFFD]$/u.test(t) && !/第[一二三四五六七八九十百零〇\d]+[条款项章节]$/.test(t);
}
