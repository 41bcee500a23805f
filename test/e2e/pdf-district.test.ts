/**
 * The consolidation workbook on paper: thirty generated Thông tư 24 units (test/helpers/district-farm.ts)
 * → consolidate() → exceljs (XlsxPort) → .xlsx → LibreOffice → PDF, read back with poppler:
 *   - the report upward: A4 portrait, the national header, the title, the recipient, the date line with
 *     two-digit day and month, the counts table, "Nơi nhận" and the signature; the page number centred
 *     in the top margin, not on the first page;
 *   - the draft decision: its title, "DỰ THẢO", the units per level;
 *   - the consolidated table: A4 landscape, every unit, the counts with their data bars drawn.
 * Fails (never skips) when soffice or poppler is missing.
 *
 * `DVHT_WRITE_DOCS=1 npx jest test/e2e/pdf-district` also refreshes docs/district-*.png (the README's pictures).
 */
import { execFileSync } from "node:child_process";
import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { consolidate, type ConsolidateOutcome } from "../../src/core/district";
import { ymdToSerial } from "../../src/core/text/dates";
import { XlsxPort } from "../../src/xlsx";
import { district30, rosterSheetValues, unitGrids } from "../helpers/district-farm";

const DOCS = join(__dirname, "../../docs");

function need(cmd: string): void {
  try {
    execFileSync("sh", ["-c", `command -v ${cmd}`], { stdio: "pipe" });
  } catch {
    throw new Error(`${cmd} is required for this test (apt-get install -y libreoffice-calc poppler-utils)`);
  }
}

interface Doc {
  pdf: string;
  pages: string[];
  sizes: [number, number][];
}

let work: string;
let out: ConsolidateOutcome;
const docs = new Map<string, Doc>();
const IDS = ["bao-cao-ket-qua", "du-thao-quyet-dinh", "tong-hop-don-vi"];

