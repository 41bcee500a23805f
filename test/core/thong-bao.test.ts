/**
 * "Thông báo kết quả tự đánh giá" (issue 12, step 4) on the 2026 sample (Thông tư 24): each indicator at
 * both levels, the level proposed, where to read the full results and the period for comments, from
 * "Thông tin" when it says so.
 */
import * as path from "path";
import { run, type SheetPlan, type WorkbookGrids } from "../../src/core";
import { XlsxPort } from "../../src/xlsx";

const SAMPLE = path.join(__dirname, "../../samples/truong-tieu-hoc-tan-phu-2026.xlsx");
const TODAY = 46366; // 10/12/2026
const lines = (p: SheetPlan) => p.values.map((r) => r.filter((v) => v !== null && v !== "").join(" | ")).filter(Boolean);

describe("Thông báo kết quả tự đánh giá", () => {
  let sample: WorkbookGrids;
  beforeAll(async () => {
    sample = await (await XlsxPort.fromFile(SAMPLE)).read();
  });

  test.each([
    [
      "the defaults: the notice board, 05 days",
      [],
      "bảng tin và phòng Hội đồng của Trường Tiểu học Tân Phú",
      "Từ ngày 10/12/2026 đến hết ngày 14/12/2026 (05 ngày)",
    ],
    [
      "as Thông tin says",
      [
        ["Nơi niêm yết kết quả", "bảng tin nhà trường và trang thông tin điện tử thtanphu.edu.vn"],
        ["Thời gian góp ý (ngày)", 7],
      ],
      "bảng tin nhà trường và trang thông tin điện tử thtanphu.edu.vn",
      "Từ ngày 10/12/2026 đến hết ngày 16/12/2026 (07 ngày)",
    ],
  ])("%s", (_, rows, where, period) => {
    const grids: WorkbookGrids = { sheets: sample.sheets.map((s) => (s.name === "Thông tin" ? { ...s, values: [...s.values, ...(rows as never[])] } : s)) };
    const out = run(grids, { today: TODAY, dossier: true });
    const tb = out.plan.sheets.find((s) => s.id === "thong-bao")!;
    expect(tb.name).toBe("Thông báo kết quả");
    const text = lines(tb);
    expect(text).toContain('Kết quả tự đánh giá "Đơn vị học tập" năm 2026');
    expect(text.find((l) => l.startsWith("1 | 1.1 |"))).toMatch(/Mức độ 1: Đạt; Mức độ 2: Đạt$/);
    expect(text.find((l) => l.includes("| 2.4 |"))).toMatch(/Mức độ 1: Đạt; Mức độ 2: Chưa đạt$/);
    expect(text.find((l) => l.includes("| 3.5 |"))).toMatch(/Không áp dụng$/);
    expect(text).toContain('Đơn vị đạt Mức độ 1; đề nghị công nhận "Đơn vị học tập" Mức độ 1 năm 2026.');
    expect(text.find((l) => l.startsWith("Báo cáo tự đánh giá, bản tổng hợp"))).toContain(where);
    expect(text.find((l) => l.startsWith("Từ ngày"))).toContain(period);
    expect(tb.print?.paperSize).toBe("A4");
  });
});
