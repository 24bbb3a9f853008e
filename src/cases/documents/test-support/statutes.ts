// Statute texts for the tests: data/law (the corpus) and data/documents/law (局令第4号, which
// data/law lists as missing), parsed by the law module into 条/款/项.
import { fileURLToPath } from 'node:url';
import { loadCorpus, loadCorpusFrom, parseNumeral, type Article, type Corpus } from '../../../law/index.js';

const DOCUMENTS_LAW_DIR = fileURLToPath(new URL('../../../../data/documents/law/', import.meta.url));
let documentsCorpus: Corpus | undefined;

/** An article (第X条) of the statute file `file`, from whichever folder holds it. */
export function statuteArticle(file: string, label: string): Article {
  documentsCorpus ??= loadCorpusFrom(DOCUMENTS_LAW_DIR);
  const number = parseNumeral(/^第(.+)条$/.exec(label)?.[1] ?? '');
  if (number === undefined) throw new Error(`not an article label: ${label}`);
  for (const corpus of [loadCorpus(), documentsCorpus]) {
    const statute = corpus.statutes.find((s) => s.versions.some((v) => v.file === file));
    const version = statute?.versions.find((v) => v.file === file);
    const article = version?.articles.get(number);
    if (article) return article;
  }
  throw new Error(`${file} has no ${label}`);
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
