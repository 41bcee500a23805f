/**
 * A second run gives exactly the first run's result (issue 9): the product proves its sheets by a marker
 * stored in them, finds its band by its header, re-derives the cells it filled, and says the same things
 * every time. Each case builds the smallest workbook that shows it.
 */
import { run, type CellValue, type SheetGrid, type WorkbookGrids } from "../../src/core";
import { parseMarker } from "../../src/core/workbook/marker";
import { fixtureGrids } from "./dossier/fixture";
import { applyValues, cleanBook, FULL_UNIT_ITEMS, pointsOf, TODAY, unitItems } from "./helpers";

const sheet = (g: WorkbookGrids, name: string): SheetGrid => {
  const s = g.sheets.find((x) => x.name === name);
  if (!s) throw new Error(`no sheet ${name}`);
  return s;
};
const twice = (g0: WorkbookGrids, opts: { today: number; dossier?: boolean } = { today: TODAY }) => {
  const first = run(g0, opts);
  const g1 = applyValues(g0, first.plan);
  const second = run(g1, opts);
  const g2 = applyValues(g1, second.plan);
  return { first, g1, second, g2 };
};
/** The registry of the product, and the markers in its sheets, as the grids hold them. */
const registry = (g: WorkbookGrids) => g.sheets.find((s) => s.values[0]?.[0] === "dvht-registry")!;
const markerIn = (s: SheetGrid) => (s.values[0] ?? []).map(parseMarker).find((m) => m !== null) ?? null;

