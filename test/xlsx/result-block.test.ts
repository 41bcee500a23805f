/**
 * The district's fast read (src/xlsx/result-block.ts): only the result block's sheet and the printed
 * result's sheet are parsed, yet the core reads exactly what a whole read gives it. Real workbooks: one
 * written by `dvht evaluate` (inline strings, the clerk's package), others by exceljs (shared strings,
 * as Excel saves), one renamed, one without the block's name.
 */
import * as fs from "fs";
import * as path from "path";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { readSummaryBlock } from "../../src/core";
import { openWorkbookBytes } from "../../src/xlsx/open";
import { renderPlan } from "../../src/xlsx/output";
import { readResultBlock } from "../../src/xlsx/result-block";
import { run } from "../../src/core/run";
import { ymdToSerial } from "../../src/core/text/dates";
import { XlsxPort } from "../../src/xlsx";
import { district30, unitPlans } from "../helpers/district-farm";

const SAMPLE = path.join(__dirname, "../../samples/truong-tieu-hoc-binh-an-2023.xlsx");

async function evaluatedSample(): Promise<Buffer> {
  const opened = await openWorkbookBytes(fs.readFileSync(SAMPLE), SAMPLE);
  const outcome = run(opened.book.grids, { today: ymdToSerial({ y: 2023, m: 12, d: 20 }) });
  return (await renderPlan(opened, outcome.plan)).bytes;
}

async function exceljsBook(edit?: (wb: ExcelJS.Workbook) => void): Promise<Buffer> {
  const farm = district30();
  const wb = new ExcelJS.Workbook();
  await XlsxPort.fromWorkbook(wb).write({ sheets: unitPlans(farm.files[5].unit), patches: [] });
  edit?.(wb);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

const CASES: [string, () => Promise<Buffer>][] = [
  ["a result workbook written by dvht evaluate (inline strings)", evaluatedSample],
  ["a workbook saved with shared strings", () => exceljsBook()],
  [
    "the block's sheet renamed (the name follows it)",
    () =>
      exceljsBook((wb) => {
        // What Excel does when the clerk renames the sheet: the defined name follows it.
        wb.getWorksheet("Kết quả")!.name = "KQ gửi phòng";
        const names = wb.definedNames as unknown as { model: { name: string; ranges: string[] }[] };
        names.model = names.model.map((n) => ({ ...n, ranges: n.ranges.map((r) => r.replace("'Kết quả'", "'KQ gửi phòng'")) }));
      }),
  ],
];

describe.each(CASES)("%s", (_, make) => {
  let bytes: Buffer;
  beforeAll(async () => {
    bytes = await make();
  });

  test("reads only the block's and the printed result's sheets", async () => {
    const fast = (await readResultBlock(bytes))!;
    expect(fast).not.toBeNull();
    const full = (await openWorkbookBytes(bytes, "x.xlsx")).book.grids;
    expect(fast.sheets.length).toBe(2);
    expect(full.sheets.length).toBeGreaterThanOrEqual(2);
  });

  test("the core finds the same block, hash and printed result as in the whole workbook", async () => {
    const fast = readSummaryBlock((await readResultBlock(bytes))!);
    const full = readSummaryBlock((await openWorkbookBytes(bytes, "x.xlsx")).book.grids);
    expect(fast).toEqual(full);
    expect(fast).toMatchObject({ hashOk: true, printed: { state: "ok" } });
  });
});

describe("when the fast read does not apply, it says so (the whole workbook is read instead)", () => {
  test.each([
    ["not a zip", async () => Buffer.from("STT;Họ và tên\n")],
    [
      "no DVHT_KETQUA name",
      async () => {
        const wb = new ExcelJS.Workbook();
        wb.addWorksheet("Sheet1").getCell("A1").value = "x";
        return Buffer.from(await wb.xlsx.writeBuffer());
      },
    ],
    [
      "a name that points at no sheet",
      async () => {
        const zip = await JSZip.loadAsync(await exceljsBook());
        const xml = await zip.file("xl/workbook.xml")!.async("string");
        zip.file("xl/workbook.xml", xml.replace("&apos;Kết quả&apos;!", "&apos;Không có&apos;!"));
        return zip.generateAsync({ type: "nodebuffer" });
      },
    ],
  ])("%s → null", async (_, make) => {
    expect(await readResultBlock(await make())).toBeNull();
  });
});