beforeAll(async () => {
  for (const c of ["soffice", "pdftotext", "pdfinfo", "pdftoppm"]) need(c);
  work = mkdtempSync(join(tmpdir(), "dvht-pdf-district-"));
  const farm = district30();
  out = consolidate(
    farm.files.map((f) => ({ source: f.source, grids: unitGrids(f.unit, f.tamper) })),
    {
      today: ymdToSerial({ y: 2027, m: 3, d: 5 }),
      workbook: { sheets: [{ name: "Danh sách đơn vị", values: rosterSheetValues(farm) }] },
      settings: {
        parentBody: "UBND XÃ THỬ NGHIỆM",
        office: "PHÒNG VĂN HÓA – XÃ HỘI",
        place: "Thử Nghiệm",
        recipient: "Sở Giáo dục và Đào tạo tỉnh Thử Nghiệm",
        signerName: "Trần Thị Mai",
      },
    },
  );
  const files: string[] = [];
  for (const id of IDS) {
    const wb = new ExcelJS.Workbook();
    await XlsxPort.fromWorkbook(wb).write({ sheets: [out.plan.sheets.find((s) => s.id === id)!], patches: [] });
    const file = join(work, `${id}.xlsx`);
    await wb.xlsx.writeFile(file);
    files.push(file);
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
  for (const id of IDS) {
    const pdf = join(work, `${id}.pdf`);
    if (!existsSync(pdf)) throw new Error(`soffice produced no ${pdf}`);
    const info = execFileSync("pdfinfo", ["-f", "1", "-l", "999", pdf], { encoding: "utf8" });
    const sizes = [...info.matchAll(/Page\s+\d+ size:\s+([\d.]+) x ([\d.]+)/g)].map(
      (m) => [Math.round(Number(m[1])), Math.round(Number(m[2]))] as [number, number],
    );
    const pages = sizes.map((_, i) => execFileSync("pdftotext", ["-layout", "-f", String(i + 1), "-l", String(i + 1), pdf, "-"], { encoding: "utf8" }));
    docs.set(id, { pdf, pages, sizes });
  }
  if (process.env.DVHT_WRITE_DOCS === "1") writePictures();
}, 240000);

afterAll(() => {
  if (work && process.env.DVHT_KEEP_PDF !== "1") rmSync(work, { recursive: true, force: true });
});

const squash = (s: string) => s.replace(/[ \t]+/g, " ");
const firstLine = (page: string) =>
  page
    .split("\n")
    .find((l) => l.trim() !== "")
    ?.trim() ?? "";

describe("the report upward (Báo cáo kết quả)", () => {
  const d = () => docs.get("bao-cao-ket-qua")!;

  test("A4 portrait, more than one page (the annex lists every unit)", () => {
    expect(d().sizes.length).toBeGreaterThan(1);
    for (const s of d().sizes) expect(s).toEqual([595, 842]);
  });

  test("header, title, recipient, the date line with two-digit day and month", () => {
    const p1 = squash(d().pages[0]);
    for (const t of [
      "UBND XÃ THỬ NGHIỆM",
      "PHÒNG VĂN HÓA – XÃ HỘI",
      "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
      "Độc lập - Tự do - Hạnh phúc",
      "Thử Nghiệm, ngày 05 tháng 03 năm 2027",
      "BÁO CÁO",
      'Kết quả đánh giá, công nhận "Đơn vị học tập" năm 2026',
      "Kính gửi: Sở Giáo dục và Đào tạo tỉnh Thử Nghiệm.",
    ])
      expect(p1).toContain(t);
  });

  test("the counts table: each unit type's row and the totals, as consolidated", () => {
    const all = squash(d().pages.join("\n"));
    expect(all).toMatch(/TT Loại hình đơn vị Mức độ 2 Mức độ 1 Chưa đạt/);
    for (const c of [...out.counts.rows, out.counts.totals]) {
      const figures = [...c.levels, c.notCounted, c.notSent, c.total].join(" ");
      expect(all).toContain(`${c.type} ${figures}`);
    }
  });

  test("Nơi nhận and the signature block", () => {
    const all = squash(d().pages.join("\n"));
    for (const t of ["Nơi nhận:", "- Như trên;", "- Lưu: VT.", "TRƯỞNG PHÒNG", "(Ký, ghi rõ họ tên, đóng dấu)", "Trần Thị Mai"]) expect(all).toContain(t);
  });

  test("the page number is centred in the top margin from the second page on, never on the first", () => {
    const pages = d().pages;
    expect(firstLine(pages[0])).toMatch(/^UBND XÃ THỬ NGHIỆM/);
    pages.slice(1).forEach((p, i) => {
      const line = p.split("\n").find((l) => l.trim() !== "")!;
      expect(line.trim()).toBe(String(i + 2));
      // Centred: as much space before the number as the page is wide on either side, give or take.
      const lead = line.length - line.trimStart().length;
      expect(lead).toBeGreaterThan(20);
    });
    expect(squash(pages.join("\n"))).not.toMatch(/Trang \d+\/\d+/);
  });
});

test("the draft decision: title, DỰ THẢO, the units recommended per level", () => {
  const all = squash(docs.get("du-thao-quyet-dinh")!.pages.join("\n"));
  for (const t of ["QUYẾT ĐỊNH", "DỰ THẢO", 'Về việc công nhận "Đơn vị học tập" năm 2026', "CHỦ TỊCH ỦY BAN NHÂN DÂN CẤP XÃ", "Nơi nhận:"])
    expect(all).toContain(t);
  for (const r of out.recommended) expect(all).toContain(r.row.name);
  for (const s of docs.get("du-thao-quyet-dinh")!.sizes) expect(s).toEqual([595, 842]);
});

test("the consolidated table: A4 landscape, every unit, the counts under their heading", () => {
  const d = docs.get("tong-hop-don-vi")!;
  for (const s of d.sizes) expect(s).toEqual([842, 595]);
  const all = squash(d.pages.join("\n"));
  for (const r of out.rows) expect(all).toContain(r.name);
  expect(all).toContain("I. SỐ ĐƠN VỊ THEO MỨC ĐỘ VÀ LOẠI HÌNH");
  expect(all).not.toMatch(/TT24\/2023|cap-huyen/);
});

test("the data bars are drawn: the counts' cells are coloured on the page", () => {
  const png = renderCounts(join(work, "bars"), 50);
  // Green, blue and orange pixels (the three levels' bars) in the counts' picture.
  const { colours } = pngColours(png);
  expect(colours.green).toBeGreaterThan(50);
  expect(colours.blue).toBeGreaterThan(50);
  expect(colours.orange).toBeGreaterThan(50);
});

/** The part of the table page between the counts' heading and the next heading, as a PNG. */
function renderCounts(prefix: string, dpi: number): string {
  const d = docs.get("tong-hop-don-vi")!;
  const page = d.pages.findIndex((p) => p.includes("I. SỐ ĐƠN VỊ THEO MỨC ĐỘ")) + 1;
  const html = execFileSync("pdftotext", ["-bbox", "-f", String(page), "-l", String(page), d.pdf, "-"], { encoding: "utf8" });
  const words = [...html.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g)].map((m) => ({
    x0: Number(m[1]),
    y: Number(m[2]),
    x1: Number(m[3]),
    text: m[5],
  }));
  const top = words.find((w, i) => w.text === "I." && words[i + 1]?.text === "SỐ")!.y - 6;
  const bottom = words.find((w, i) => w.text === "II." && words[i + 1]?.text === "CHỈ")!.y - 4;
  const inside = words.filter((w) => w.y > top && w.y < bottom);
  const left = Math.min(...inside.map((w) => w.x0)) - 8;
  // The last column is wide and its figures centred: its right border lies well beyond them.
  const right = Math.min(842 - 20, Math.max(...inside.map((w) => w.x1)) + 95);
  const scale = dpi / 72;
  execFileSync("pdftoppm", [
    "-png",
    "-r",
    String(dpi),
    "-f",
    String(page),
    "-l",
    String(page),
    "-singlefile",
    "-x",
    String(Math.round(left * scale)),
    "-y",
    String(Math.round(top * scale)),
    "-W",
    String(Math.round((right - left) * scale)),
    "-H",
    String(Math.round((bottom - top) * scale)),
    d.pdf,
    prefix,
  ]);
  return `${prefix}.png`;
}