describe("ownership is proved by the sheet itself", () => {
  test("every sheet the product writes carries its marker in a hidden column right of the document, first row", () => {
    const out = run(cleanBook(3), { today: TODAY });
    for (const p of out.plan.sheets.filter((s) => s.id !== "registry")) {
      const col = p.values[0].findIndex((v) => parseMarker(v) !== null);
      expect(col).toBeGreaterThanOrEqual(Math.max(p.columnWidths.length, ...p.merges.map((m) => m.right + 1)));
      expect(p.hiddenColumns).toContain(col);
      expect(parseMarker(p.values[0][col])).toEqual({ id: p.id, token: expect.stringMatching(/^[0-9a-f]{12}$/), name: p.name });
      if (p.print?.printArea) expect(p.print.printArea.right).toBeLessThan(col);
    }
  });

  test("the token comes from the workbook, not the day: the same workbook is marked the same on any day", () => {
    const marker = (today: number) => run(cleanBook(3), { today }).plan.sheets[0].values[0].find((v) => parseMarker(v) !== null);
    expect(marker(TODAY + 30)).toBe(marker(TODAY));
    const other = cleanBook(3);
    sheet(other, "Thông tin").values[2][1] = "TRƯỜNG TIỂU HỌC AN BÌNH";
    expect(run(other, { today: TODAY }).plan.sheets[0].values[0].find((v) => parseMarker(v) !== null)).not.toBe(marker(TODAY));
  });

  test("a clerk's own 'Kiểm tra' is never overwritten, even when an old registry names it", () => {
    const g = cleanBook(3);
    g.sheets.push({ name: "Kiểm tra", values: [["Danh sách việc cần kiểm tra của tổ văn phòng"], ["1", "Sổ điểm"]] });
    g.sheets.push({
      name: "_dvht",
      values: [
        ["dvht-registry", "1", "…"],
        ["sheet", "kiem-tra", "Kiểm tra"],
      ],
      visibility: "veryHidden",
    });
    const out = run(g, { today: TODAY });
    expect(out.names["kiem-tra"]).toBe("Kiểm tra (2)");
    expect(out.plan.owned).not.toContain("Kiểm tra");
    expect(out.plan.sheets.map((s) => s.name)).not.toContain("Kiểm tra");
    expect(out.issues.map((i) => i.code)).toContain("SHEET_NAME_TAKEN");
  });

  test("an old workbook: the Kiểm tra an old registry names and that reads as the product's is replaced in place", () => {
    const g = cleanBook(3);
    g.sheets.push({ name: "Kiểm tra", values: [["KIỂM TRA DỮ LIỆU ĐÁNH GIÁ ĐƠN VỊ HỌC TẬP"], ["…"], [], ["Mức độ", "Mã"]] });
    g.sheets.push({
      name: "_dvht",
      values: [
        ["dvht-registry", "1", "…"],
        ["sheet", "kiem-tra", "Kiểm tra"],
      ],
      visibility: "veryHidden",
    });
    const out = run(g, { today: TODAY });
    expect(out.names["kiem-tra"]).toBe("Kiểm tra");
    expect(out.plan.owned).toEqual(["Kiểm tra", "_dvht"]);
    // From now on the sheet proves itself: its marker and the registry's token.
    const again = run(applyValues(g, out.plan), { today: TODAY });
    expect(again.names["kiem-tra"]).toBe("Kiểm tra");
    expect(markerIn(sheet(applyValues(g, out.plan), "Kiểm tra"))).toMatchObject({ id: "kiem-tra", name: "Kiểm tra" });
  });

  test.each([
    [
      "a copy Excel made of the product's sheet ('Biểu điểm (2)' carrying 'Biểu điểm''s marker)",
      (g: WorkbookGrids) => copySheet(g, "Biểu điểm", "Biểu điểm (2)"),
    ],
    [
      "a product sheet copied in from another workbook (another token)",
      (g: WorkbookGrids) => {
        const s = sheet(g, "Biểu điểm");
        s.values[0] = s.values[0].map((v) => (typeof v === "string" && v.startsWith("dvht:sheet:") ? v.replace(/:[0-9a-f]{12}:/, ":0123456789ab:") : v));
      },
    ],
    ["a workbook whose registry was lost", (g: WorkbookGrids) => void g.sheets.splice(g.sheets.indexOf(registry(g)), 1)],
  ])("%s is not the product's: never replaced, never read as input", (_name, change) => {
    const g1 = applyValues(cleanBook(3), run(cleanBook(3), { today: TODAY }).plan);
    change(g1);
    const out = run(g1, { today: TODAY });
    const claimed = new Set(out.plan.owned);
    for (const s of g1.sheets.filter((x) => x !== registry(g1))) {
      const m = markerIn(s);
      const proved = m !== null && out.names[m.id] === s.name && claimed.has(s.name);
      if (!proved) expect(out.plan.sheets.map((p) => p.name)).not.toContain(s.name);
    }
    expect(out.fatal).toBe(false);
    expect(out.model.recognition.map((r) => r.sheet)).not.toContain("Biểu điểm (2)");
  });

  test("when a clerk's sheet holds a product name, the notice stays in Kiểm tra on every run", () => {
    const g0 = cleanBook(3);
    g0.sheets.push({ name: "Biểu điểm", values: [["bảng điểm cô văn thư tự làm"]] });
    const { first, second, g1, g2 } = twice(g0);
    expect(second.issues).toEqual(first.issues);
    expect(g2).toEqual(g1);
  });
});

function copySheet(g: WorkbookGrids, from: string, to: string): void {
  const s = sheet(g, from);
  g.sheets.push({ ...s, name: to, values: s.values.map((r) => [...r]) });
}

