// Checks a statutory parameter against the text of its article: the phrase must be in the
// paragraph, and reading the phrase must give the parameter's value.
import { parseStatutoryPhrase, type StatutoryParameter } from './parameters.js';
import { articleSource, paragraphText, type ArticleSource } from './text.js';
import { loadCorpus } from '../corpus.js';

/** The article text a parameter is read from (its version when it names one). */
export function parameterSource(p: StatutoryParameter, onDate?: string): ArticleSource | undefined {
  if (p.version) {
    const v = loadCorpus().statute(p.statute)?.versions.find((x) => x.version === p.version);
    return v ? articleSource(p.statute, p.article, v.effective) : undefined;
  }
  return articleSource(p.statute, p.article, onDate);
}

/** Problems found, in Chinese; empty when the text says what the parameter says. */
export function verifyParameter(p: StatutoryParameter, paragraphTextOverride?: string, onDate?: string): string[] {
  let text = paragraphTextOverride;
  if (text === undefined) {
    const src = parameterSource(p, onDate);
    if (!src) return [`参数 ${p.id}：找不到《${p.statute}》第${p.article}条`];
    try {
      text = paragraphText(src, p.paragraph);
    } catch {
      return [`参数 ${p.id}：《${p.statute}》第${p.article}条没有第${p.paragraph}款`];
    }
  }
  if (!text.includes(p.phrase)) return [`参数 ${p.id}：条文中没有“${p.phrase}”`];
  let read: unknown;
  try {
    read = parseStatutoryPhrase(p.phrase);
  } catch (e) {
    return [`参数 ${p.id}：${(e as Error).message}`];
  }
  if (JSON.stringify(read) !== JSON.stringify(p.value)) {
    return [`参数 ${p.id}：从“${p.phrase}”读出 ${JSON.stringify(read)}，规则用 ${JSON.stringify(p.value)}`];
  }
  return [];
}
