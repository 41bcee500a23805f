/**
 * How much room a text takes in a printed cell: Times New Roman advance widths, and the word wrap a
 * spreadsheet does in a column. Neither Excel nor LibreOffice grows a row to fit wrapped text in a merged
 * cell, and a header row of fixed height clips its words ("Điểm tự đánh giá" printed as "tự đánh"), so
 * every document sets its row heights from this estimate.
 *
 * Why per-glyph widths and not an average: a header word in a narrow column ("Điểm tự" in 8 units) is
 * made of wide glyphs, a sentence of narrow ones; one average clipped the first and wasted paper on the
 * second. The widths are those of the Times family (Times New Roman and its metric twin Liberation Serif,
 * which LibreOffice prints with), in thousandths of an em; a Vietnamese letter is as wide as its base
 * letter (a tone mark or a circumflex does not widen it), ơ and ư a little wider for the horn.
 */

const REGULAR: Record<string, number> = {};
const BOLD: Record<string, number> = {};

function table(target: Record<string, number>, chars: string, widths: number[]): void {
  [...chars].forEach((c, i) => (target[c] = widths[i]));
}

// Times-Roman and Times-Bold (the PostScript core fonts' metrics).
table(
  REGULAR,
  "abcdefghijklmnopqrstuvwxyz",
  [444, 500, 444, 500, 444, 333, 500, 500, 278, 278, 500, 278, 778, 500, 500, 500, 500, 333, 389, 278, 500, 500, 722, 500, 500, 444],
);
table(
  REGULAR,
  "ABCDEFGHIJKLMNOPQRSTUVWXYZ",
  [722, 667, 667, 722, 611, 556, 722, 722, 333, 389, 722, 611, 889, 722, 722, 556, 722, 667, 556, 611, 722, 722, 944, 722, 722, 611],
);
table(
  REGULAR,
  " !\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~",
  [
    250, 333, 408, 500, 500, 833, 778, 180, 333, 333, 500, 564, 250, 333, 250, 278, 278, 278, 564, 564, 564, 444, 921, 333, 278, 333, 469, 500, 333, 480, 200,
    480, 541,
  ],
);
table(
  BOLD,
  "abcdefghijklmnopqrstuvwxyz",
  [500, 556, 444, 556, 444, 333, 500, 556, 278, 333, 556, 278, 833, 556, 500, 556, 556, 444, 389, 333, 556, 500, 722, 500, 500, 444],
);
table(
  BOLD,
  "ABCDEFGHIJKLMNOPQRSTUVWXYZ",
  [722, 667, 722, 722, 667, 611, 778, 778, 389, 500, 778, 667, 944, 722, 778, 611, 778, 722, 556, 667, 722, 722, 1000, 722, 722, 667],
);
table(
  BOLD,
  " !\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~",
  [
    250, 333, 555, 500, 500, 1000, 833, 278, 333, 333, 500, 570, 250, 333, 250, 278, 333, 333, 570, 570, 570, 500, 930, 333, 278, 333, 581, 500, 333, 394, 220,
    394, 520,
  ],
);
for (const d of "0123456789") REGULAR[d] = BOLD[d] = 500;

/** Letters whose width is not their base letter's, and punctuation outside ASCII. */
const EXTRA: Record<string, [number, number]> = {
  đ: [500, 556],
  Đ: [722, 722],
  ơ: [560, 560],
  ư: [560, 610],
  Ơ: [800, 840],
  Ư: [800, 800],
  "–": [500, 500],
  "—": [1000, 1000],
  "―": [1000, 1000],
  "…": [1000, 1000],
  "“": [444, 500],
  "”": [444, 500],
  "‘": [333, 333],
  "’": [333, 333],
  "≥": [549, 549],
  "≤": [549, 549],
  "•": [350, 350],
  "✓": [800, 800],
};

/** Width of one character in ems, at the weight given. */
// Vietnamese letters are decomposed to find their base letter: each (letter, weight) is measured once.
const GLYPH_MEMO = [new Map<string, number>(), new Map<string, number>()];