describe("the band is found by its header, never by a remembered column", () => {
  const bandTitleCol = (g: WorkbookGrids) => sheet(g, "Thành viên").values[0].indexOf("KẾT QUẢ ĐÁNH GIÁ (tự động)");

  test("after the clerk inserts a column where the band was, her 8 notes survive and the band moves with its header", () => {
    const g1 = applyValues(cleanBook(8), run(cleanBook(8), { today: TODAY }).plan);
    expect(bandTitleCol(g1)).toBe(8);
    // The clerk inserts a column at I and writes a note for each of the 8 members.
    const mem = sheet(g1, "Thành viên");
    mem.values.forEach((row, r) => row.splice(8, 0, r === 0 ? "Ghi chú" : `Ghi chú của dòng ${r + 1}`));
    const second = run(g1, { today: TODAY });
    const g2 = applyValues(g1, second.plan);
    expect(sheet(g2, "Thành viên").values.map((r) => r[8])).toEqual(["Ghi chú", ...Array.from({ length: 8 }, (_, i) => `Ghi chú của dòng ${i + 2}`)]);
    expect(bandTitleCol(g2)).toBe(9);
    expect(second.summary).toEqual(run(cleanBook(8), { today: TODAY }).summary);
    // And from there on, the same workbook every time.
    expect(applyValues(g2, run(g2, { today: TODAY }).plan)).toEqual(g2);
  });

  test("a column inserted inside the table moves the band one column right; nothing of the clerk's is cleared", () => {
    const g1 = applyValues(cleanBook(4), run(cleanBook(4), { today: TODAY }).plan);
    sheet(g1, "Thành viên").values.forEach((row, r) => row.splice(2, 0, r === 0 ? "Chức vụ" : "Giáo viên"));
    const second = run(g1, { today: TODAY });
    const g2 = applyValues(g1, second.plan);
    expect(bandTitleCol(g2)).toBe(9);
    expect(
      sheet(g2, "Thành viên")
        .values.slice(1)
        .map((r) => r[2]),
    ).toEqual(["Giáo viên", "Giáo viên", "Giáo viên", "Giáo viên"]);
    expect(second.issues.map((i) => i.code)).not.toContain("BAND_MOVED");
  });

  test("a clerk's column inserted inside the band is kept: the band skips it, and says so on every run", () => {
    const g1 = applyValues(cleanBook(4), run(cleanBook(4), { today: TODAY }).plan);
    const before = sheet(g1, "Thành viên").values.map((r) => [...r]);
    sheet(g1, "Thành viên").values.forEach((row, r) => row.splice(10, 0, r === 0 ? "Ý kiến tổ" : `ý kiến ${r}`));
    const second = run(g1, { today: TODAY });
    const g2 = applyValues(g1, second.plan);
    const after = sheet(g2, "Thành viên").values;
    expect(after.map((r) => r[10])).toEqual(["Ý kiến tổ", "ý kiến 1", "ý kiến 2", "ý kiến 3", "ý kiến 4"]);
    // The band is where it was, its columns on both sides of hers, the same results in them.
    expect(after.map((r) => [...r.slice(0, 10), ...r.slice(11)])).toEqual(before);
    expect(second.issues.find((i) => i.code === "BAND_SKIPS_COLUMNS")).toMatchObject({ severity: "info", sheet: "Thành viên" });
    const third = run(g2, { today: TODAY });
    expect(third.issues).toEqual(second.issues);
    expect(applyValues(g2, third.plan)).toEqual(g2);
  });

  test("a wider band never takes the clerk's column right of it", () => {
    const g1 = applyValues(cleanBook(3), run(cleanBook(3), { today: TODAY }).plan);
    // A band one column narrower (an earlier version wrote no "Đạt CDHT"), and her notes right of it.
    const mem = sheet(g1, "Thành viên");
    mem.values.forEach((row) => row.splice(14, 1));
    mem.values.forEach((row, r) => (row[15] = r === 0 ? "Ghi chú" : `ghi chú ${r}`));
    const out = run(g1, { today: TODAY });
    const g2 = applyValues(g1, out.plan);
    expect(sheet(g2, "Thành viên").values.map((r) => r[15])).toEqual(["Ghi chú", "ghi chú 1", "ghi chú 2", "ghi chú 3"]);
    expect(sheet(g2, "Thành viên").values[0][16]).toBe("Lý do chưa đạt");
    expect(out.issues.find((i) => i.code === "BAND_SKIPS_COLUMNS")!.message).toContain("Cột P ");
    expect(applyValues(g2, run(g2, { today: TODAY }).plan)).toEqual(g2);
  });

  test("a stray value in column XFD: the band goes beside the table, within Excel's 16,384 columns, and the clerk is told", () => {
    const g0 = cleanBook(3);
    const row = sheet(g0, "Thành viên").values[2];
    while (row.length < 16383) row.push(null);
    row.push("x");
    const out = run(g0, { today: TODAY });
    const band = out.plan.patches.find((p) => p.kind === "member-band" && p.values.length)!;
    expect(band.left).toBe(8);
    expect(band.left + band.values[0].length).toBeLessThanOrEqual(16384);
    expect(out.issues.find((i) => i.code === "BAND_BESIDE_TABLE")!.message).toContain("XFD");
  });

  test("no room at all right of the table: no band, a Vietnamese explanation, the rest evaluated", () => {
    const g0 = cleanBook(2);
    // Her data fills every column right of the table but five: the band needs eight.
    const row = sheet(g0, "Thành viên").values[1];
    for (let c = row.length; c < 16384; c++) row[c] = c % 3000 === 0 ? null : "x";
    const out = run(g0, { today: TODAY });
    expect(out.plan.patches.filter((p) => p.kind === "member-band")).toEqual([]);
    expect(out.issues.find((i) => i.code === "BAND_NO_ROOM")!.message).toMatch(/^Không ghi được cột kết quả/);
    expect(pointsOf(out.summary).total).toBe(100);
  });
});

