// Statute texts for the tests: the corpus of data/law, parsed by the law module into 条/款/项.
import { loadCorpus, parseNumeral, type Article } from '../../../law/index.js';

/** An article (第X条) of the statute file `file` (e.g. 行政处罚法-2021.md). */
export function statuteArticle(file: string, label: string): Article {
  const number = parseNumeral(/^第(.+)条$/.exec(label)?.[1] ?? '');
  if (number === undefined) throw new Error(`not an article label: ${label}`);
  const version = loadCorpus().statutes.flatMap((s) => s.versions).find((v) => v.file === file);
  const article = version?.articles.get(number);
  if (!article) throw new Error(`${file} has no ${label}`);
  return article;
}

/** The text at 第X条[第Y款][第（Z）项]: the item, the paragraph with its items, or the whole article. */
export function placeText(file: string, place: string): string {
  const m = /^(第[^条]+条)(?:第([^款]+)款)?(?:第（([^）]+)）项)?$/.exec(place);
  if (!m) throw new Error(`not a place in a statute: ${place}`);
  const article = statuteArticle(file, m[1]!);
  if (!m[2] && !m[3]) return article.text;
  const paragraph = article.paragraphs[(m[2] ? parseNumeral(m[2])! : 1) - 1];
  if (!paragraph) throw new Error(`${file} ${place}: no such paragraph`);
  if (!m[3]) return [paragraph.text, ...paragraph.items.map((i) => i.text)].join('\n');
  const item = paragraph.items.find((i) => i.number === parseNumeral(m[3]!));
  if (!item) throw new Error(`${file} ${place}: no such item`);
  return item.text;
}