function glyph(ch: string, bold: boolean): number {
  const memo = GLYPH_MEMO[bold ? 1 : 0];
  let w = memo.get(ch);
  if (w === undefined) {
    w = glyphOf(ch, bold);
    if (memo.size < 5000) memo.set(ch, w);
  }
  return w;
}

function glyphOf(ch: string, bold: boolean): number {
  const extra = EXTRA[ch];
  if (extra) return extra[bold ? 1 : 0] / 1000;
  const t = bold ? BOLD : REGULAR;
  const own = t[ch];
  if (own !== undefined) return own / 1000;
  // A Vietnamese letter: its base letter (NFD without the combining marks), with ơ / ư found above.
  const base = ch.normalize("NFD").replace(/[\u0300-\u036f]/g, "");
  const horn = ch.normalize("NFD").includes("\u031b");
  if (horn) {
    const hb = EXTRA[base === "o" ? "ơ" : base === "u" ? "ư" : base === "O" ? "Ơ" : "Ư"];
    if (hb) return hb[bold ? 1 : 0] / 1000;
  }
  if (base.length === 1 && t[base] !== undefined) return t[base] / 1000;
  // Anything else (a symbol, another script): as wide as a capital, never narrower than the text.
  return 0.75;
}

/** Width of a text in points at the given size. */
export function textWidthPt(text: string, fontSize: number, bold = false): number {
  return emsOf(text, bold) * fontSize;
}

// Documents wrap the same words again and again (names, "thành viên", the circular's words): each
// (word, weight) is measured once.
const EMS_MEMO = [new Map<string, number>(), new Map<string, number>()];

function emsOf(text: string, bold: boolean): number {
  const memo = EMS_MEMO[bold ? 1 : 0];
  let ems = memo.get(text);
  if (ems === undefined) {
    ems = 0;
    for (const ch of text.normalize("NFC")) ems += glyph(ch, bold);
    if (text.length <= 64) {
      if (memo.size >= 20000) memo.clear();
      memo.set(text, ems);
    }
  }
  return ems;
}

/**
 * Room for text in a column `widthUnits` wide, in points. Excel's column unit is the width of a digit of
 * the default font (Calibri 11: 7 px) and a column is `units × 7 + 5` px; the cell keeps about 2 px of
 * padding on each side. Pixels are 0.75 pt. Checked against LibreOffice's PDF (test/core/dossier/metrics.test.ts).
 */
export function columnTextPt(widthUnits: number): number {
  return (widthUnits * 7 + 5) * 0.75 - 4;
}

/**
 * Safety margin on measured widths: Excel on Windows lays Times New Roman out with hinting at screen
 * resolution, a few percent wider than the metrics; a clipped line is worse than a blank one. Against
 * LibreOffice's PDF of every cell of both samples' dossiers (893 cells), the estimate is never short even
 * at 0.97, so the room computed above is itself about 5% short of LibreOffice's: with 1.02 the estimate
 * keeps about 7% in hand and adds a line to 54 of the 893 cells.
 */
const SLACK = 1.02;

/** Lines a text takes in a cell `widthUnits` wide, wrapped at spaces as the spreadsheet wraps it. */
export function wrapLines(text: string, widthUnits: number, fontSize: number, bold = false): number {
  const room = columnTextPt(widthUnits);
  const space = textWidthPt(" ", fontSize, bold) * SLACK;
  let lines = 0;
  for (const para of String(text).split("\n")) {
    let used = 0;
    let n = 1;
    for (const word of para.split(/\s+/).filter(Boolean)) {
      let w = textWidthPt(word, fontSize, bold) * SLACK;
      if (used > 0 && used + space + w <= room) {
        used += space + w;
        continue;
      }
      if (used > 0) n++;
      // A word wider than the column is broken (after "-" or "/" by LibreOffice, anywhere by Excel).
      while (w > room) {
        n++;
        w -= room;
      }
      used = w;
    }
    lines += n;
  }
  return Math.max(1, lines);
}
