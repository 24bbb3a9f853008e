// What a document builder returns: its blocks, or the blocks with a page footer and a title
// that differs from the kind's name (分期 / 延期).
import type { Block } from './model.js';

export type Built = Block[] | { blocks: Block[]; footerNote?: string; title?: string };
