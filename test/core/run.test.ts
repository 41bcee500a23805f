import { run, runWithoutDossier, DOC_FONT, type WorkbookGrids } from "../../src/core";
import { sample2026Grids, sampleGrids } from "../fakes/workbooks";
import { applyValues, cleanBook, okMember, TODAY } from "./helpers";
import { PAGE_NUMBER } from "../../src/core/documents/builder";

describe("ownership and idempotence", () => {
  test("a second run on the written workbook gives exactly the first run's workbook", () => {
    const g0 = cleanBook(6);
    g0.sheets[1].values[3][3] = null; // one member without a plan
    const first = run(g0, { today: TODAY });
    const g1 = applyValues(g0, first.plan);
    const second = run(g1, { today: TODAY });
    expect(second.summary).toEqual(first.summary);
    expect(second.plan.sheets).toEqual(first.plan.sheets);
    // The second run also clears the band the first wrote (found by its header) before writing it again.
    expect(second.plan.patches.filter((p) => p.values.length > 0)).toEqual(first.plan.patches);
    // The band is read back as output, never as input.
    expect(second.model.recognition.find((r) => r.role === "members")!.columns).toEqual(first.model.recognition.find((r) => r.role === "members")!.columns);
    const g2 = applyValues(g1, second.plan);
    expect(g2).toEqual(g1);
    expect(run(g2, { today: TODAY }).plan).toEqual(second.plan);
  });

  test("the band sits right of the members table under its title, with a reason per member", () => {
    const g0 = cleanBook(3);
    g0.sheets[1].values[2][3] = "Không";
    const out = run(g0, { today: TODAY });
    const band = out.plan.patches.find((p) => p.kind === "member-band")!;
    expect(band.left).toBe(8);
    expect(band.values[0]).toEqual([
      "KẾT QUẢ ĐÁNH GIÁ (tự động)",
      "2a KH tự học được duyệt",
      "2b Tuân thủ kỷ luật, nội quy",
      "2c Hoàn thành bồi dưỡng bắt buộc",
      "2d Lao động tiên tiến trở lên",
      "3a Đáp ứng năng lực, phẩm chất CDHT",
      "Đạt CDHT",
      "Lý do chưa đạt",
    ]);
    expect(band.values[2]).toEqual(["Chưa đạt", "Chưa đạt", "Đạt", "Đạt", "Đạt", "Đạt", "Đạt", "thiếu KH tự học"]);
    for (const s of band.styles ?? []) if (s.style.font) expect(s.style.font.name ?? DOC_FONT).toBe(DOC_FONT);
  });

  test("a clerk's sheet named like an output is never overwritten: the output goes beside it", () => {
    const g0 = cleanBook(3);
    g0.sheets.push({ name: "Biểu điểm", values: [["bảng điểm cũ do cô văn thư tự làm"]] });
    const out = run(g0, { today: TODAY });
    expect(out.names["bieu-diem"]).toBe("Biểu điểm (2)");
    expect(out.plan.sheets.map((s) => s.name)).not.toContain("Biểu điểm");
    expect(out.issues.find((i) => i.code === "SHEET_NAME_TAKEN")!.message).toContain('"Biểu điểm (2)"');
    // "Biểu điểm (2)" carries the product's marker: the next run writes it again, not "(3)", and says
    // again why (same workbook in, same workbook out).
    const again = run(applyValues(g0, out.plan), { today: TODAY });
    expect(again.names["bieu-diem"]).toBe("Biểu điểm (2)");
    expect(again.issues.filter((i) => i.code === "SHEET_NAME_TAKEN")).toEqual(out.issues.filter((i) => i.code === "SHEET_NAME_TAKEN"));
  });

  test("the plan names the existing sheets the product may replace: none at first, then those its markers prove", () => {
    const g0 = cleanBook(3);
    const first = run(g0, { today: TODAY });
    expect(first.plan.owned).toEqual([]);
    const second = run(applyValues(g0, first.plan), { today: TODAY });
    expect([...second.plan.owned!].sort()).toEqual([...first.plan.sheets.map((s) => s.name)].sort());
  });

  test("cell text that looks like a formula stays text in the plan", () => {
    const g0 = cleanBook(2);
    g0.sheets[1].values[1][1] = '=HYPERLINK("http://x")';
    const out = run(g0, { today: TODAY });
    const bieu = out.plan.sheets.find((s) => s.id === "bieu-diem")!;
    expect(bieu.values.flat().every((v) => typeof v !== "object" || v === null)).toBe(true);
    expect(out.result!.memberResults[0].name).toBe('=HYPERLINK("http://x")');
  });
});

