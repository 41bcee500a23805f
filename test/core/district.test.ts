import { run } from "../../src/core";
import { consolidate, readSummaryBlock } from "../../src/core/district";
import { applyValues, cleanBook, info, TODAY } from "./helpers";

function school(name: string, n: number, tweak?: (g: ReturnType<typeof cleanBook>) => void) {
  const g = cleanBook(n);
  g.sheets[0] = info([["Tên đơn vị", name]]);
  tweak?.(g);
  const out = run(g, { today: TODAY });
  return applyValues(g, out.plan);
}

describe("district consolidation from the schools' DVHT_KETQUA blocks", () => {
  test("one row per school, sorted, with counts per rating", () => {
    const a = school("TRƯỜNG TIỂU HỌC BÌNH AN", 5);
    const b = school("TRƯỜNG MẦM NON ÁNH DƯƠNG", 4, (g) => {
      for (const r of g.sheets[2].values.slice(1)) r[3] = 0; // unit items all 0 → 55 points
    });
    const out = consolidate(
      [
        { source: "binh-an.xlsx", grids: a },
        { source: "anh-duong.xlsx", grids: b },
      ],
      { today: TODAY, office: "PHÒNG GD&ĐT HUYỆN THỦ THỪA" },
    );
    expect(out.issues).toEqual([]);
    expect(out.schools.map((s) => [s.unit, s.total, s.rating])).toEqual([
      ["TRƯỜNG MẦM NON ÁNH DƯƠNG", 55, "Trung bình"],
      ["TRƯỜNG TIỂU HỌC BÌNH AN", 100, "Tốt"],
    ]);
    expect(out.itemIds).toEqual(["1a", "1b", "1c", "2a", "2b", "2c", "2d", "3a", "3b", "3c"]);
    expect(out.ratingCounts).toEqual([
      { rating: "Tốt", count: 1 },
      { rating: "Trung bình", count: 1 },
    ]);
    const table = out.plan.sheets[0];
    expect(table.values.flat()).toEqual(expect.arrayContaining(["BẢNG TỔNG HỢP", "TRƯỜNG TIỂU HỌC BÌNH AN", "Tổng số: 2 đơn vị. Tốt: 1; Trung bình: 1."]));
    expect(table.print?.orientation).toBe("landscape");
  });

  test("a missing block, a hand-edited block and a duplicate unit are reported, all at once", () => {
    const a = school("TRƯỜNG A", 3);
    const edited = school("TRƯỜNG B", 3);
    const kq = edited.sheets.find((s) => s.name === "Kết quả")!;
    const totalRow = kq.values.find((r) => r[0] === "total")!;
    totalRow[1] = 99; // typed over the computed 100
    const dup = school("Trường A", 3);
    const raw = cleanBook(2);
    const out = consolidate(
      [
        { source: "a.xlsx", grids: a },
        { source: "b.xlsx", grids: edited },
        { source: "a-lan-2.xlsx", grids: dup },
        { source: "chua-cham.xlsx", grids: raw },
      ],
      { today: TODAY },
    );
    expect(out.issues.map((i) => i.code).sort()).toEqual(["DISTRICT_DUPLICATE_UNIT", "DISTRICT_HASH_MISMATCH", "DISTRICT_NO_BLOCK"]);
    expect(out.issues.find((i) => i.code === "DISTRICT_NO_BLOCK")!.message).toContain("chua-cham.xlsx");
    expect(out.schools).toHaveLength(2);
  });

  test("the block is found by content even when its sheet was renamed", () => {
    const a = school("TRƯỜNG A", 3);
    a.sheets.find((s) => s.name === "Kết quả")!.name = "KQ gửi phòng";
    expect(readSummaryBlock(a)).toMatchObject({ sheet: "KQ gửi phòng", hashOk: true, block: { total: 100 } });
  });
});
