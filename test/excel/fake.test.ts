/**
 * The fake itself: each behaviour of Excel it claims to imitate, so that a green adapter test
 * means something. If one of these fails, the adapter tests may pass for the wrong reason.
 */
import { FakeWorkbook, type FakeRequestContext } from "../fakes/excel";

const book = () =>
  FakeWorkbook.fromGrids({
    sheets: [
      {
        name: "Thành viên",
        values: [
          ["STT", "Họ và tên"],
          [1, "An"],
        ],
      },
    ],
  });
const inRun = <T>(wb: FakeWorkbook, f: (ctx: FakeRequestContext) => Promise<T>) => wb.run(f);

test("reading a property that was not loaded throws PropertyNotLoaded", async () => {
  await inRun(book(), async (ctx) => {
    const r = ctx.workbook.worksheets.getItem("Thành viên").getRange("A1:B2");
    expect(() => r.values).toThrow(/not available.*load/);
    r.load("values");
    expect(() => r.values).toThrow(/not available/); // loaded, but not yet synced
    await ctx.sync();
    expect(r.values).toEqual([
      ["STT", "Họ và tên"],
      [1, "An"],
    ]);
  });
});

test("a 2-D array of the wrong shape fails at sync with InvalidArgument", async () => {
  await inRun(book(), async (ctx) => {
    ctx.workbook.worksheets.getItem("Thành viên").getRange("A1:B2").values = [["a", "b"]];
    await expect(ctx.sync()).rejects.toMatchObject({ code: "InvalidArgument" });
  });
});

test("getItem of a missing sheet fails with ItemNotFound; getItemOrNullObject gives a null object", async () => {
  await inRun(book(), async (ctx) => {
    const missing = ctx.workbook.worksheets.getItem("Không có");
    missing.load("name");
    await expect(ctx.sync()).rejects.toMatchObject({ code: "ItemNotFound" });
    const maybe = ctx.workbook.worksheets.getItemOrNullObject("Không có");
    maybe.load("name");
    const there = ctx.workbook.worksheets.getItemOrNullObject("thành viên"); // names are case-insensitive
    there.load("name");
    await ctx.sync();
    expect(maybe.isNullObject).toBe(true);
    expect(there.isNullObject).toBe(false);
    expect(there.name).toBe("Thành viên");
  });
});

test("a protected sheet refuses writes with AccessDenied; earlier actions of the batch stay applied", async () => {
  const wb = book();
  wb.addSheet("Khác");
  wb.sheet("Thành viên")!.protected = true;
  await inRun(wb, async (ctx) => {
    ctx.workbook.worksheets.getItem("Khác").getRange("A1").values = [["trước"]];
    ctx.workbook.worksheets.getItem("Thành viên").getRange("C1").values = [["x"]];
    await expect(ctx.sync()).rejects.toMatchObject({ code: "AccessDenied" });
  });
  expect(wb.toGrid("Khác").values).toEqual([["trước"]]);
  expect(wb.toGrid("Thành viên").values[0]).toEqual(["STT", "Họ và tên"]);
});

test("strings Excel would convert: = + - @ become formulas, digits become numbers, unless the cell is text", async () => {
  const wb = book();
  await inRun(wb, async (ctx) => {
    const ws = ctx.workbook.worksheets.getItem("Thành viên");
    ws.getRange("A3:E3").values = [["=1+1", "+x", "0123", "TRUE", "-5"]];
    ws.getRange("A4").numberFormat = [["@"]];
    ws.getRange("A4").values = [["=1+1"]];
    await ctx.sync();
  });
  expect(wb.formulaCells()).toEqual(["Thành viên!A3: =1+1", "Thành viên!B3: =+x"]);
  expect(wb.toGrid("Thành viên").values[2].slice(2)).toEqual([123, true, -5]);
  expect(wb.toGrid("Thành viên").values[3]).toEqual(["=1+1"]);
});