describe("cells the product fills are its own: re-derived next time, taken over when the clerk overwrites them", () => {
  const without3b = () => {
    const g = cleanBook(4);
    const i = g.sheets.findIndex((s) => s.name === "Tiêu chí đơn vị");
    g.sheets[i] = unitItems(FULL_UNIT_ITEMS.map((r) => (r[0] === "3b" ? ["3b", "TTLĐTT", 10, null, null, null] : r)));
    return g;
  };

  test("3b left blank: derived from the collective title, written, and derived again the next time (not scored as an unproven entry)", () => {
    const { first, second, g1, g2 } = twice(without3b());
    expect(sheet(g1, "Tiêu chí đơn vị").values[4][3]).toBe(10);
    expect(pointsOf(first.summary).total).toBe(100);
    expect(second.summary).toEqual(first.summary);
    expect(second.issues.map((i) => i.code)).not.toContain("NO_PROOF");
    expect(g2).toEqual(g1);
    expect(registry(g1).values).toContainEqual(["filled", "unit-points", "3b", "D5", 10]);
  });

  test("a clerk who overwrites the cell takes it over: her entry is read like any other", () => {
    const { g1 } = twice(without3b());
    sheet(g1, "Tiêu chí đơn vị").values[4][3] = 8;
    sheet(g1, "Tiêu chí đơn vị").values[4][5] = "Hội đồng chấm lại";
    const out = run(g1, { today: TODAY });
    expect(out.result!.items.find((i) => i.id === "3b")).toMatchObject({ points: 8, origin: "council" });
    expect(out.plan.patches.filter((p) => p.kind === "unit-points")).toEqual([]);
    expect(registry(applyValues(g1, out.plan)).values.some((r) => r[0] === "filled" && r[1] === "unit-points")).toBe(false);
  });

  test("when the title no longer decides it, the product empties the cell it filled (no stale value read back as the clerk's)", () => {
    const { g1 } = twice(without3b());
    const info = sheet(g1, "Thông tin");
    info.values = info.values.filter((r) => r[0] !== "Danh hiệu tập thể năm đánh giá");
    const out = run(g1, { today: TODAY });
    expect(out.plan.patches).toContainEqual(expect.objectContaining({ kind: "unit-points", sheet: "Tiêu chí đơn vị", top: 4, left: 3, values: [[""]] }));
    const g2 = applyValues(g1, out.plan);
    expect(sheet(g2, "Tiêu chí đơn vị").values[4][3] ?? null).toBeNull();
    expect(run(g2, { today: TODAY }).summary).toEqual(out.summary);
  });

  test("the clerk's rows inserted above do not matter: the cell is found by its item", () => {
    const { g1 } = twice(without3b());
    const items = sheet(g1, "Tiêu chí đơn vị");
    items.values.splice(1, 0, ["", "(dòng ghi chú của thư ký)"]);
    const out = run(g1, { today: TODAY });
    expect(pointsOf(out.summary).total).toBe(100);
    expect(out.plan.patches).toContainEqual(expect.objectContaining({ kind: "unit-points", top: 5, left: 3, values: [[10]] }));
  });

  test("an evidence code the product wrote is assigned afresh when the row's item changes", () => {
    const g0 = cleanBook(3);
    const ev = sheet(g0, "Minh chứng");
    ev.values.push([null, "1a", "Sổ theo dõi tự học", null, null, null]);
    const first = run(g0, { today: TODAY });
    const g1 = applyValues(g0, first.plan);
    expect(sheet(g1, "Minh chứng").values[8][0]).toBe("H1-1.1-02");
    sheet(g1, "Minh chứng").values[8][1] = "1b";
    const second = run(g1, { today: TODAY });
    expect(second.result!.evidenceCodes[9]).toBe("H1-1.2-02");
    expect(sheet(applyValues(g1, second.plan), "Minh chứng").values[8][0]).toBe("H1-1.2-02");
  });

  test("under TT 24, 3.3 left blank stays derived from the collective title run after run", () => {
    const g0 = fixtureGrids({ tt24: true, year: 2024 });
    sheet(g0, "Tiêu chí đơn vị").values.push(["3.3", "Danh hiệu tập thể", null, null, null, null]);
    const today = TODAY + 366;
    const { first, second, g1, g2 } = twice(g0, { today });
    const item = first.result!.items.find((i) => i.id === "3.3")!;
    expect(item).toMatchObject({ origin: "collective-title", met: true });
    expect(sheet(g1, "Tiêu chí đơn vị").values.find((r) => r[0] === "3.3")![3]).toBe("Đạt");
    expect(second.summary).toEqual(first.summary);
    expect(second.result!.items.find((i) => i.id === "3.3")).toMatchObject({ origin: "collective-title", met: true });
    expect(g2).toEqual(g1);
  });
});