describe("the Biểu điểm plan (NĐ 30/2020 layout)", () => {
  const out = run(cleanBook(10), { today: TODAY });
  const plan = out.plan.sheets.find((s) => s.id === "bieu-diem")!;
  const text = plan.values.flat().filter((v): v is string => typeof v === "string");

  test("national header, unit, title, total, rating, signature", () => {
    for (const t of [
      "UBND HUYỆN THỦ THỪA",
      "TRƯỜNG TIỂU HỌC BÌNH AN",
      "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
      "Độc lập - Tự do - Hạnh phúc",
      "BIỂU ĐIỂM TỰ ĐÁNH GIÁ, XẾP LOẠI",
      "TỔNG CỘNG",
      "TỰ XẾP LOẠI",
      "Tốt",
      "HIỆU TRƯỞNG",
      "Nơi nhận:",
      "- Lưu: VT.",
    ]) {
      expect(text).toContain(t);
    }
    expect(text).toContain("Số: ……/BĐ-THBA");
    expect(text.some((t) => t.startsWith("Bình An, ngày … tháng … năm 2023"))).toBe(true);
    expect(plan.values.flat()).toContain(100);
  });

  test("A4 portrait, NĐ 30 margins, fit to width, repeated header row, page numbers", () => {
    expect(plan.print).toMatchObject({ paperSize: "A4", orientation: "portrait", fitToWidth: true, header: PAGE_NUMBER, differentFirst: true });
    const m = plan.print!.margins;
    expect(m.top).toBeGreaterThanOrEqual(20);
    expect(m.left).toBeGreaterThanOrEqual(30);
    expect(m.right).toBeGreaterThanOrEqual(15);
    expect(plan.print!.repeatRows).toBeDefined();
    expect(plan.print!.printArea).toEqual({ top: 0, left: 0, bottom: plan.values.length - 1, right: 5 });
  });

  test("every styled cell carries the document font", () => {
    expect(plan.styles[0].style.font).toEqual({ name: DOC_FONT, size: 13 });
    expect(plan.styles[0].range).toEqual({ top: 0, left: 0, bottom: plan.values.length - 1, right: 5 });
  });

  test("the summary block is named DVHT_KETQUA and carries a content hash", () => {
    const kq = out.plan.sheets.find((s) => s.id === "ket-qua")!;
    expect(kq.names).toEqual([{ name: "DVHT_KETQUA", range: expect.objectContaining({ top: 0, left: 0, right: 1 }) }]);
    const rows = Object.fromEntries(kq.values.filter((r) => typeof r[0] === "string").map((r) => [r[0], r[1]]));
    expect(rows).toMatchObject({
      format: "dvht-ketqua/1",
      "unit.name": "TRƯỜNG TIỂU HỌC BÌNH AN",
      year: 2023,
      framework: "TT22/2020",
      total: 100,
      rating: "Tốt",
      "item.2a.points": 10,
    });
    expect(rows.contentHash).toMatch(/^[0-9a-f]{16}$/);
    // The day of the evaluation (the run's today), and where the printed result is with its hash.
    expect(rows.evaluatedAt).toBe("20/11/2023");
    const bd = out.plan.sheets.find((s) => s.id === "bieu-diem")!;
    const r = bd.printedResult!;
    expect(rows.printed).toBe(`'Biểu điểm'!D${r.top + 1}:D${r.bottom + 1} ${String(rows.printed).slice(-16)}`);
    expect(bd.values[r.bottom][r.left]).toBe("Tốt");
    expect(bd.values.find((v) => v[1] === "TỔNG CỘNG")![3]).toBe(100);
  });

  test("Kiểm tra links each problem to its cell", () => {
    const g0 = cleanBook(2);
    g0.sheets[1].values[1][4] = "maybe";
    const r = run(g0, { today: TODAY });
    const kt = r.plan.sheets[0];
    expect(kt.id).toBe("kiem-tra");
    expect(kt.links).toContainEqual(expect.objectContaining({ sheet: "Thành viên", cell: "E2", text: "E2" }));
    expect(r.plan.activate).toBe("kiem-tra");
  });
});

test("members named with okMember helper stay stable", () => expect(okMember("A")).toHaveLength(7));

describe("runWithoutDossier (the ribbon's Đánh giá: its function file leaves the dossier's planner out)", () => {
  // The samples, read once: Thông tư 22 (2023) and Thông tư 24 (2026), each also as written by a first run.
  const books: [string, () => Promise<WorkbookGrids>][] = [
    ["the 2023 sample (TT 22)", sampleGrids],
    ["the 2026 sample (TT 24)", sample2026Grids],
    [
      "a small TT 22 book with an answer the reader cannot understand",
      async () => {
        const g = cleanBook(3);
        g.sheets[1].values[2][3] = "cos";
        return g;
      },
    ],
  ];
  test.each(books)("%s: the same outcome as run() without the dossier, on a fresh book and on its written copy", async (_name, load) => {
    const g0 = await load();
    const plain = run(g0, { today: TODAY });
    expect(runWithoutDossier(g0, { today: TODAY })).toEqual(plain);
    const g1 = applyValues(g0, run(g0, { today: TODAY, dossier: true }).plan);
    expect(runWithoutDossier(g1, { today: TODAY })).toEqual(run(g1, { today: TODAY }));
  });

  test("asked for the dossier all the same (a caller around the types), it refuses instead of planning none", () => {
    const options = { today: TODAY, dossier: true } as Parameters<typeof runWithoutDossier>[1];
    expect(() => runWithoutDossier(cleanBook(3), options)).toThrow(/without its planner/);
  });
});
