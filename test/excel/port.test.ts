/**
 * The Office.js adapter against the in-memory Excel: what it reads, what it writes, how many syncs
 * and bytes it takes, and what the clerk is told when Excel refuses.
 */
import type { SheetPlan, WritePlan } from "../../src/core/plan";
import { ExcelPortError } from "../../src/excel/errors";
import { OfficePort, type ExcelRunner } from "../../src/excel/port";
import { CHAIN_SHEETS } from "../../src/excel/read";
import { needsTextFormat } from "../../src/excel/write";
import { FakeWorkbook } from "../fakes/excel";

const runner =
  (wb: FakeWorkbook): ExcelRunner =>
  (batch) =>
    wb.run(batch as never) as never;

function clerkBook(): FakeWorkbook {
  return FakeWorkbook.fromGrids({
    sheets: [
      {
        name: "Thông tin",
        values: [
          ["Tên đơn vị", "TRƯỜNG TIỂU HỌC BÌNH AN"],
          ["Năm đánh giá", 2023],
          ["Phương án địa phương", null],
        ],
      },
      {
        name: "Thành viên",
        values: [["DANH SÁCH"], [], ["STT", "Họ và tên", "Ngày phê duyệt"], [1, "Nguyễn Văn An", 45200], [2, "Trần Thị Bình", { error: "#N/A" }]],
        numberFormats: [[null], [], [null, null, null], [null, null, "dd/mm/yyyy"], [null, null, null]],
        merges: [{ top: 0, left: 0, bottom: 0, right: 2 }],
      },
      { name: "Biểu điểm", values: [["bảng của cô Lan, không phải của phần mềm"]] },
    ],
  });
}

function sheetPlan(name: string, values: SheetPlan["values"], extra: Partial<SheetPlan> = {}): SheetPlan {
  return { id: name === "Kiểm tra" ? "kiem-tra" : "bieu-diem", name, values, styles: [], merges: [], columnWidths: [], ...extra };
}

describe("OfficePort.read", () => {
  test("reads every sheet in one sync, with formats, merges, errors and dates as serials", async () => {
    const wb = clerkBook();
    const port = new OfficePort({ run: runner(wb) });
    const grids = await port.read();
    expect(wb.syncCount).toBe(1);
    expect(grids.sheets.map((s) => s.name)).toEqual(["Thông tin", "Thành viên", "Biểu điểm"]);
    const tv = grids.sheets[1];
    expect(tv.values[3]).toEqual([1, "Nguyễn Văn An", 45200]);
    expect(tv.values[4][2]).toEqual({ error: "#N/A" });
    expect(tv.values[1]).toEqual([]);
    expect(tv.numberFormats?.[3]?.[2]).toBe("dd/mm/yyyy");
    expect(tv.numberFormats?.[3]?.[0]).toBeNull();
    expect(tv.merges).toEqual([{ top: 0, left: 0, bottom: 0, right: 2 }]);
    expect(grids.sheets[0].values[2]).toEqual(["Phương án địa phương"]);
  });

  test.each([
    ["1 sheet", 1, 1],
    ["39 sheets", 39, 1],
    ["40 sheets (the chain's length)", CHAIN_SHEETS, 1],
    ["41 sheets", CHAIN_SHEETS + 1, 2],
    ["80 sheets", 2 * CHAIN_SHEETS, 2],
    ["81 sheets", 2 * CHAIN_SHEETS + 1, 3],
  ])("a workbook of %s: every sheet, in tab order, in %d sync(s)", async (_name, n, syncs) => {
    const wb = FakeWorkbook.fromGrids({ sheets: Array.from({ length: n }, (_, i) => ({ name: `Trang ${i + 1}`, values: [[`ô của trang ${i + 1}`]] })) });
    const grids = await new OfficePort({ run: runner(wb) }).read();
    expect(wb.syncCount).toBe(syncs);
    expect(grids.sheets.map((s) => s.name)).toEqual(wb.sheets.map((s) => s.name));
    expect(grids.sheets.map((s) => s.values[0][0])).toEqual(wb.sheets.map((s) => `ô của trang ${s.name.slice(6)}`));
  });

  test("hidden, very hidden and protected sheets are read with their state; the writer knows them without another sync", async () => {
    const wb = clerkBook();
    wb.sheet("Thành viên")!.protected = true;
    wb.addSheetFromGrid({ name: "_dvht", values: [["dvht-registry", "1"]], visibility: "veryHidden" });
    wb.addSheetFromGrid({ name: "Cũ", values: [["năm trước"]], visibility: "hidden" });
    const port = new OfficePort({ run: runner(wb) });
    const grids = await port.read();
    expect(grids.sheets.map((s) => [s.name, s.visibility])).toEqual([
      ["Thông tin", "visible"],
      ["Thành viên", "visible"],
      ["Biểu điểm", "visible"],
      ["_dvht", "veryHidden"],
      ["Cũ", "hidden"],
    ]);
    expect(wb.syncCount).toBe(1);
    // The protection came with the read: the write refuses before sending anything.
    const err = await port.write({ sheets: [], patches: [{ sheet: "Thành viên", kind: "member-band", top: 2, left: 4, values: [["Đạt"]] }] }).catch((e) => e);
    expect(err.problem).toBe("protected");
    expect(wb.syncCount).toBe(1);
  });

  test("a host that refuses requests on null objects: read the classic way (list, then ranges), same grids", async () => {
    const chained = await new OfficePort({ run: runner(clerkBook()) }).read();
    const wb = clerkBook();
    wb.nullChaining = "refuse";
    const grids = await new OfficePort({ run: runner(wb) }).read();
    expect(grids).toEqual(chained);
    expect(wb.syncLog.map((s) => s.failed ?? "ok")).toEqual(["InvalidArgument", "ok", "ok"]);
  });

  test("without ExcelApi 1.13 merges are not read, and nothing fails", async () => {
    const wb = clerkBook();
    const port = new OfficePort({ run: runner(wb), support: (v) => Number(v.split(".")[1]) <= 12 });
    const grids = await port.read();
    expect(grids.sheets[1].merges).toEqual([]);
  });
});

