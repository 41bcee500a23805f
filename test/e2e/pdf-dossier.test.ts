/**
 * The printed dossier, end to end: the sample workbook → run(dossier) → exceljs (XlsxPort) → .xlsx →
 * LibreOffice → PDF, then checked with poppler the way a clerk would look at the paper:
 *   - every page A4 portrait (595 × 842 pt);
 *   - no table column cut off: each table's rightmost header is on the same page as its leftmost one
 *     (a table too wide for the page would print its right columns on a page of their own);
 *   - the national header, the titles, "Nơi nhận", the signature titles, every evidence code of the
 *     input and the total are in the text.
 * Fails (never skips) when soffice or poppler is missing: CI must install them.
 *
 * `DVHT_WRITE_DOCS=1 npx jest test/e2e/pdf-dossier` also refreshes docs/dossier-*.png (60 dpi).
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

function need(cmd: string): void {
  try {
    execFileSync("sh", ["-c", `command -v ${cmd}`], { stdio: "pipe" });
  } catch {
    throw new Error(`${cmd} is required for this test (apt-get install -y libreoffice-calc poppler-utils)`);
  }
}

interface Doc {
  id: string;
  plan: SheetPlan;
  pdf: string;
  pages: string[];
  sizes: string[];
}

let work: string;
const docs = new Map<string, Doc>();
let evidenceCodes: string[] = [];
let total = "";

beforeAll(async () => {
  for (const c of ["soffice", "pdftotext", "pdfinfo", "pdftoppm"]) need(c);
  work = mkdtempSync(join(tmpdir(), "dvht-pdf-"));
  const port = await XlsxPort.fromFile(SAMPLE);
  await addClerkInputs(port);
  const grids = await port.read();
  const outcome = run(grids, { today: TODAY, dossier: true });
  expect(outcome.fatal).toBe(false);
  // The whole output workbook, as the CLI writes it (kept for manual inspection in the tmp dir).
  await port.write(outcome.plan);
  await port.save(join(work, "ket-qua.xlsx"));
  // The evidence codes of the input: written ones plus those the run assigns (patches).
  const evSheet = outcome.model.recognition.find((r) => r.role === "evidence")!.sheet;
  const written = outcome.model.evidence.map((e) => e.code).filter((c): c is string => !!c);
  const assigned = outcome.plan.patches.filter((p) => p.kind === "evidence-code" && p.sheet === evSheet).map((p) => String(p.values[0][0]));
  evidenceCodes = [...written, ...assigned];
  total = String(outcome.result!.total).replace(".", ",");

  // One file per document, rendered by the same adapter, so each PDF holds one document only.
  const ids = ["bao-cao", "bien-ban", "danh-muc-minh-chung", "tong-hop-to", "ke-hoach-tien-do", "bieu-diem"];
  const files: string[] = [];
  for (const id of ids) {
    const plan = outcome.plan.sheets.find((s) => s.id === id);
    if (!plan) throw new Error(`run() planned no ${id}`);
    const wb = new ExcelJS.Workbook();
    await XlsxPort.fromWorkbook(wb).write({ sheets: [plan], patches: [] });
    const file = join(work, `${id}.xlsx`);
    await wb.xlsx.writeFile(file);
    files.push(file);
    docs.set(id, { id, plan, pdf: join(work, `${id}.pdf`), pages: [], sizes: [] });
  }
  // The TT 24 counterparts (met / not met): today's job, the 2026 sample, with its dossier.
  const tt24 = run(await (await XlsxPort.fromFile(SAMPLE_2026)).read(), { today: ymdToSerial({ y: 2026, m: 12, d: 10 }), dossier: true });
  expect(tt24.fatal).toBe(false);
  for (const id of ["bao-cao", "to-trinh", "tong-hop-tt24"]) {
    const plan = tt24.plan.sheets.find((s) => s.id === id)!;
    const wb = new ExcelJS.Workbook();
    await XlsxPort.fromWorkbook(wb).write({ sheets: [plan], patches: [] });
    const file = join(work, `tt24-${id}.xlsx`);
    await wb.xlsx.writeFile(file);
    files.push(file);
    docs.set(`tt24-${id}`, { id: `tt24-${id}`, plan, pdf: join(work, `tt24-${id}.pdf`), pages: [], sizes: [] });
  }
  const profile = mkdtempSync(join(tmpdir(), "dvht-lo-"));
  try {
    execFileSync("soffice", [`-env:UserInstallation=file://${profile}`, "--headless", "--convert-to", "pdf", "--outdir", work, ...files], {
      stdio: "pipe",
      timeout: 180000,
    });
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
  for (const d of docs.values()) {
    if (!existsSync(d.pdf)) throw new Error(`soffice produced no ${d.pdf}; files: ${readdirSync(work).join(", ")}`);
    const info = execFileSync("pdfinfo", ["-f", "1", "-l", "999", d.pdf], { encoding: "utf8" });
    d.sizes = [...info.matchAll(/Page\s+\d+ size:\s+([\d.]+ x [\d.]+)/g)].map((m) => m[1]);
    for (let p = 1; p <= d.sizes.length; p++)
      d.pages.push(execFileSync("pdftotext", ["-layout", "-f", String(p), "-l", String(p), d.pdf, "-"], { encoding: "utf8" }));
  }
  if (process.env.DVHT_WRITE_DOCS === "1") {
    const shots: [string, number][] = [
      ["bao-cao", 1],
      ["bao-cao", 3],
      ["bien-ban", 1],
      ["danh-muc-minh-chung", 1],
      ["tong-hop-to", 1],
      ["ke-hoach-tien-do", 1],
    ];
    for (const [id, page] of shots) {
      const prefix = join(work, `shot-${id}-${page}`);
      execFileSync("pdftoppm", ["-png", "-r", "60", "-f", String(page), "-l", String(page), "-singlefile", docs.get(id)!.pdf, prefix]);
      copyFileSync(`${prefix}.png`, join(DOCS, `dossier-${id}-${page}.png`));
    }
  }
}, 240000);

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

describe.each(["bao-cao", "bien-ban", "danh-muc-minh-chung", "tong-hop-to", "ke-hoach-tien-do", "tt24-bao-cao", "tt24-to-trinh", "tt24-tong-hop-tt24"])(
  "%s.pdf",
  (id) => {
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
    test("page numbers in the footer", () => {
      const d = docs.get(id)!;
      d.pages.forEach((p, i) => expect(squash(p)).toContain(`Trang ${i + 1}/${d.pages.length}`));
    });
  },
);

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
  ["tt24-tong-hop-tt24", /^\s*TT\s+Tiêu chí, chỉ tiêu/m, /Minh chứng/],
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

test("TT 24 (the 2026 sample): tờ trình and bản tổng hợp print met / not met at both levels, never points, no provisional mark", () => {
  const tr = squash(all("tt24-to-trinh"));
  expect(tr).toContain("TỜ TRÌNH");
  expect(tr).toContain("Kính gửi: Ủy ban nhân dân xã Tân Phú (qua Phòng Văn hóa – Xã hội).");
  expect(tr).toContain("Nơi nhận:");
  expect(tr).toContain("HIỆU TRƯỞNG");
  const th = squash(all("tt24-tong-hop-tt24"));
  expect(th).toContain("BẢN TỔNG HỢP");
  expect(th).toMatch(/Mức độ 1\s+Mức độ 2/);
  expect(th).toMatch(/Chưa đạt/);
  // 3.5 in its three cells (the reason wraps inside its column, so only the words are probed).
  expect(th.match(/Không áp/g)!.length).toBeGreaterThanOrEqual(3);
  expect(th).toContain("Mức độ đơn vị có thể đề nghị công nhận");
  for (const id of ["tt24-bao-cao", "tt24-to-trinh", "tt24-tong-hop-tt24"]) expect(all(id)).not.toMatch(/\d+\/\d+ điểm|TẠM THỜI|tạm thời/);
});

/**
 * No text cut off by a row too short: neither Excel nor LibreOffice grows a merged row to fit its
 * wrapped text, so the dossier sets heights from an estimate. Every full-width paragraph of the plan
 * must appear in full in the PDF (a clipped line is not drawn, so pdftotext would miss its words).
 */
