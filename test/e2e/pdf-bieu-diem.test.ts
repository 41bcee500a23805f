/**
 * The printed Biểu điểm, end to end: evaluate the bundled sample with the CLI, keep only the Biểu điểm
 * sheet, print it to PDF with LibreOffice, and read the PDF's text back. This is what the district
 * office receives on paper, so it must show the national heading, the unit, the total and the rating,
 * on A4.
 *
 * LibreOffice and poppler are required: when they are missing this test FAILS (CI must install them,
 * see the README's Quick start); it never skips.
 */
import { spawnSync } from "child_process";
import * as fs from "fs";
import * as path from "path";
import { XlsxPort } from "../../src/xlsx";
import type { PointsSummaryJson as SummaryJson } from "../../src/core";
import { tempDir } from "../helpers/xlsx-fixtures";

const ROOT = path.join(__dirname, "..", "..");
const SAMPLE = path.join(ROOT, "samples", "truong-tieu-hoc-binh-an-2023.xlsx");

function tool(cmd: string, args: string[], timeout = 120000): string {
  const r = spawnSync(cmd, args, { encoding: "utf8", timeout });
  if (r.error) {
    const code = (r.error as NodeJS.ErrnoException).code;
    throw new Error(code === "ENOENT" ? `'${cmd}' is not installed (apt-get install libreoffice-calc poppler-utils)` : `${cmd}: ${r.error.message}`);
  }
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(" ")} exited ${r.status}: ${r.stderr}`);
  return r.stdout;
}

/** Text as a reader sees it: NFC, one space between words. */
const flat = (s: string) => s.normalize("NFC").replace(/\s+/g, " ");

describe("printed Biểu điểm (LibreOffice → PDF)", () => {
  let dir: string;
  let summary: SummaryJson;
  let text: string;
  let info: string;

  beforeAll(async () => {
    dir = tempDir("dvht-pdf-");
    const out = path.join(dir, "ket-qua.xlsx");
    const cli = spawnSync(process.execPath, [path.join(ROOT, "bin", "dvht.js"), "evaluate", SAMPLE, "-o", out, "--json", "--today", "20/12/2023"], {
      encoding: "utf8",
      timeout: 60000,
    });
    expect(cli.status).toBe(0);
    summary = JSON.parse(cli.stdout);

    // Print only the Biểu điểm: drop the other sheets and every name (some point at dropped sheets).
    const port = await XlsxPort.fromFile(out);
    const wb = port.workbook;
    expect(wb.getWorksheet("Biểu điểm")).toBeDefined();
    for (const ws of wb.worksheets) if (ws.name !== "Biểu điểm") wb.removeWorksheet(ws.id);
    wb.definedNames.model = [];
    const only = path.join(dir, "bieu-diem.xlsx");
    await port.save(only);

    // A private LibreOffice profile: no clash with another soffice running on the machine.
    tool("soffice", [`-env:UserInstallation=file://${path.join(dir, "lo-profile")}`, "--headless", "--convert-to", "pdf", "--outdir", dir, only]);
    const pdf = path.join(dir, "bieu-diem.pdf");
    expect(fs.existsSync(pdf)).toBe(true);
    text = flat(tool("pdftotext", [pdf, "-"]));
    info = tool("pdfinfo", [pdf]);
  }, 180000);

  it("prints on A4", () => {
    expect(info).toMatch(/Page size:\s+595(\.\d+)? x 841(\.\d+)? pts \(A4\)/);
    expect(Number(/Pages:\s+(\d+)/.exec(info)![1])).toBeGreaterThanOrEqual(1);
  });

  it("shows the national heading and the unit", () => {
    expect(text).toContain("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
    expect(text).toContain("Độc lập - Tự do - Hạnh phúc");
    expect(text).toContain("UBND HUYỆN THỦ THỪA");
    expect(text).toContain("TRƯỜNG TIỂU HỌC BÌNH AN");
  });

  it("shows the total and the rating", () => {
    expect(summary.total).toBe(95.75);
    expect(summary.rating).toBe("Tốt");
    // The total is printed with the sheet's number format: 95.75 or 95,75 depending on the locale.
    expect(text).toMatch(/95[.,]75/);
    expect(text).toContain(summary.rating!);
  });
});
