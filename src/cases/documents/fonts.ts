// The CJK fonts (Debian's fonts-noto-cjk). pdfmake embeds them; the .docx names them.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { DocumentError } from './format.js';

/** Where fonts-noto-cjk puts its collections; override with YIBAO_CJK_FONT_DIR. */
export const DEFAULT_CJK_FONT_DIR = '/usr/share/fonts/opentype/noto';

/** [collection path, PostScript name of the Simplified Chinese face] — pdfmake cannot take a bare .ttc path. */
export type FontFace = [string, string];

export interface PdfFonts {
  /** 黑体 headings */
  Sans: { normal: FontFace; bold: FontFace; italics: FontFace; bolditalics: FontFace };
  /** 仿宋 body (Noto Serif CJK SC if present, else Noto Sans CJK SC) */
  Serif: { normal: FontFace; bold: FontFace; italics: FontFace; bolditalics: FontFace };
}

/** Font names written into .docx runs. 仿宋_GB2312/黑体 are absent on Linux, where LibreOffice
 *  would fall back to the Japanese variants of Noto CJK; naming the SC faces renders Chinese forms. */
export const DOCX_FONTS = {
  heading: 'Noto Sans CJK SC',
  body: 'Noto Serif CJK SC',
} as const;

export function fontDir(): string {
  return process.env['YIBAO_CJK_FONT_DIR'] || DEFAULT_CJK_FONT_DIR;
}

/** Resolves the font files, failing with a Chinese message when the CJK fonts are missing. */
export function resolvePdfFonts(dir: string = fontDir()): PdfFonts {
  const file = (name: string): string => join(dir, name);
  const sansRegular = file('NotoSansCJK-Regular.ttc');
  if (!existsSync(sansRegular)) {
    throw new DocumentError(
      'FONT_MISSING',
      `缺少中文字体文件：${sansRegular}。生成 PDF 文书需要 Noto CJK 字体，请安装 fonts-noto-cjk（apt-get install -y fonts-noto-cjk），` +
        '或用环境变量 YIBAO_CJK_FONT_DIR 指定包含 NotoSansCJK-Regular.ttc 的目录。',
    );
  }
  const pick = (name: string, face: string, fallback: FontFace): FontFace =>
    existsSync(file(name)) ? [file(name), face] : fallback;
  const sansNormal: FontFace = [sansRegular, 'NotoSansCJKsc-Regular'];
  const sansBold = pick('NotoSansCJK-Bold.ttc', 'NotoSansCJKsc-Bold', sansNormal);
  const serifNormal = pick('NotoSerifCJK-Regular.ttc', 'NotoSerifCJKsc-Regular', sansNormal);
  const serifBold = pick('NotoSerifCJK-Bold.ttc', 'NotoSerifCJKsc-Bold', serifNormal === sansNormal ? sansBold : serifNormal);
  return {
    Sans: { normal: sansNormal, bold: sansBold, italics: sansNormal, bolditalics: sansBold },
    Serif: { normal: serifNormal, bold: serifBold, italics: serifNormal, bolditalics: serifBold },
  };
}