describe("the same workbook in, the same workbook out", () => {
  test.each<[string, () => WorkbookGrids, boolean]>([
    ["a clean workbook", () => cleanBook(5), false],
    ["a workbook with errors", () => withValue(cleanBook(5), "Thành viên", 2, 4, "có lẽ"), false],
    ["the dossier", () => fixtureGrids(), true],
    ["the TT 24 dossier", () => fixtureGrids({ tt24: true, year: 2024 }), true],
  ])("%s: a second run and a third give exactly the first run's workbook", (_name, build, dossier) => {
    const { g1, g2 } = twice(build(), { today: TODAY + 400, dossier });
    expect(g2).toEqual(g1);
    expect(applyValues(g2, run(g2, { today: TODAY + 400, dossier }).plan)).toEqual(g1);
  });
});

function withValue(g: WorkbookGrids, name: string, r: number, c: number, v: CellValue): WorkbookGrids {
  sheet(g, name).values[r][c] = v;
  return g;
}

describe("cells within Excel's limits, sheets by their real names", () => {
  const longest = (p: { values: unknown[][] }) => Math.max(...p.values.flat().map((v) => (typeof v === "string" ? v.length : 0)));

  test.each([
    ["a pasted document as a title", "Lao động ".repeat(5000)],
    ["emoji (surrogate pairs) past the limit", "😀".repeat(20000)],
  ])("%s: every planned cell is at most 32,767 characters, ending in … without half a pair", (_name, value) => {
    const g = cleanBook(2);
    sheet(g, "Thành viên").values[1][6] = value;
    const out = run(g, { today: TODAY });
    const kt = out.plan.sheets.find((s) => s.id === "kiem-tra")!;
    const cell = kt.values.flat().find((v): v is string => typeof v === "string" && v.includes(value.slice(0, 50)))!;
    expect(cell.length).toBeLessThanOrEqual(32767);
    expect(cell.endsWith("…")).toBe(true);
    const before = cell.charCodeAt(cell.length - 2);
    expect(before >= 0xd800 && before <= 0xdbff).toBe(false);
    for (const p of [...out.plan.sheets, ...out.plan.patches]) expect(longest(p)).toBeLessThanOrEqual(32767);
    // The issue itself (JSON, the pane) keeps the whole value.
    expect(out.issues.find((i) => i.code === "BAD_TITLE")!.message.includes(value.trim())).toBe(true);
  });

  test("an NFD sheet name: issues, Kiểm tra links and the band use the name as the workbook spells it", () => {
    const g = cleanBook(2);
    const nfd = "Thành viên".normalize("NFD");
    sheet(g, "Thành viên").name = nfd;
    g.sheets[1].values[1][3] = "có lẽ";
    const out = run(g, { today: TODAY });
    expect(out.issues.find((i) => i.code === "BAD_YES_NO")).toMatchObject({ sheet: nfd, cell: "D2" });
    expect(out.plan.sheets.find((s) => s.id === "kiem-tra")!.links).toContainEqual(expect.objectContaining({ sheet: nfd, cell: "D2" }));
    expect(out.plan.patches.every((p) => p.sheet === nfd || p.sheet === "Minh chứng" || p.sheet === "Tiêu chí đơn vị")).toBe(true);
    expect(out.plan.patches.some((p) => p.kind === "member-band" && p.sheet === nfd)).toBe(true);
  });

  test("a clerk's sheet named in NFD holds the name as much as in NFC; the product's own NFD-named sheet stays its own", () => {
    const g = cleanBook(2);
    g.sheets.push({ name: "Kiểm tra".normalize("NFD"), values: [["việc của tổ"]] });
    const out = run(g, { today: TODAY });
    expect(out.names["kiem-tra"]).toBe("Kiểm tra (2)");
    // A workbook whose names a tool turned into NFD: the product's sheets are still proved by their markers.
    const g1 = applyValues(cleanBook(2), run(cleanBook(2), { today: TODAY }).plan);
    for (const s of g1.sheets) s.name = s.name.normalize("NFD");
    const again = run(g1, { today: TODAY });
    expect(again.names["bieu-diem"]).toBe("Biểu điểm".normalize("NFD"));
    expect(again.plan.owned).toContain("Biểu điểm".normalize("NFD"));
    expect(again.issues.map((i) => i.code)).not.toContain("SHEET_NAME_TAKEN");
  });
});