describe("OfficePort.write", () => {
  test("writes strings as text, never as formulas (formula injection)", async () => {
    const wb = clerkBook();
    const port = new OfficePort({ run: runner(wb) });
    await port.read();
    const nasty = ['=HYPERLINK("http://x")', "+84 912 345 678", "-cmd", "@SUM(A1)", "0123", "TRUE", "05/09/2023", "12,5%", "Bình thường"];
    await port.write({ sheets: [sheetPlan("Kiểm tra", [nasty, [1, true, null, "x"]])], patches: [] });
    expect(wb.formulaCells()).toEqual([]);
    const g = wb.toGrid("Kiểm tra");
    expect(g.values[0]).toEqual(nasty);
    expect(g.values[1]).toEqual([1, true, null, "x"]);
  });

  test("the fake really would turn an unguarded '=' string into a formula", async () => {
    const wb = clerkBook();
    await wb.run(async (ctx) => {
      ctx.workbook.worksheets.getItem("Thông tin").getRange("C1").values = [["=1+1"]];
      await ctx.sync();
    });
    expect(wb.formulaCells()).toEqual(["Thông tin!C1: =1+1"]);
  });

  test("read + write of a small plan takes two syncs, values before formats", async () => {
    const wb = clerkBook();
    const port = new OfficePort({ run: runner(wb) });
    await port.read();
    const plan: WritePlan = {
      sheets: [
        sheetPlan("Biểu điểm (2)", [["BIỂU ĐIỂM"], ["Tiêu chí", "Điểm"], ["1a", 9.5]], {
          styles: [{ range: { top: 2, left: 1, bottom: 2, right: 1 }, style: { numberFormat: "0.00", font: { bold: true, name: "Times New Roman" } } }],
          merges: [{ top: 0, left: 0, bottom: 0, right: 1 }],
          columnWidths: [12, 8],
          freeze: { rows: 2, cols: 0 },
          names: [{ name: "DVHT_KETQUA", range: { top: 1, left: 0, bottom: 2, right: 1 } }],
          links: [{ row: 2, col: 0, sheet: "Thành viên", cell: "B4", text: "1a" }],
          print: { paperSize: "A4", orientation: "portrait", margins: { top: 20, bottom: 20, left: 30, right: 15 }, fitToWidth: true, footer: "Trang &P/&N" },
        }),
      ],
      patches: [
        { sheet: "Thành viên", kind: "member-band", top: 2, left: 4, values: [["Đạt CDHT"], ["x"], [null]], clear: { top: 2, left: 4, bottom: 10, right: 6 } },
      ],
      activate: "bieu-diem",
    };
    const report = await port.write(plan);
    expect(wb.syncCount).toBe(2);
    expect(port.lastWrite?.syncs).toBe(1);
    expect(wb.suspendedCalc).toBe(0); // reset by the sync that used it
    expect(report.sheets).toEqual({ "bieu-diem": "Biểu điểm (2)" });
    const s = wb.sheet("Biểu điểm (2)")!;
    expect(wb.toGrid("Biểu điểm (2)").values).toEqual([["BIỂU ĐIỂM"], ["Tiêu chí", "Điểm"], ["1a", 9.5]]);
    expect(s.cells.get("2,1")?.numberFormat).toBe("0.00");
    expect(s.cells.get("2,1")?.format?.["font.bold"]).toBe(true);
    expect(s.merges).toEqual([{ top: 0, left: 0, bottom: 0, right: 1 }]);
    expect(s.freeze).toEqual({ rows: 2, cols: 0 });
    expect(s.columnWidths.get(0)).toBeCloseTo((12 * 7 + 5) * 0.75);
    expect(s.cells.get("2,0")?.hyperlink?.documentReference).toBe("'Thành viên'!B4");
    expect(s.pageLayout.orientation).toBe("Portrait");
    expect(s.pageLayout["footer.centerFooter"]).toBe("Trang &P/&N");
    expect(wb.names.get("dvht_ketqua")).toEqual({ sheet: "Biểu điểm (2)", rect: { top: 1, left: 0, bottom: 2, right: 1 } });
    expect(wb.activeSheet).toBe("Biểu điểm (2)");
    // The clerk's sheet: only the band changed.
    expect(wb.toGrid("Thành viên").values[2]).toEqual(["STT", "Họ và tên", "Ngày phê duyệt", null, "Đạt CDHT"]);
    expect(wb.toGrid("Thành viên").values[3]).toEqual([1, "Nguyễn Văn An", 45200, null, "x"]);
    expect(wb.sheet("Thành viên")!.merges).toEqual([{ top: 0, left: 0, bottom: 0, right: 2 }]);
  });

  test("an owned sheet is replaced in place: old cells, formats and merges gone, position kept", async () => {
    const wb = clerkBook();
    const port = new OfficePort({ run: runner(wb) });
    await port.read();
    const first = sheetPlan("Kiểm tra", [["a", "b", "c"], ["d"]], {
      merges: [{ top: 0, left: 0, bottom: 0, right: 2 }],
      styles: [{ range: { top: 1, left: 0, bottom: 1, right: 0 }, style: { fill: "#FFEEEE" } }],
    });
    await port.write({ sheets: [first], patches: [] });
    wb.addSheet("Sau");
    // A second run in a new session: the core read the registry, and its plan says the sheet is ours.
    const registry = {
      id: "registry",
      name: "_dvht",
      values: [
        ["dvht-registry", "1"],
        ["sheet", "kiem-tra", "Kiểm tra"],
      ],
      styles: [],
      merges: [],
      columnWidths: [],
      visibility: "veryHidden" as const,
    };
    await port.write({ sheets: [registry], patches: [] });
    const port2 = new OfficePort({ run: runner(wb) });
    await port2.read();
    await port2.write({ sheets: [sheetPlan("Kiểm tra", [["mới"]])], patches: [], owned: ["Kiểm tra", "_dvht"] });
    expect(wb.toGrid("Kiểm tra").values).toEqual([["mới"]]);
    expect(wb.sheet("Kiểm tra")!.merges).toEqual([]);
    expect(wb.sheet("Kiểm tra")!.cells.get("1,0")).toBeUndefined();
    expect(wb.sheets.map((s) => s.name)).toEqual(["Thông tin", "Thành viên", "Biểu điểm", "Kiểm tra", "Sau", "_dvht"]);
    expect(wb.sheet("_dvht")!.visibility).toBe("VeryHidden");
  });

  test("a clerk's sheet with an output name is never overwritten", async () => {
    const wb = clerkBook();
    const port = new OfficePort({ run: runner(wb) });
    await port.read();
    const syncs = wb.syncCount;
    await expect(port.write({ sheets: [sheetPlan("Biểu điểm", [["x"]])], patches: [] })).rejects.toMatchObject({ problem: "notOwned", sheet: "Biểu điểm" });
    expect(wb.syncCount).toBe(syncs);
    expect(wb.toGrid("Biểu điểm").values).toEqual([["bảng của cô Lan, không phải của phần mềm"]]);
  });

  test("a protected sheet: refused before anything is written, with what to do", async () => {
    const wb = clerkBook();
    wb.sheet("Thành viên")!.protected = true;
    const port = new OfficePort({ run: runner(wb) });
    await port.read();
    const err = await port
      .write({ sheets: [sheetPlan("Kiểm tra", [["x"]])], patches: [{ sheet: "Thành viên", kind: "member-band", top: 2, left: 4, values: [["Đạt"]] }] })
      .catch((e) => e);
    expect(err).toBeInstanceOf(ExcelPortError);
    expect(err.message).toContain('Trang "Thành viên" đang được bảo vệ');
    expect(err.fix).toContain("Bỏ bảo vệ trang");
    expect(wb.sheet("Kiểm tra")).toBeUndefined();
  });

  test("protection that Excel reports itself (set after the read) is translated too", async () => {
    const wb = clerkBook();
    const port = new OfficePort({ run: runner(wb) });
    await port.read();
    wb.sheet("Thành viên")!.protected = true;
    const err = await port.write({ sheets: [], patches: [{ sheet: "Thành viên", kind: "member-band", top: 2, left: 4, values: [["Đạt"]] }] }).catch((e) => e);
    expect(err.problem).toBe("protected");
  });

  test("a sheet renamed during the run", async () => {
    const wb = clerkBook();
    const port = new OfficePort({ run: runner(wb) });
    await port.read();
    wb.sheet("Thành viên")!.name = "TV";
    const err = await port.write({ sheets: [], patches: [{ sheet: "Thành viên", kind: "member-band", top: 2, left: 4, values: [["Đạt"]] }] }).catch((e) => e);
    expect(err.problem).toBe("sheetGone");
    expect(err.message).toContain('"Thành viên"');
    expect(err.message).toContain("đổi tên hoặc bị xóa");
  });

  test("a sheet deleted during the run, when Excel's error does not name it", async () => {
    const wb = clerkBook();
    const port = new OfficePort({ run: runner(wb) });
    await port.read();
    wb.sheets.splice(wb.sheets.indexOf(wb.sheet("Thông tin")!), 1);
    // Excel's message names nothing; the port finds the missing sheet itself.
    wb.beforeSync = () => {
      wb.beforeSync = undefined;
      wb.failNextSyncWith = "ItemNotFound";
    };
    const err = await port
      .write({ sheets: [sheetPlan("Kiểm tra", [["x"]])], patches: [{ sheet: "Thông tin", kind: "unit-points", top: 2, left: 1, values: [["Hà Nội"]] }] })
      .catch((e) => e);
    expect(err.problem).toBe("sheetGone");
    expect(err.sheet).toBe("Thông tin");
  });

  test("a cell in edit mode", async () => {
    const wb = clerkBook();
    wb.failNextSyncWith = "InvalidOperationInCellEditMode";
    const port = new OfficePort({ run: runner(wb) });
    const err = await port.read().catch((e) => e);
    expect(err.problem).toBe("editMode");
    expect(err.fix).toContain("Enter hoặc Esc");
  });

  test("splits requests under the limit, and retries smaller when Excel refuses the size", async () => {
    const wb = clerkBook();
    const port = new OfficePort({ run: runner(wb) });
    await port.read();
    const rows = Array.from({ length: 20000 }, (_, i) => [i + 1, `Nguyễn Văn Thành viên số ${i + 1}`, "Đạt", "thiếu KH tự học; chưa đạt NL 5", 0.93]);
    wb.resetLog();
    await port.write({ sheets: [sheetPlan("Kiểm tra", rows)], patches: [] });
    expect(wb.maxRequestBytes).toBeLessThan(5_000_000);
    expect(wb.toGrid("Kiểm tra").values[19999][1]).toBe("Nguyễn Văn Thành viên số 20000");
    // A host with a smaller limit than our estimate assumes: retried in halves, same result.
    const wb2 = clerkBook();
    wb2.payloadLimit = 300_000;
    const port2 = new OfficePort({ run: runner(wb2) });
    await port2.read();
    await port2.write({ sheets: [sheetPlan("Kiểm tra", rows)], patches: [] });
    expect(port2.lastWrite!.retries).toBeGreaterThan(0);
    expect(wb2.toGrid("Kiểm tra").values.length).toBe(20000);
    expect(wb2.syncLog.filter((s) => s.requestBytes <= 300_000).length).toBeGreaterThan(1);
  });

  test("pane helpers: select a cell; write two settings cells only", async () => {
    const wb = clerkBook();
    const port = new OfficePort({ run: runner(wb) });
    await port.select("Thành viên", "C5");
    expect(wb.selection).toEqual({ sheet: "Thành viên", address: "C5" });
    await port.writeCells("Thông tin", [
      { cell: "B3", value: "Hà Nội" },
      { cell: "B4", value: "TT22/2020" },
    ]);
    expect(wb.toGrid("Thông tin").values).toEqual([
      ["Tên đơn vị", "TRƯỜNG TIỂU HỌC BÌNH AN"],
      ["Năm đánh giá", 2023],
      ["Phương án địa phương", "Hà Nội"],
      [null, "TT22/2020"],
    ]);
  });
});

describe("needsTextFormat", () => {
  test.each([
    ["=SUM(A1)", true],
    ["+84", true],
    ["-", true],
    ["@a", true],
    ["0123", true],
    ["05/09/2023", true],
    ["TRUE", true],
    ["#N/A", true],
    ["Nguyễn Văn An", false],
    ["1a", false],
    ["", false],
  ])("%s → %s", (v, want) => expect(needsTextFormat(v)).toBe(want));
});