test("syncs are counted with their request bytes; a request over 5 MB is refused", async () => {
  const wb = book();
  await inRun(wb, async (ctx) => {
    ctx.workbook.worksheets.getItem("Thành viên").getRange("C1").values = [["ngắn"]];
    await ctx.sync();
    const big = Array.from({ length: 60000 }, () => ["x".repeat(100)]);
    ctx.workbook.worksheets.getItem("Thành viên").getRange("D1:D60000").values = big;
    await expect(ctx.sync()).rejects.toMatchObject({ code: "RequestPayloadSizeLimitExceeded" });
  });
  expect(wb.syncCount).toBe(2);
  expect(wb.syncLog[0].requestBytes).toBeLessThan(1000);
  expect(wb.syncLog[1].requestBytes).toBeGreaterThan(5_000_000);
  expect(wb.syncLog[1].failed).toBe("RequestPayloadSizeLimitExceeded");
  expect(wb.toGrid("Thành viên").values[0]).toEqual(["STT", "Họ và tên", "ngắn"]); // the refused request changed nothing
});

describe("getFirst / getNextOrNullObject (ExcelApi 1.5)", () => {
  const three = () => {
    const wb = book();
    wb.addSheet("Ẩn").visibility = "Hidden";
    wb.addSheet("Cuối");
    return wb;
  };

  test("walk the sheets in tab order, hidden ones included; a null object after the last; one sync", async () => {
    const wb = three();
    await inRun(wb, async (ctx) => {
      let ws = ctx.workbook.worksheets.getFirst();
      const chain: { ws: typeof ws; used: ReturnType<typeof ws.getUsedRangeOrNullObject> }[] = [];
      for (let i = 0; i < 5; i++) {
        ws.load("name,visibility");
        const used = ws.getUsedRangeOrNullObject(true);
        used.load("address");
        chain.push({ ws, used });
        ws = ws.getNextOrNullObject();
      }
      await ctx.sync();
      expect(chain.map((c) => c.ws.isNullObject)).toEqual([false, false, false, true, true]);
      expect(chain.slice(0, 3).map((c) => c.ws.name)).toEqual(["Thành viên", "Ẩn", "Cuối"]);
      expect(chain[1].ws.visibility).toBe("Hidden");
      expect(chain[0].used.address).toBe("'Thành viên'!A1:B2");
      // An empty sheet's used range, and anything asked of a null object, are null objects.
      expect(chain.slice(1).map((c) => c.used.isNullObject)).toEqual([true, true, true, true]);
      // A null object has no properties: they read as undefined (Office.js does not throw for them).
      expect(chain[3].ws.name).toBeUndefined();
      expect(chain[4].used.address).toBeUndefined();
      // A real sheet's property that was not loaded still throws.
      expect(() => chain[0].ws.position).toThrow(/not available/);
    });
    expect(wb.syncCount).toBe(1);
  });

  test("visibleOnly skips hidden sheets", async () => {
    await inRun(three(), async (ctx) => {
      const first = ctx.workbook.worksheets.getFirst(true);
      const next = first.getNextOrNullObject(true);
      first.load("name");
      next.load("name");
      await ctx.sync();
      expect([first.name, next.name]).toEqual(["Thành viên", "Cuối"]);
    });
  });

  test("a host that refuses requests on null objects fails the sync (nullChaining = refuse)", async () => {
    const wb = three();
    wb.nullChaining = "refuse";
    await inRun(wb, async (ctx) => {
      const last = ctx.workbook.worksheets.getFirst().getNextOrNullObject().getNextOrNullObject();
      const after = last.getNextOrNullObject();
      after.load("name");
      await ctx.sync(); // the first null object itself is fine
      expect(after.isNullObject).toBe(true);
      after.getNextOrNullObject().load("name");
      await expect(ctx.sync()).rejects.toMatchObject({ code: "InvalidArgument" });
    });
  });
});