/** Counts of strongly coloured pixels by hue, from a PNG decoded with Node's zlib (8-bit RGB/RGBA, no interlace). */
function pngColours(file: string): { colours: { green: number; blue: number; orange: number } } {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- Node's zlib, only for this picture check
  const zlib = require("node:zlib") as typeof import("node:zlib");
  const buf = readFileSync(file);
  let pos = 8;
  let width = 0;
  let height = 0;
  let channels = 3;
  const idat: Buffer[] = [];
  while (pos < buf.length) {
    const len = buf.readUInt32BE(pos);
    const type = buf.toString("ascii", pos + 4, pos + 8);
    const data = buf.subarray(pos + 8, pos + 8 + len);
    if (type === "IHDR") {
      width = data.readUInt32BE(0);
      height = data.readUInt32BE(4);
      channels = data[9] === 6 ? 4 : 3;
    } else if (type === "IDAT") idat.push(data);
    pos += 12 + len;
  }
  const raw = zlib.inflateSync(Buffer.concat(idat));
  const stride = width * channels;
  const prev = Buffer.alloc(stride);
  const row = Buffer.alloc(stride);
  const colours = { green: 0, blue: 0, orange: 0 };
  for (let y = 0; y < height; y++) {
    const f = raw[y * (stride + 1)];
    const line = raw.subarray(y * (stride + 1) + 1, (y + 1) * (stride + 1));
    for (let x = 0; x < stride; x++) {
      const a = x >= channels ? row[x - channels] : 0;
      const b = prev[x];
      const c = x >= channels ? prev[x - channels] : 0;
      const p = a + b - c;
      const pred =
        f === 1
          ? a
          : f === 2
            ? b
            : f === 3
              ? (a + b) >> 1
              : f === 4
                ? Math.abs(p - a) <= Math.abs(p - b) && Math.abs(p - a) <= Math.abs(p - c)
                  ? a
                  : Math.abs(p - b) <= Math.abs(p - c)
                    ? b
                    : c
                : 0;
      row[x] = (line[x] + pred) & 0xff;
    }
    for (let x = 0; x < width; x++) {
      const [r, g, bl] = [row[x * channels], row[x * channels + 1], row[x * channels + 2]];
      if (g > r + 40 && g > bl + 20) colours.green++;
      else if (bl > r + 60 && bl > g + 20) colours.blue++;
      else if (r > 200 && g > 90 && g < 190 && bl < 110) colours.orange++;
    }
    row.copy(prev);
  }
  return { colours };
}

function writePictures(): void {
  copyFileSync(renderCounts(join(work, "readme-counts"), 110), join(DOCS, "district-counts.png"));
  const report = join(work, "readme-report");
  execFileSync("pdftoppm", ["-png", "-r", "60", "-f", "1", "-l", "1", "-singlefile", docs.get("bao-cao-ket-qua")!.pdf, report]);
  copyFileSync(`${report}.png`, join(DOCS, "district-report-1.png"));
}