test.each(["bao-cao", "bien-ban", "ke-hoach-tien-do", "tt24-bao-cao", "tt24-to-trinh", "tt24-tong-hop-tt24"])("%s: every paragraph printed in full", (id) => {
  const d = docs.get(id)!;
  const flat = (x: string) => x.replace(/\s+/g, " ").trim();
  const pdf = flat(
    d.pages
      .map((p) =>
        p
          .split("\n")
          .filter((l) => !/^\s*Trang \d+\/\d+\s*$/.test(l))
          .join("\n"),
      )
      .join("\n"),
  );
  const last = d.plan.print!.printArea!.right;
  const paragraphs = d.plan.merges
    .filter((m) => m.left === 0 && m.right === last && m.top === m.bottom)
    .map((m) => d.plan.values[m.top][0])
    .filter((v): v is string => typeof v === "string" && v.length > 60);
  expect(paragraphs.length).toBeGreaterThan(1);
  const missing = paragraphs.filter((p) => !pdf.includes(flat(p)));
  expect(missing).toEqual([]);
});

/**
 * Table cells too: the last line of a wrapped cell is the one a short row clips. Each cell's last
 * two words must appear together in the PDF text, or a printed word must end its last word (when the
 * wrap put the last word, or its end, alone on a line).
 */
test.each(["danh-muc-minh-chung", "tong-hop-to", "ke-hoach-tien-do", "bien-ban", "tt24-tong-hop-tt24"])(
  "%s: the last line of every table cell is printed",
  (id) => {
    const d = docs.get(id)!;
    const lines = d.pages
      .join("\n")
      .split("\n")
      .map((l) => l.replace(/\s+/g, " ").trim());
    const flat = ` ${lines.join(" ")} `;
    const tokens = [...new Set(flat.split(" ").filter(Boolean))];
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
        if (!flat.includes(` ${tail} `) && !tokens.some((t) => t.length >= 2 && last.endsWith(t))) clipped.push(v);
      });
    });
    expect(clipped).toEqual([]);
  },
);
