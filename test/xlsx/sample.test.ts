/**
 * The bundled sample workbook: committed in step with its generator, and shaped like a real clerk's
 * workbook (the mess the reader must tolerate is really in the file).
 */
import * as fs from "fs";
import * as path from "path";
import ExcelJS from "exceljs";
import { SAMPLE_MEMBERS, SAMPLE_PATH, writeSample } from "../../scripts/make-sample";
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
