/**
 * The printed dossier, end to end: a sample workbook → run(dossier) → exceljs (XlsxPort) → .xlsx →
 * LibreOffice → PDF, then checked with poppler the way a clerk would look at the paper. Two dossiers:
 * today's job, the 2026 sample under Thông tư 24 (quyết định thành lập Tổ đánh giá, báo cáo, biên bản,
 * tờ trình, bản tổng hợp, danh mục, tổng hợp theo tổ, tiến độ), and the Thông tư 22 example of 2023.
 *   - every page A4 (portrait; the Bản tổng hợp is portrait too), the national header and the title;
 *   - Nghị định 30: the page number centred in the top margin, none on the first page; date lines with a
 *     two-digit day and month; no internal id; "Kính gửi" the recipient of the settings;
 *   - no table column cut off, no header word clipped, every paragraph and the last line of every table
 *     cell printed; every evidence code of the input; no provisional mark, no points under TT 24.
 * Fails (never skips) when soffice or poppler is missing: CI must install them.
 *
 * `DVHT_WRITE_DOCS=1 npx jest test/e2e/pdf-dossier` also refreshes docs/dossier-*.png and docs/bieu-diem.png (60 dpi).
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, readdirSync, rmSync, existsSync, copyFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { XlsxPort } from "../../src/xlsx";
import { run } from "../../src/core/run";
import type { SheetPlan } from "../../src/core/plan";
import { ymdToSerial } from "../../src/core/text/dates";
import { reportContentSheet } from "../../src/core/documents/template";
import { sampleDossierInputs } from "../../scripts/make-sample";

const SAMPLE = join(__dirname, "../../samples/truong-tieu-hoc-binh-an-2023.xlsx");
const SAMPLE_2026 = join(__dirname, "../../samples/truong-tieu-hoc-tan-phu-2026.xlsx");
const DOCS = join(__dirname, "../../docs");
const TODAY = ymdToSerial({ y: 2023, m: 12, d: 20 });
/** Three days after the Tổ đánh giá met (11/12/2026): the dossier is being prepared. */
const TODAY_2026 = ymdToSerial({ y: 2026, m: 12, d: 14 });

function need(cmd: string): void {
  try {
    execFileSync("sh", ["-c", `command -v ${cmd}`], { stdio: "pipe" });
  } catch {
    throw new Error(`${cmd} is required for this test (apt-get install -y libreoffice-calc poppler-utils)`);
  }
}

interface Word {
  text: string;
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

interface Doc {
  id: string;
  plan: SheetPlan;
  pdf: string;
  pages: string[];
  words: Word[][];
  sizes: string[];
}

let work: string;
const docs = new Map<string, Doc>();
let evidenceCodes: string[] = [];
let evidenceCodes2026: string[] = [];
let total = "";

const TT22_IDS = ["bao-cao", "bien-ban", "danh-muc-minh-chung", "tong-hop-to", "ke-hoach-tien-do", "bieu-diem"];
const TT24_IDS = ["qd-to-danh-gia", "bao-cao", "bien-ban", "to-trinh", "tong-hop-tt24", "danh-muc-minh-chung", "tong-hop-to", "ke-hoach-tien-do"];

function codesOf(outcome: ReturnType<typeof run>): string[] {
  // The evidence codes of the input: written ones plus those the run assigns (patches).
  const evSheet = outcome.model.recognition.find((r) => r.role === "evidence")!.sheet;
  const written = outcome.model.evidence.map((e) => e.code).filter((c): c is string => !!c);
  const assigned = outcome.plan.patches.filter((p) => p.kind === "evidence-code" && p.sheet === evSheet).map((p) => String(p.values[0][0]));
  return [...written, ...assigned];
}

/** One file per document, rendered by the same adapter, so each PDF holds one document only. */
async function single(id: string, key: string, plan: SheetPlan | undefined, files: string[]): Promise<void> {
  if (!plan) throw new Error(`run() planned no ${id}`);
  const wb = new ExcelJS.Workbook();
  await XlsxPort.fromWorkbook(wb).write({ sheets: [plan], patches: [] });
  const file = join(work, `${key}.xlsx`);
  await wb.xlsx.writeFile(file);
  files.push(file);
  docs.set(key, { id: key, plan, pdf: join(work, `${key}.pdf`), pages: [], words: [], sizes: [] });
}

function wordsOf(pdf: string, page: number): Word[] {
  const xml = execFileSync("pdftotext", ["-bbox", "-f", String(page), "-l", String(page), pdf, "-"], { encoding: "utf8" });
  return [...xml.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g)].map((m) => ({
    x0: Number(m[1]),
    y0: Number(m[2]),
    x1: Number(m[3]),
    y1: Number(m[4]),
    text: m[5]
      .replace(/&amp;/g, "&")
      .replace(/&quot;/g, '"')
      .replace(/&lt;/g, "<")
      .replace(/&gt;/g, ">"),
  }));
}