describe("every output that rests on data with errors says it is a draft", () => {
  const withError = () => withValue(fixtureGrids(), "Thành viên", 5, 4, "có lẽ");

  test.each<[string, () => WorkbookGrids, string[]]>([
    ["Thông tư 22", withError, ["bieu-diem", "ket-qua", "bao-cao", "bien-ban", "danh-muc-minh-chung", "tong-hop-to", "ke-hoach-tien-do"]],
    [
      "Thông tư 24",
      () => withValue(fixtureGrids({ tt24: true, year: 2024 }), "Thành viên", 5, 4, "có lẽ"),
      ["tong-hop-tt24", "ket-qua", "qd-to-danh-gia", "bao-cao", "bien-ban", "to-trinh", "danh-muc-minh-chung", "tong-hop-to", "ke-hoach-tien-do"],
    ],
  ])(
    "%s: every document's title, the result table and the Kết quả block carry 'BẢN NHÁP – còn N lỗi, xem trang Kiểm tra'; JSON says it too",
    (_name, build, ids) => {
      const out = run(build(), { today: TODAY + 400, dossier: true });
      const errors = out.issues.filter((i) => i.severity === "error").length;
      expect(errors).toBeGreaterThan(0);
      const notice = `BẢN NHÁP – còn ${errors} lỗi, xem trang Kiểm tra`;
      expect(out.summary.draft).toBe(notice);
      // Every sheet the run writes but Kiểm tra itself, the registry and the plan's hidden record.
      const documents = out.plan.sheets.filter((s) => !["kiem-tra", "registry"].includes(s.id) && s.visibility === undefined);
      expect(documents.map((s) => s.id)).toEqual(expect.arrayContaining(ids));
      for (const s of documents) {
        expect([s.id, s.values[s.noticeRow!]?.[0]]).toEqual([s.id, notice]);
        // Right under the title, in the first rows: on screen and on paper.
        if (s.id !== "ket-qua") expect(s.noticeRow).toBeLessThan(14);
      }
    },
  );

  test("once the errors are fixed, no output says it", () => {
    const out = run(fixtureGrids(), { today: TODAY, dossier: true });
    expect(out.issues.filter((i) => i.severity === "error")).toEqual([]);
    expect(out.summary.draft).toBeNull();
    for (const s of out.plan.sheets) expect(s.values.flat().some((v) => typeof v === "string" && v.startsWith("BẢN NHÁP"))).toBe(false);
  });

  test("the draft line names Kiểm tra as this workbook calls it", () => {
    const g = withError();
    g.sheets.push({ name: "Kiểm tra", values: [["sổ kiểm tra của tổ"]] });
    expect(run(g, { today: TODAY }).summary.draft).toMatch(/xem trang Kiểm tra \(2\)$/);
  });
});
