/**
 * The bundled sample workbook: committed in step with its generator, and shaped like a real clerk's
 * workbook (the mess the reader must tolerate is really in the file).
 */
import * as fs from "fs";
import * as path from "path";
import ExcelJS from "exceljs";
import { SAMPLE_MEMBERS, SAMPLE_PATH, writeSample } from "../../scripts/make-sample";
import { SAMPLE_2026_EVIDENCE, SAMPLE_2026_MEMBERS, SAMPLE_2026_PATH, writeSample2026 } from "../../scripts/sample-2026";
import { XlsxPort } from "../../src/xlsx";
import { tempDir } from "../helpers/xlsx-fixtures";

describe("samples/truong-tieu-hoc-binh-an-2023.xlsx", () => {
  it("is exactly what scripts/make-sample.ts generates (run `npm run sample` after changing it)", async () => {
    const fresh = await writeSample(path.join(tempDir(), "sample.xlsx"));
    expect(fs.readFileSync(fresh).equals(fs.readFileSync(SAMPLE_PATH))).toBe(true);
  });

  it("has the standard input sheets, about 40 members in 5 tổ, one excluded with a reason", async () => {
    const grids = await (await XlsxPort.fromFile(SAMPLE_PATH)).read();
    expect(grids.sheets.map((s) => s.name)).toEqual(["Thông tin", "Thành viên", "Tiêu chí đơn vị", "Minh chứng", "Nội dung báo cáo"]);
    const members = SAMPLE_MEMBERS.filter((m) => m !== null);
    expect(members.length).toBe(40);
    expect(new Set(members.map((m) => m!.group)).size).toBe(5);
    expect(members.filter((m) => m!.excluded).map((m) => m!.excluded)).toEqual(["Chuyển đến từ 01/11/2023"]);
  });

  it("keeps the realistic mess: title rows, a two-row merged header, an NFD header cell, blank rows, mixed yes values", async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(SAMPLE_PATH);
    const ws = wb.getWorksheet("Thành viên")!;
    expect(ws.getCell("A1").value).toBe("DANH SÁCH CÁN BỘ, GIÁO VIÊN, NHÂN VIÊN");
    expect(ws.getCell("A2").value).toBe("Năm học 2022 – 2023");
    expect(ws.model.merges).toContain("J4:Q4");
    const raw = ws.getCell("G4").value as string;
    expect(raw).toBe(raw.normalize("NFD"));
    expect(raw).not.toBe(raw.normalize("NFC"));
    const yes = new Set<string>();
    let blankRows = 0;
    for (let r = 6; r <= 48; r++) {
      const row = ws.getRow(r);
      if (!row.getCell(2).value) blankRows++;
      for (const c of [5, 7, 8]) if (typeof row.getCell(c).value === "string") yes.add(row.getCell(c).value as string);
    }
    expect(blankRows).toBeGreaterThanOrEqual(2);
    expect([...yes]).toEqual(expect.arrayContaining(["x", "Có", "Đạt"]));
    const codes = wb.getWorksheet("Tiêu chí đơn vị")!.getColumn(1).values.slice(3);
    expect(codes).toEqual(expect.arrayContaining(["1a", "1.b", "Tiêu chí 1 – c"]));
    const ev = wb.getWorksheet("Minh chứng")!;
    let uncoded = 0;
    for (let r = 3; r <= ev.rowCount; r++) if (ev.getCell(r, 3).value && !ev.getCell(r, 1).value) uncoded++;
    expect(uncoded).toBe(2);
  });
});

describe("samples/truong-tieu-hoc-tan-phu-2026.xlsx (Thông tư 24, today's job)", () => {
  it("is exactly what scripts/sample-2026.ts generates (run `npm run sample` after changing it)", async () => {
    const fresh = await writeSample2026(path.join(tempDir(), "sample-2026.xlsx"));
    expect(fs.readFileSync(fresh).equals(fs.readFileSync(SAMPLE_2026_PATH))).toBe(true);
  });

  it("about 40 staff in 5 tổ, one on long leave excluded with a reason, evidence for every unit indicator", async () => {
    const grids = await (await XlsxPort.fromFile(SAMPLE_2026_PATH)).read();
    expect(grids.sheets.map((s) => s.name)).toEqual(["Thông tin", "Thành viên", "Tiêu chí đơn vị", "Minh chứng", "Nội dung báo cáo", "Tổ đánh giá"]);
    const members = SAMPLE_2026_MEMBERS.filter((m) => m !== null);
    expect(members.length).toBe(40);
    expect(new Set(members.map((m) => m!.group)).size).toBe(5);
    expect(members.filter((m) => m!.excluded).map((m) => m!.excluded)).toEqual([expect.stringContaining("Nghỉ ốm dài hạn")]);
    const named = new Set(SAMPLE_2026_EVIDENCE.flatMap((e) => e.items.split(/;\s*/)));
    for (const id of ["1.1", "1.2", "1.3", "1.4", "1.5", "3.2", "3.3", "3.4"]) expect([id, named.has(id)]).toEqual([id, true]);
  });

  it("keeps the mess: abbreviated headers, an NFD header cell, blank rows, mixed yes values, a totals line, ids written three ways", async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(SAMPLE_2026_PATH);
    const ws = wb.getWorksheet("Thành viên")!;
    const headers = (ws.getRow(3).values as unknown[]).slice(1).map(String);
    expect(headers).toEqual(
      expect.arrayContaining(["Bồi dưỡng CĐS (2.3)", "CC NN/tiếng DTTS (2.4)", "Trình độ NN đáp ứng (2.4)", "DHTĐ năm 2026 (2.5)", "Đạt CDHT (3.1)"]),
    );
    const raw = ws.getCell("E3").value as string;
    expect(raw).toBe(raw.normalize("NFD"));
    expect(raw).not.toBe(raw.normalize("NFC"));
    const yes = new Set<string>();
    let blankRows = 0;
    for (let r = 4; r < ws.rowCount; r++) {
      if (!ws.getRow(r).getCell(2).value) blankRows++;
      const v = ws.getRow(r).getCell(7).value;
      if (typeof v === "string") yes.add(v);
    }
    expect(blankRows).toBeGreaterThanOrEqual(2);
    expect([...yes]).toEqual(expect.arrayContaining(["x", "Có", "Đạt", "✓"]));
    expect(String(ws.getCell(ws.rowCount, 2).value)).toMatch(/^Tổng cộng/);
    const ids = wb.getWorksheet("Tiêu chí đơn vị")!.getColumn(1).values.slice(3);
    expect(ids).toEqual(expect.arrayContaining(["1.1", "Chỉ tiêu 1.3", "TC1.4"]));
  });
});