beforeAll(async () => {
  for (const c of ["soffice", "pdftotext", "pdfinfo", "pdftoppm"]) need(c);
  work = mkdtempSync(join(tmpdir(), "dvht-pdf-"));
  const port = await XlsxPort.fromFile(SAMPLE);
  await addClerkInputs(port);
  const outcome = run(await port.read(), { today: TODAY, dossier: true });
  expect(outcome.fatal).toBe(false);
  // The whole output workbook, as the CLI writes it (kept for manual inspection in the tmp dir).
  await port.write(outcome.plan);
  await port.save(join(work, "ket-qua.xlsx"));
  evidenceCodes = codesOf(outcome);
  total = String(outcome.result!.total).replace(".", ",");
  const files: string[] = [];
  for (const id of TT22_IDS)
    await single(
      id,
      id,
      outcome.plan.sheets.find((s) => s.id === id),
      files,
    );
  // Today's job: the 2026 sample under Thông tư 24, with its dossier.
  const tt24 = run(await (await XlsxPort.fromFile(SAMPLE_2026)).read(), { today: TODAY_2026, dossier: true });
  expect(tt24.fatal).toBe(false);
  evidenceCodes2026 = codesOf(tt24);
  for (const id of TT24_IDS)
    await single(
      id,
      `tt24-${id}`,
      tt24.plan.sheets.find((s) => s.id === id),
      files,
    );
  const profile = mkdtempSync(join(tmpdir(), "dvht-lo-"));
  try {
    execFileSync("soffice", [`-env:UserInstallation=file://${profile}`, "--headless", "--convert-to", "pdf", "--outdir", work, ...files], {
      stdio: "pipe",
      timeout: 240000,
    });
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
  for (const d of docs.values()) {
    if (!existsSync(d.pdf)) throw new Error(`soffice produced no ${d.pdf}; files: ${readdirSync(work).join(", ")}`);
    const info = execFileSync("pdfinfo", ["-f", "1", "-l", "999", d.pdf], { encoding: "utf8" });
    d.sizes = [...info.matchAll(/Page\s+\d+ size:\s+([\d.]+ x [\d.]+)/g)].map((m) => m[1]);
    for (let p = 1; p <= d.sizes.length; p++) {
      d.pages.push(execFileSync("pdftotext", ["-layout", "-f", String(p), "-l", String(p), d.pdf, "-"], { encoding: "utf8" }));
      d.words.push(wordsOf(d.pdf, p));
    }
  }
  if (process.env.DVHT_WRITE_DOCS === "1") {
    const shots: [string, number, string][] = [
      ["tt24-qd-to-danh-gia", 1, "dossier-tt24-qd-to-danh-gia-1"],
      ["tt24-bao-cao", 1, "dossier-tt24-bao-cao-1"],
      ["tt24-bao-cao", 2, "dossier-tt24-bao-cao-2"],
      ["tt24-tong-hop-tt24", 1, "dossier-tt24-tong-hop-1"],
      ["tt24-tong-hop-tt24", 2, "dossier-tt24-tong-hop-2"],
      ["tt24-to-trinh", 1, "dossier-tt24-to-trinh-1"],
      ["tt24-bien-ban", 1, "dossier-tt24-bien-ban-1"],
      ["tt24-ke-hoach-tien-do", 1, "dossier-tt24-ke-hoach-tien-do-1"],
      ["tt24-danh-muc-minh-chung", 1, "dossier-tt24-danh-muc-minh-chung-1"],
      ["bao-cao", 1, "dossier-bao-cao-1"],
      ["bao-cao", 3, "dossier-bao-cao-3"],
      ["bien-ban", 1, "dossier-bien-ban-1"],
      ["danh-muc-minh-chung", 1, "dossier-danh-muc-minh-chung-1"],
      ["tong-hop-to", 1, "dossier-tong-hop-to-1"],
      ["ke-hoach-tien-do", 1, "dossier-ke-hoach-tien-do-1"],
      ["bieu-diem", 1, "bieu-diem"],
    ];
    for (const [id, page, name] of shots) {
      const prefix = join(work, `shot-${id}-${page}`);
      execFileSync("pdftoppm", ["-png", "-r", "60", "-f", String(page), "-l", String(page), "-singlefile", docs.get(id)!.pdf, prefix]);
      copyFileSync(`${prefix}.png`, join(DOCS, `${name}.png`));
    }
  }
}, 360000);

/**
 * The clerk's dossier inputs (report prose, plan targets), as the sample generator is meant to write
 * them; added here only when the sample does not have them yet, so the test covers the full dossier.
 */
async function addClerkInputs(port: XlsxPort): Promise<void> {
  const wb = port.workbook;
  const inputs = sampleDossierInputs();
  if (!wb.worksheets.some((w) => w.name === "Nội dung báo cáo")) await port.write({ sheets: [reportContentSheet(inputs.reportContentRows)], patches: [] });
  const info = wb.getWorksheet("Thông tin");
  if (!info) throw new Error("sample has no Thông tin sheet");
  let hasTargets = false;
  info.eachRow((row) => {
    if (String(row.getCell(1).value ?? "").startsWith("Chỉ tiêu")) hasTargets = true;
  });
  if (!hasTargets) for (const [k, v, x] of inputs.infoTargetRows) info.addRow(x === undefined ? [k, v] : [k, v, x]);
}

afterAll(() => {
  if (work && process.env.DVHT_KEEP_PDF !== "1") rmSync(work, { recursive: true, force: true });
});

const all = (id: string) => docs.get(id)!.pages.join("\n\f");
/** Collapse the layout's runs of spaces so phrases split over columns still match. */
const squash = (s: string) => s.replace(/[ \t]+/g, " ");
/** The text as one line: phrases wrapped over lines still match. */
const flat = (s: string) => s.replace(/\s+/g, " ");

const PRINTED = [...TT22_IDS.filter((id) => id !== "bieu-diem"), ...TT24_IDS.map((id) => `tt24-${id}`)];

describe.each(PRINTED)("%s.pdf", (id) => {
  test("every page is A4 portrait (595 × 842 pt)", () => {
    const d = docs.get(id)!;
    expect(d.sizes.length).toBeGreaterThan(0);
    for (const s of d.sizes) {
      const [w, h] = s.split(" x ").map(Number);
      expect(Math.round(w)).toBe(595);
      expect(Math.round(h)).toBe(842);
    }
  });
  test("national header on the first page", () => {
    const p1 = squash(docs.get(id)!.pages[0]);
    expect(p1).toContain("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
    expect(p1).toContain("Độc lập - Tự do - Hạnh phúc");
    expect(p1).toContain(id.startsWith("tt24-") ? "TRƯỜNG TIỂU HỌC TÂN PHÚ" : "TRƯỜNG TIỂU HỌC BÌNH AN");
    expect(p1).toContain(id.startsWith("tt24-") ? "UBND XÃ TÂN PHÚ" : "UBND HUYỆN THỦ THỪA");
  });
  /**
   * Nghị định 30/2020, Phụ lục I: the page number in Arabic numerals, centred in the top margin, not on the
   * first page. Checked by position: a word that is the page's number, above the 20 mm margin (57 pt),
   * centred over the text area (left margin 30 mm, right 15 mm: centre at 318,8 pt), on every page but the first.
   */
  test("page numbers centred in the top margin, none on the first page", () => {
    const d = docs.get(id)!;
    d.words.forEach((words, i) => {
      const top = words.filter((w) => w.y1 < 57);
      if (i === 0) expect(top.filter((w) => /^\d+$/.test(w.text))).toEqual([]);
      else {
        const n = top.filter((w) => w.text === String(i + 1));
        expect([i + 1, n.length]).toEqual([i + 1, 1]);
        expect(Math.abs((n[0].x0 + n[0].x1) / 2 - 318.8)).toBeLessThan(6);
      }
      expect(squash(d.pages[i])).not.toMatch(/Trang \d+\/\d+/);
    });
  });
  test("every date line has a two-digit day and month; no internal id", () => {
    const t = flat(all(id));
    for (const line of t.match(/ngày \d+ tháng \d+ năm \d{4}/g) ?? []) expect(line).toMatch(/^ngày \d{2} tháng \d{2} năm \d{4}$/);
    expect(t).not.toMatch(/TT2[24]\/20\d\d(-|\b(?!\/))|cap-huyen|cap-tinh/);
  });
  /**
   * No header word clipped: a header row too short for its wrapped words prints only the middle lines
   * ("Điểm tự đánh giá" came out as "tự đánh"). Each table header's words must all be printed near the
   * header's "TT", on every page that repeats it.
   */
  test("no table header clipped", () => {
    const d = docs.get(id)!;
    const heads = d.plan.values
      .filter((r) => r[0] === "TT" && r.filter((v) => typeof v === "string" && v).length >= 3)
      .map((r) => r.filter((v): v is string => typeof v === "string" && v !== ""));
    if (!heads.length) return; // a document without a table (the tờ trình)
    // Around every "TT" of every page: the words printed within 8 lines (a wrapped header is centred on its row).
    const windows = d.pages.flatMap((page) => {
      const lines = page.split("\n");
      return lines.flatMap((l, at) =>
        /^\s*TT\s/.test(l)
          ? [
              new Set(
                lines
                  .slice(Math.max(0, at - 8), at + 9)
                  .join(" ")
                  .split(/\s+/),
              ),
            ]
          : [],
      );
    });
    for (const h of heads) {
      const words = h.flatMap((v) => v.split(/\s+/).filter(Boolean));
      // This table's windows: those with the first word of its second and of its last header.
      const anchors = [h[1], h[h.length - 1]].map((v) => v.split(/\s+/)[0]);
      const printed = windows.filter((w) => anchors.every((a) => w.has(a)));
      expect([h[1], printed.length > 0]).toEqual([h[1], true]);
      for (const w of printed) expect([h[1], words.filter((x) => !w.has(x))]).toEqual([h[1], []]);
    }
  });
});

/**
 * Each table: a probe for its leftmost and its rightmost header cell, which must share a page.
 * Probes are single words or anchored patterns because wrapped headers break phrases across lines.
 */
const TABLES: [string, RegExp, RegExp][] = [
  ["bao-cao", /^\s*TT\s+Chỉ tiêu\b/m, /Ghi chú/],
  ["bien-ban", /^\s*TT\s+Tiêu chí\s/m, /Minh chứng\s*$/m],
  ["danh-muc-minh-chung", /^\s*TT\s/m, /Ghi chú/],
  ["tong-hop-to", /^\s*TT\s+Tổ, bộ phận/m, /\b3a\b/],
  ["ke-hoach-tien-do", /^\s*TT\s+Nội dung công việc/m, /Ghi chú/],
  ["tt24-tong-hop-tt24", /^\s*TT\s+Tiêu chí, chỉ tiêu/m, /Minh/],
  ["tt24-bien-ban", /^\s*TT\s+Tiêu chí, chỉ tiêu/m, /Minh chứng/],
  ["tt24-qd-to-danh-gia", /^\s*TT\s+Họ và tên/m, /Nhiệm vụ/],
  ["tt24-danh-muc-minh-chung", /^\s*TT\s/m, /Ghi chú/],
  ["tt24-ke-hoach-tien-do", /^\s*TT\s+Nội dung công việc/m, /Ghi chú/],
];

test.each(TABLES)("%s: no column cut off (%s … %s on one page)", (id, left, right) => {
  const pages = docs.get(id)!.pages;
  const withLeft = pages.filter((p) => left.test(p));
  expect(withLeft.length).toBeGreaterThan(0);
  for (const p of withLeft) expect(p).toMatch(right);
  // No page may be the right-hand continuation of a table: every page carries the left column's
  // header (repeated rows) or is the document's first page.
  const d = docs.get(id)!;
  if (d.plan.print?.repeatRows) d.pages.slice(1).forEach((p) => expect(p).toMatch(left));
});

test("báo cáo: title, parts, Nơi nhận, signature, every evidence code, total", () => {
  const t = squash(all("bao-cao"));
  expect(t).toContain("BÁO CÁO");
  expect(t).toContain("I. ĐẶC ĐIỂM TÌNH HÌNH");
  expect(t).toContain("V. KIẾN NGHỊ, ĐỀ XUẤT");
  expect(t).toContain("Nơi nhận:");
  expect(t).toContain("HIỆU TRƯỞNG");
  expect(t).toContain(`Tổng điểm tự đánh giá: ${total}/100`);
  for (const c of evidenceCodes) expect(t).toContain(c);
  // The plan's targets with their verdicts.
  expect(t).toMatch(/Kỹ năng số\s+90%\s+[\d,]+%\s+(Đạt|Chưa đạt)/);
  expect(t).toMatch(/Lao động tiên tiến\s+100%\s+[\d,]+%\s+Chưa đạt/);
});

test("biên bản: title, total, vote, both signature titles", () => {
  const t = squash(all("bien-ban"));
  expect(t).toContain("BIÊN BẢN");
  expect(t).toMatch(new RegExp(`TỔNG ĐIỂM\\s+100\\s+${total}\\s+Xếp loại`));
  expect(t).toContain("III. BIỂU QUYẾT");
  expect(t).toContain("THƯ KÝ");
  expect(t).toContain("CHỦ TỌA");
});

test("danh mục: every evidence code of the input, dates as dd/mm/yyyy", () => {
  const t = squash(all("danh-muc-minh-chung"));
  expect(t).toContain("DANH MỤC MINH CHỨNG");
  expect(evidenceCodes.length).toBeGreaterThan(10);
  for (const c of evidenceCodes) expect(t).toContain(c);
  expect(t).toMatch(/\b\d{2}\/\d{2}\/2023\b/);
  expect(t).not.toMatch(/\b4[45]\d{3}\b/); // no raw date serials
});

test("tổng hợp theo tổ and tiến độ: titles, signatures, dates as dd/mm/yyyy", () => {
  expect(squash(all("tong-hop-to"))).toContain("BẢNG TỔNG HỢP");
  expect(squash(all("tong-hop-to"))).toContain("Toàn đơn vị");
  const k = squash(all("ke-hoach-tien-do"));
  expect(k).toContain("KẾ HOẠCH");
  expect(k).toContain("Nơi nhận:");
  expect(k).toMatch(/\d{2}\/\d{2}\/2023/);
});

test("tiến độ: the record of automatic values (a veryHidden sheet) is never printed", () => {
  expect(squash(all("ke-hoach-tien-do"))).not.toContain("(tự động)");
});

// ---- Thông tư 24: the 2026 sample's dossier ---------------------------------------------------

const TO = "Kính gửi: Ủy ban nhân dân xã Tân Phú (qua Phòng Văn hóa – Xã hội).";

test.each<[string, string[]]>([
  [
    "tt24-qd-to-danh-gia",
    ["QUYẾT ĐỊNH", 'Về việc thành lập Tổ đánh giá "Đơn vị học tập" năm 2026', "HIỆU TRƯỞNG TRƯỜNG TIỂU HỌC TÂN PHÚ", "QUYẾT ĐỊNH:", "Điều 1.", "Điều 3."],
  ],
  ["tt24-bao-cao", ["BÁO CÁO", 'Tự đánh giá, công nhận "Đơn vị học tập" năm 2026', "I. ĐẶC ĐIỂM TÌNH HÌNH", "IV. MỨC ĐỘ ĐỀ NGHỊ CÔNG NHẬN"]],
  ["tt24-bien-ban", ["BIÊN BẢN", 'Họp Tổ đánh giá "Đơn vị học tập" năm 2026', "III. BIỂU QUYẾT"]],
  ["tt24-to-trinh", ["TỜ TRÌNH", 'Về việc đề nghị đánh giá, công nhận "Đơn vị học tập" Mức độ 1 năm 2026']],
  ["tt24-tong-hop-tt24", ["BẢN TỔNG HỢP", 'Kết quả tự đánh giá các tiêu chí, chỉ tiêu "Đơn vị học tập" năm 2026']],
  ["tt24-danh-muc-minh-chung", ["DANH MỤC MINH CHỨNG", 'Tự đánh giá, công nhận "Đơn vị học tập" năm 2026']],
  ["tt24-tong-hop-to", ["BẢNG TỔNG HỢP", "Toàn đơn vị"]],
  ["tt24-ke-hoach-tien-do", ["KẾ HOẠCH", 'Tiến độ tự đánh giá, công nhận "Đơn vị học tập" năm 2026']],
])("TT 24 %s: its title and parts", (id, parts) => {
  const t = flat(all(id));
  for (const p of parts) expect(t).toContain(p);
});

test("TT 24: addressed to the settings' recipient, asking for the level met", () => {
  const tr = flat(all("tt24-to-trinh"));
  expect(tr).toContain(TO);
  expect(tr).toContain('kính trình Ủy ban nhân dân xã Tân Phú (qua Phòng Văn hóa – Xã hội) xem xét, đánh giá, công nhận "Đơn vị học tập" Mức độ 1 năm 2026');
  expect(tr).toContain("Căn cứ Quyết định số 112/QĐ-THTP ngày 02/11/2026");
  expect(tr).toContain("Nơi nhận:");
  expect(tr).toContain("HIỆU TRƯỞNG");
  const bc = flat(all("tt24-bao-cao"));
  expect(bc).toContain(TO);
  expect(bc).toContain('tự đánh giá đạt "Đơn vị học tập" Mức độ 1');
  expect(flat(all("tt24-tong-hop-tt24"))).toMatch(/Mức độ đơn vị có thể đề nghị công nhận\s+Mức độ 1/);
  expect(flat(all("tt24-bien-ban"))).toContain('Tổ đánh giá thống nhất: Đề nghị công nhận "Đơn vị học tập" Mức độ 1 (lần đầu).');
});

test("TT 24: the two-digit date lines of the dated documents", () => {
  expect(flat(all("tt24-qd-to-danh-gia"))).toContain("Tân Phú, ngày 02 tháng 11 năm 2026");
  expect(flat(all("tt24-bien-ban"))).toContain("Tân Phú, ngày 11 tháng 12 năm 2026");
  expect(flat(all("tt24-bien-ban"))).toContain("Vào lúc 14 giờ 00, ngày 11 tháng 12 năm 2026");
});

test("TT 24: the Tổ đánh giá's members and roles; its Tổ trưởng signs the Bản tổng hợp", () => {
  const qd = squash(all("tt24-qd-to-danh-gia"));
  expect(qd).toMatch(/1 Trần Văn Định\s+Hiệu trưởng\s+Tổ trưởng/);
  expect(qd).toMatch(/3 Lê Thị Thanh Tuyền\s+Văn thư\s+Thư ký/);
  expect(qd).toMatch(/7 Nguyễn Thị Thanh Xuân\s+Tổ trưởng Tổ Chuyên biệt\s+Thành viên/);
  const th = flat(all("tt24-tong-hop-tt24"));
  expect(th).toContain("TM. TỔ ĐÁNH GIÁ");
  expect(th).toContain("TỔ TRƯỞNG");
});

test("TT 24: every evidence code of the input in the report, the minutes, the evidence list and the Bản tổng hợp", () => {
  expect(evidenceCodes2026.length).toBeGreaterThan(10);
  for (const id of ["tt24-bao-cao", "tt24-bien-ban", "tt24-danh-muc-minh-chung", "tt24-tong-hop-tt24"]) {
    // A code may be broken after its "-" by the wrap of a narrow column.
    const t = flat(all(id)).replace(/- /g, "-");
    expect([id, evidenceCodes2026.filter((c) => !t.includes(c))]).toEqual([id, []]);
  }
});

test("TT 24: the Bản tổng hợp reads on 2 pages; met / not met at both levels, never points; no provisional mark anywhere", () => {
  expect(docs.get("tt24-tong-hop-tt24")!.pages.length).toBe(2);
  const th = squash(all("tt24-tong-hop-tt24"));
  expect(th).toMatch(/Mức độ 1\s+Mức độ 2/);
  expect(th).toMatch(/Không\s+(\S+\s+)*?đạt/);
  expect(th.match(/Không áp/g)!.length).toBeGreaterThanOrEqual(3);
  for (const id of TT24_IDS.map((x) => `tt24-${x}`))
    expect([id, flat(all(id)).match(/\d+\/\d+ điểm|TẠM THỜI|tạm thời|Hội đồng Thi đua|xếp loại/)?.[0] ?? null]).toEqual([id, null]);
});

test("TT 24: the timeline on the legal dates, the dossier not overdue the day after the meeting", () => {
  const k = squash(all("tt24-ke-hoach-tien-do"));
  expect(k).toMatch(/Trình hồ sơ[^]*?14\/01\/2027[^]*?Đang thực/);
  expect(k).toContain("15/01/2027");
  expect(k).not.toMatch(/Quá hạn/);
});

/**
 * No text cut off by a row too short: neither Excel nor LibreOffice grows a merged row to fit its
 * wrapped text, so the dossier sets heights from an estimate. Every full-width paragraph of the plan
 * must appear in full in the PDF (a clipped line is not drawn, so pdftotext would miss its words).
 */
test.each([
  "bao-cao",
  "bien-ban",
  "ke-hoach-tien-do",
  "tt24-bao-cao",
  "tt24-to-trinh",
  "tt24-tong-hop-tt24",
  "tt24-qd-to-danh-gia",
  "tt24-bien-ban",
  "tt24-ke-hoach-tien-do",
])("%s: every paragraph printed in full", (id) => {
  const d = docs.get(id)!;
  const pdf = flat(
    d.pages
      .map((p) =>
        p
          .split("\n")
          // The page number in the top margin is not part of the text.
          .filter((l) => !/^\s*\d+\s*$/.test(l))
          .join("\n"),
      )
      .join("\n"),
  ).trim();
  const last = d.plan.print!.printArea!.right;
  const paragraphs = d.plan.merges
    .filter((m) => m.left === 0 && m.right === last && m.top === m.bottom)
    .map((m) => d.plan.values[m.top][0])
    .filter((v): v is string => typeof v === "string" && v.length > 60);
  expect(paragraphs.length).toBeGreaterThan(1);
  const missing = paragraphs.filter((p) => !pdf.includes(flat(p).trim()));
  expect(missing).toEqual([]);
});

/**
 * Table cells too: the last line of a wrapped cell is the one a short row clips. Each cell's last
 * two words must appear together in the PDF text, or a printed word must end its last word (when the
 * wrap put the last word, or its end, alone on a line).
 */
test.each([
  "danh-muc-minh-chung",
  "tong-hop-to",
  "ke-hoach-tien-do",
  "bien-ban",
  "tt24-tong-hop-tt24",
  "tt24-bien-ban",
  "tt24-qd-to-danh-gia",
  "tt24-danh-muc-minh-chung",
  "tt24-tong-hop-to",
  "tt24-ke-hoach-tien-do",
])("%s: the last line of every table cell is printed", (id) => {
  const d = docs.get(id)!;
  const lines = d.pages
    .join("\n")
    .split("\n")
    .map((l) => l.replace(/\s+/g, " ").trim());
  const text = ` ${lines.join(" ")} `;
  const tokens = [...new Set(text.split(" ").filter(Boolean))];
  const lastCol = d.plan.print!.printArea!.right;
  const fullWidth = new Set(d.plan.merges.filter((m) => m.left === 0 && m.right === lastCol).map((m) => m.top));
  const clipped: string[] = [];
  d.plan.values.forEach((row, r) => {
    if (fullWidth.has(r)) return;
    row.forEach((v, c) => {
      if (typeof v !== "string" || v.length < 12 || c > lastCol) return;
      const words = v.split(/\s+/).filter(Boolean);
      const tail = words.slice(-2).join(" ");
      const last = words[words.length - 1];
      // LibreOffice also breaks inside a word after "-" or "/" ("3151/QĐ-" | "UBND"): a printed token
      // that ends the last word is enough.
      if (!text.includes(` ${tail} `) && !tokens.some((t) => t.length >= 2 && last.endsWith(t))) clipped.push(v);
    });
  });
  expect(clipped).toEqual([]);
});
