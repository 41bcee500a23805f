import { run, type PlanValue, type SheetPlan, type WorkbookGrids } from "../../src/core";
import { consolidate, readSummaryBlock, type ConsolidateOutcome } from "../../src/core/district";
import { looseKey, matchRoster, nameKey, type Roster } from "../../src/core/district/inputs";
import { runningName } from "../../src/core/district/report";
import { formatDateLineVi, ymdToSerial } from "../../src/core/text/dates";
import { applyValues, cleanBook, info, TODAY } from "./helpers";
import { fixtureGrids } from "./dossier/fixture";
import { district30, levelOf, rosterSheetValues, unitGrids, type Farm, type FarmUnit } from "../helpers/district-farm";

const MARCH_5 = ymdToSerial({ y: 2027, m: 3, d: 5 });
const SETTINGS = {
  parentBody: "UBND XÃ THỬ NGHIỆM",
  office: "PHÒNG VĂN HÓA – XÃ HỘI",
  place: "Thử Nghiệm",
  recipient: "Sở Giáo dục và Đào tạo tỉnh Thử Nghiệm",
};

function school(name: string, n: number, tweak?: (g: ReturnType<typeof cleanBook>) => void) {
  const g = cleanBook(n);
  g.sheets[0] = info([["Tên đơn vị", name]]);
  tweak?.(g);
  const out = run(g, { today: TODAY });
  return applyValues(g, out.plan);
}

const rosterBook = (farm: Farm): WorkbookGrids => ({ sheets: [{ name: "Danh sách đơn vị", values: rosterSheetValues(farm) }] });
const sheet = (o: ConsolidateOutcome, id: string) => o.plan.sheets.find((s) => s.id === id)!;
const texts = (s: SheetPlan) => s.values.flat().filter((v): v is string => typeof v === "string");
const rowOf = (s: SheetPlan, text: string) => s.values.findIndex((r) => r.includes(text));

describe("a district of 30 units under Thông tư 24: roster, a tampered block, an edited printed result, a wrong year, a duplicate, two that sent nothing", () => {
  const farm = district30();
  const inputs = farm.files.map((f) => ({ source: f.source, grids: unitGrids(f.unit, f.tamper) }));
  const out = consolidate(inputs, { today: MARCH_5, workbook: rosterBook(farm), settings: SETTINGS });
  const byName = (n: string) => out.rows.find((r) => r.name === n)!;
  /** What each roster unit counts as, from the farm alone (not from the code under test). */
  const expected = farm.roster.map((r): { name: string; type: string; level: string; unit?: FarmUnit } => {
    const c = farm.cases;
    if (c.notSent.includes(r.name) || r.name === c.otherYear) return { name: r.name, type: r.type, level: "Chưa gửi" };
    if (r.name === c.tamperedBlock || r.name === c.editedPrinted) return { name: r.name, type: r.type, level: "Không tính" };
    const file = farm.files.find((f) => f.source === `t${farm.roster.indexOf(r) + 1}.xlsx`)!;
    return { name: r.name, type: r.type, level: levelOf(file.unit), unit: file.unit };
  });

  test("every expected unit is one row, in the roster's order; the year is the most common one", () => {
    expect(out.year).toBe(2026);
    expect(out.mode).toBe("tt24");
    expect(out.rows.map((r) => r.name)).toEqual(farm.roster.map((r) => r.name));
  });

  test.each([
    ["by code, under another name", "byCode", "t1.xlsx"],
    ["an abbreviation (TH = Tiểu học)", "abbreviated", "t2.xlsx"],
    ["the roster typed in NFD with odd spacing, the unit in lower case", "nfd", "t20.xlsx"],
  ] as const)("a file finds its roster row %s", (_, which, file) => {
    expect(byName(farm.cases[which]).kept?.source).toBe(file);
  });

  test('units that sent nothing, or only another year, say "Chưa gửi"; the other year is listed apart', () => {
    for (const n of [...farm.cases.notSent, farm.cases.otherYear]) expect(byName(n).status).toBe("not-sent");
    expect(out.apart).toEqual([{ source: "t4.xlsx", unit: "TRƯỜNG TIỂU HỌC ĐỨC HÒA", why: "kết quả năm 2025, không phải năm 2026" }]);
    const table = sheet(out, "tong-hop-don-vi");
    for (const n of farm.cases.notSent) expect(table.values[rowOf(table, n)]).toContain("Chưa gửi");
    expect(out.issues.find((i) => i.code === "DISTRICT_NOT_SENT")!.message).toContain("3 đơn vị");
    expect(out.issues.find((i) => i.code === "DISTRICT_OTHER_YEAR")!.message).toContain("t4.xlsx");
  });

  test.each([
    ["a block typed over (hash)", "tamperedBlock", "DISTRICT_HASH_MISMATCH", "khối kết quả bị sửa tay"],
    ["a printed result typed over", "editedPrinted", "DISTRICT_PRINTED_EDITED", "kết quả in trên trang Biểu điểm bị sửa tay"],
  ] as const)("%s is not counted and its row says so in red", (_, which, code, words) => {
    const r = byName(farm.cases[which]);
    expect(r.status).toBe("not-counted");
    expect(r.notes[0]).toContain("KHÔNG TÍNH");
    expect(r.notes[0]).toContain(words);
    expect(out.issues.some((i) => i.code === code && i.message.includes(r.kept!.source))).toBe(true);
    const table = sheet(out, "tong-hop-don-vi");
    const row = rowOf(table, r.name);
    expect(table.values[row]).toContain("Không tính");
    const red = table.styles.filter((s) => s.range.top <= row && s.range.bottom >= row && s.style.font?.color === "#C00000");
    expect(red.some((s) => s.range.left === 0 && s.range.right >= 10)).toBe(true);
  });

  test("a unit that sent twice: the newest evaluation counts and the row names the file set aside", () => {
    const r = byName(farm.cases.duplicate);
    expect(r.kept!.source).toBe("t16.xlsx");
    expect(r.setAside.map((s) => s.source)).toEqual(["t16-lan-dau.xlsx"]);
    expect(r.notes.join(" ")).toContain("không tính: t16-lan-dau.xlsx (đánh giá ngày 05/01/2027)");
    expect(levelOf(farm.files.find((f) => f.source === "t16-lan-dau.xlsx")!.unit)).toBe("Chưa đạt");
    expect(r.kept!.tt24!.level).toBe("M2");
  });

  test("the counts by level and unit type add up the counted units only", () => {
    const label: Record<string, string> = { "mam-non": "Trường mầm non", "tieu-hoc": "Trường tiểu học", thcs: "Trường trung học cơ sở" };
    const tally = (type: string, level: string) => expected.filter((e) => label[e.type] === type && e.level === level).length;
    expect(out.counts.columns).toEqual(["Mức độ 2", "Mức độ 1", "Chưa đạt"]);
    expect(out.counts.rows.map((c) => [c.type, ...c.levels, c.notCounted, c.notSent, c.total])).toEqual(
      Object.values(label).map((t) => [
        t,
        tally(t, "Mức độ 2"),
        tally(t, "Mức độ 1"),
        tally(t, "Chưa đạt"),
        tally(t, "Không tính"),
        tally(t, "Chưa gửi"),
        expected.filter((e) => label[e.type] === t).length,
      ]),
    );
    expect(out.counts.totals.total).toBe(30);
    expect(out.counts.totals.notCounted).toBe(2);
    expect(out.counts.totals.notSent).toBe(3);
    const table = sheet(out, "tong-hop-don-vi");
    expect(texts(table).find((t) => t.startsWith("Tổng số: 30 đơn vị"))).toBe(
      `Tổng số: 30 đơn vị; tính vào tổng hợp: 25 (Mức độ 2: ${out.counts.totals.levels[0]}; Mức độ 1: ${out.counts.totals.levels[1]}; Chưa đạt: ${out.counts.totals.levels[2]}); không tính (kết quả bị sửa sau khi đánh giá): 2; chưa gửi: 3.`,
    );
  });

  test("data bars draw the levels per unit type, on one scale", () => {
    const table = sheet(out, "tong-hop-don-vi");
    const head = table.values.findIndex((r) => r[1] === "Loại hình đơn vị");
    expect(table.dataBars).toHaveLength(3);
    const max = Math.max(...out.counts.rows.flatMap((c) => c.levels));
    for (const [i, bar] of table.dataBars!.entries()) {
      // Each level's cell spans two columns (bars on cells of about one width compare).
      expect(bar).toMatchObject({ range: { top: head + 1, bottom: head + 3, left: 2 + 2 * i, right: 2 + 2 * i }, max });
      expect(table.values[head][2 + 2 * i]).toBe(out.counts.columns[i]);
      expect(table.merges).toContainEqual({ top: head + 1, left: 2 + 2 * i, bottom: head + 1, right: 3 + 2 * i });
    }
  });

  test("the indicators most often missed, counted over the counted units", () => {
    const counted = expected.filter((e) => e.unit && e.level !== "Không tính");
    const m24 = counted.filter((e) => e.unit!.missM1?.includes("2.4")).length;
    const m31 = counted.filter((e) => e.unit!.missM2?.includes("3.1")).length;
    expect(out.missed[0]).toMatchObject({ id: "2.4", label: "2.4 Ngoại ngữ, tiếng dân tộc thiểu số", missedM1: m24 });
    expect(out.missed.find((m) => m.id === "3.1")).toMatchObject({ missedM1: 0, missedM2: m31 });
    expect(texts(sheet(out, "tong-hop-don-vi"))).toContain("II. CHỈ TIÊU NHIỀU ĐƠN VỊ CHƯA ĐẠT (cần hỗ trợ)");
  });

  test("recognitions whose 36 months end this year (decided in 2024: valid through 31/12/2027)", () => {
    expect(out.expiring.map((e) => e.row.name)).toEqual(
      expected.filter((e) => e.unit?.recognition?.decisionDate.endsWith("2024") && e.level !== "Không tính" && e.level !== "Chưa gửi").map((e) => e.name),
    );
    expect(texts(sheet(out, "tong-hop-don-vi"))).toEqual(expect.arrayContaining(["III. CÔNG NHẬN HẾT THỜI HẠN BẢO LƯU TRONG NĂM 2027", "31/12/2027"]));
  });

  test("each unit's level, type, tier, proposal and every indicator's result", () => {
    const table = sheet(out, "tong-hop-don-vi");
    const r = table.values[rowOf(table, farm.cases.duplicate)];
    expect(r.slice(2, 6)).toEqual(["Trường tiểu học", "cấp huyện", "Mức độ 2", "Mức độ 2 (nâng mức độ)"]);
    expect(String(r[6])).toBe("Mức độ 1; QĐ số 115/QĐ-UBND ngày 12/02/2024; bảo lưu đến 31/12/2027");
    const ind = sheet(out, "ket-qua-chi-tieu");
    const head = ind.values.findIndex((x) => x[0] === "TT");
    const col = (id: string) => ind.values[head].indexOf(id);
    const row = (n: string) => ind.values[rowOf(ind, n)];
    const chuaDat = expected.find((e) => e.level === "Chưa đạt")!;
    expect(row(chuaDat.name)[col("2.4")]).toBe("Chưa");
    expect(row(chuaDat.name)[col("3.5")]).toBe("KAD");
    const m1 = expected.find((e) => e.level === "Mức độ 1")!;
    expect(row(m1.name)[col("3.1")]).toBe("M1");
    expect(row(m1.name)[col("1.1")]).toBe("M2");
    // Not counted: nothing of its result is shown.
    expect(
      row(farm.cases.tamperedBlock)
        .slice(3)
        .every((v) => v === null),
    ).toBe(true);
  });

  test("no internal id is printed: the circular is named as such", () => {
    for (const s of out.plan.sheets.filter((p) => p.id !== "registry")) {
      for (const t of texts(s)) expect(t).not.toMatch(/TT24\/2023|TT22\/2020|cap-huyen|cap-tinh|provisional|tieu-hoc|mam-non/);
    }
    expect(texts(sheet(out, "tong-hop-don-vi")).some((t) => t.includes("Theo Thông tư 24/2023/TT-BGDĐT"))).toBe(true);
  });

  test("the report upward: title, recipient, the date line, the counts table, the annex; page number in the top margin from page 2", () => {
    const rep = sheet(out, "bao-cao-ket-qua");
    const t = texts(rep);
    expect(t).toEqual(
      expect.arrayContaining([
        "BÁO CÁO",
        'Kết quả đánh giá, công nhận "Đơn vị học tập" năm 2026',
        "Kính gửi: Sở Giáo dục và Đào tạo tỉnh Thử Nghiệm.",
        "Thử Nghiệm, ngày 05 tháng 03 năm 2027",
        "Trường mầm non",
        "Tổng số",
        "PHỤ LỤC: KẾT QUẢ CỦA TỪNG ĐƠN VỊ NĂM 2026",
      ]),
    );
    expect(t.some((x) => x.includes("Phòng Văn hóa – Xã hội báo cáo kết quả"))).toBe(true);
    const totals = rep.values.find((r) => r[1] === "Tổng số")!;
    expect(totals.slice(2, 8)).toEqual([...out.counts.totals.levels, 2, 3, 30]);
    expect(rep.print).toMatchObject({ paperSize: "A4", orientation: "portrait", header: "&P", differentFirst: true });
    expect(rep.print!.footer).toBeUndefined();
  });

  test("the draft decision lists the recommended units per level, for the approver to sign", () => {
    const dec = sheet(out, "du-thao-quyet-dinh");
    const t = texts(dec);
    expect(t).toEqual(expect.arrayContaining(["QUYẾT ĐỊNH", "DỰ THẢO", "CHỦ TỊCH ỦY BAN NHÂN DÂN CẤP XÃ", "CHỦ TỊCH", "QUYẾT ĐỊNH:"]));
    const wants = (lv: string) =>
      expected.filter((e) => e.unit && e.level === lv && e.level !== "Không tính" && e.unit.proposal?.kind !== "maintain").map((e) => e.name);
    expect(out.recommended.filter((r) => r.level === "M2").map((r) => r.row.name)).toEqual(wants("Mức độ 2"));
    expect(out.recommended.filter((r) => r.level === "M1").map((r) => r.row.name)).toEqual(wants("Mức độ 1"));
    expect(t).toContain(`      1. Mức độ 1: ${wants("Mức độ 1").length} đơn vị`);
    expect(t).toContain("      Điều 2. Kết quả công nhận được bảo lưu trong thời hạn 03 năm (36 tháng) tiếp theo năm được công nhận.");
    // A unit whose recognition is still valid is not in the decision; a unit not counted is not either.
    expect(t).not.toContain(farm.roster[10].name);
    expect(t).not.toContain(farm.cases.tamperedBlock);
  });

  test("a second run on the workbook it wrote replaces its own sheets, keeps the roster, and writes the same", () => {
    const book = rosterBook(farm);
    const written: WorkbookGrids = { sheets: [...book.sheets, ...out.plan.sheets.map((s) => ({ name: s.name, values: s.values, visibility: s.visibility }))] };
    const again = consolidate(inputs, { today: MARCH_5, workbook: written, settings: SETTINGS });
    expect(again.plan.sheets.map((s) => s.name)).toEqual(out.plan.sheets.map((s) => s.name));
    expect(again.plan.owned).toEqual(expect.arrayContaining(out.plan.sheets.map((s) => s.name)));
    expect(again.plan.owned).not.toContain("Danh sách đơn vị");
    for (const s of again.plan.sheets) expect(s.values).toEqual(sheet(out, s.id).values);
  });

  test("--nam 2025 consolidates the other year: the 2026 files are set apart", () => {
    const y = consolidate(inputs, { today: MARCH_5, workbook: rosterBook(farm), year: 2025 });
    expect(y.rows.filter((r) => r.kept).map((r) => r.name)).toEqual([farm.cases.otherYear]);
    expect(y.apart).toHaveLength(inputs.length - 1);
  });
});

describe("files and rosters", () => {
  const farm = district30();
  const ok = farm.files.filter((f) => !f.tamper && f.unit.year === 2026).slice(0, 3);

  test("an unusable file is reported by name and the others are consolidated; a file named like a unit goes to its row", () => {
    const out = consolidate(
      [
        ...ok.map((f) => ({ source: f.source, grids: unitGrids(f.unit) })),
        { source: "truong-tieu-hoc-duc-hoa.xlsx", grids: null, problem: "Tệp 'truong-tieu-hoc-duc-hoa.xlsx' bị hỏng." },
        { source: "linh-tinh.xlsx", grids: { sheets: [{ name: "Sheet1", values: [["x"]] }] } },
      ],
      { today: MARCH_5, workbook: rosterBook(farm) },
    );
    expect(out.rows.filter((r) => r.status === "counted")).toHaveLength(3);
    expect(out.issues.find((i) => i.code === "DISTRICT_FILE_UNUSABLE")!.message).toContain("truong-tieu-hoc-duc-hoa.xlsx");
    expect(out.issues.find((i) => i.code === "DISTRICT_NO_BLOCK")!.message).toContain("linh-tinh.xlsx");
    const row = out.rows.find((r) => r.name === "Trường Tiểu học Đức Hòa")!;
    expect([row.status, row.failed]).toEqual(["not-sent", ["truong-tieu-hoc-duc-hoa.xlsx"]]);
    expect(out.apart.map((a) => a.source)).toEqual(["linh-tinh.xlsx"]);
  });

  test("a unit not on the roster, and one matching two rows, are listed apart and said", () => {
    const stranger = { ...ok[0].unit, name: "TRƯỜNG MẦM NON NGOÀI HUYỆN", code: undefined };
    const book = rosterBook(farm);
    book.sheets[0].values.push([31, "Trường Tiểu học Bình Thạnh B", null, "Tiểu học"], [32, "Trường Tiểu học Bình  Thạnh  B", "DV99", null]);
    const twin = { ...ok[0].unit, name: "Trường Tiểu học Bình Thạnh B", code: undefined };
    const out = consolidate(
      [
        { source: "x.xlsx", grids: unitGrids(stranger) },
        { source: "y.xlsx", grids: unitGrids(twin) },
      ],
      { today: MARCH_5, workbook: book },
    );
    expect(out.issues.map((i) => i.code)).toEqual(expect.arrayContaining(["DISTRICT_NOT_ON_ROSTER", "DISTRICT_AMBIGUOUS_MATCH"]));
    expect(out.apart.map((a) => a.source)).toEqual(["x.xlsx", "y.xlsx"]);
  });

  test("a roster without a name column, and a unit listed twice, are said (with the cell)", () => {
    const bad = consolidate([], { today: MARCH_5, workbook: { sheets: [{ name: "Danh sách đơn vị", values: [["STT", "Ghi chú"]] }] } });
    expect(bad.issues.map((i) => i.code)).toContain("DISTRICT_ROSTER_NO_HEADER");
    const dup = consolidate([], {
      today: MARCH_5,
      workbook: {
        sheets: [
          {
            name: "DANH SACH DON VI",
            values: [
              ["Tên đơn vị", "Mã đơn vị"],
              ["Trường A", null],
              ["trường  a", null],
            ],
          },
        ],
      },
    });
    expect(dup.issues.find((i) => i.code === "DISTRICT_ROSTER_DUPLICATE")).toMatchObject({ sheet: "DANH SACH DON VI", cell: "A3" });
    expect(dup.rows.map((r) => [r.name, r.status])).toEqual([["Trường A", "not-sent"]]);
  });

  test("a roster from another workbook (--roster): its first sheet with a name column", () => {
    const out = consolidate(
      ok.map((f) => ({ source: f.source, grids: unitGrids(f.unit) })),
      {
        today: MARCH_5,
        roster: {
          source: "danh-sach.xlsx",
          grids: {
            sheets: [
              { name: "Sheet1", values: [["ghi chú"]] },
              { name: "DS", values: rosterSheetValues(farm) },
            ],
          },
        },
      },
    );
    expect(out.rows).toHaveLength(30);
    expect(out.roster!.source).toBe("danh-sach.xlsx");
  });

  test("without a roster: the units that sent, by name, and a note that nobody can say who did not send", () => {
    const out = consolidate(
      ok.map((f) => ({ source: f.source, grids: unitGrids(f.unit) })),
      { today: MARCH_5 },
    );
    expect(out.rows.map((r) => r.name)).toEqual([...ok.map((f) => f.unit.name)].sort((a, b) => a.localeCompare(b, "vi")));
    expect(out.issues.map((i) => i.code)).toEqual(["DISTRICT_NO_ROSTER"]);
  });

  test("a block without a result → DISTRICT_NO_RESULT (Chưa gửi); a Thông tư 22 result in a Thông tư 24 year → DISTRICT_MIXED", () => {
    const tt22 = cleanBook(2);
    tt22.sheets[0] = info([
      ["Tên đơn vị", ok[1].unit.name],
      ["Năm đánh giá", 2026],
    ]);
    const out = consolidate(
      [
        { source: "a.xlsx", grids: unitGrids(ok[0].unit, { block: ["rating", null] }) },
        { source: "b.xlsx", grids: applyValues(tt22, run(tt22, { today: TODAY, framework: "TT22/2020" }).plan) },
        { source: "c.xlsx", grids: unitGrids(ok[2].unit) },
      ],
      { today: MARCH_5, workbook: rosterBook(farm) },
    );
    const rowOfUnit = (u: { name: string }) => out.rows.find((r) => r.kept?.unit === u.name)!;
    expect(rowOfUnit(ok[0].unit).status).toBe("no-result");
    expect(out.issues.find((i) => i.code === "DISTRICT_NO_RESULT")!.message).toContain("a.xlsx");
    expect(out.issues.find((i) => i.code === "DISTRICT_MIXED")!.message).toBe(
      "Tệp b.xlsx: bộ tiêu chí là Thông tư 22/2020/TT-BGDĐT, khác với đa số (Thông tư 24/2023/TT-BGDĐT).",
    );
  });

  test("two evaluations of the same day: the file saved later counts, and the note says why", () => {
    const u = ok[0].unit;
    const out = consolidate(
      [
        { source: "b.xlsx", grids: unitGrids(u), modified: 46400.5 },
        { source: "a.xlsx", grids: unitGrids(u), modified: 46400.7 },
      ],
      { today: MARCH_5 },
    );
    expect(out.rows[0].kept!.source).toBe("a.xlsx");
    expect(out.rows[0].notes[0]).toContain("cùng ngày đánh giá, tệp lưu sau");
  });

  test.each([
    ["not finalized", undefined, {}, ["Chưa", ""]],
    ["finalized, unchanged", { at: "14/01/2027" }, {}, ["14/01/2027", "Không"]],
    ["finalized, then its printed result typed over", { at: "14/01/2027" }, { printed: "Mức độ 2" }, ["14/01/2027", "Có"]],
    ["finalized, then changed (the block says so)", { at: "14/01/2027", changed: true }, {}, ["14/01/2027", "Có"]],
  ] as const)("issue 12's columns: %s", (_, finalized, tamper, cells) => {
    const u = { ...ok[0].unit, missM1: ["1.1"], finalized: finalized && { ...finalized } };
    const out = consolidate([{ source: "a.xlsx", grids: unitGrids(u, tamper) }], { today: MARCH_5 });
    const table = sheet(out, "tong-hop-don-vi");
    const head = table.values.findIndex((r) => r[0] === "TT");
    const col = table.values[head].indexOf("Hoàn tất");
    expect(table.values[head][col + 1]).toBe("Sửa sau khi hoàn tất");
    expect(table.values[head + 1].slice(col, col + 2)).toEqual([...cells].map((c) => c || null));
  });

  test("the settings sheet gives the report's recipient and office; the options win", () => {
    const book: WorkbookGrids = {
      sheets: [
        {
          name: "Thông tin tổng hợp",
          values: [
            ["Cơ quan lập báo cáo", "PHÒNG GIÁO DỤC VÀ ĐÀO TẠO HUYỆN THỦ THỪA"],
            ["Nơi nhận báo cáo", "Sở Giáo dục và Đào tạo tỉnh Long An"],
            ["Chức vụ người ký", "Trưởng phòng"],
            ["Người ký", "Nguyễn Văn Bình"],
          ],
        },
      ],
    };
    const rep = (o: ConsolidateOutcome) => texts(sheet(o, "bao-cao-ket-qua"));
    const a = consolidate([], { today: MARCH_5, workbook: book, year: 2026 });
    expect(rep(a)).toEqual(expect.arrayContaining(["Kính gửi: Sở Giáo dục và Đào tạo tỉnh Long An.", "TRƯỞNG PHÒNG", "Nguyễn Văn Bình"]));
    expect(rep(a).some((t) => t.includes("Phòng Giáo dục và Đào tạo huyện Thủ Thừa báo cáo"))).toBe(true);
    const b = consolidate([], { today: MARCH_5, workbook: book, year: 2026, settings: { recipient: "Sở GD&ĐT" } });
    expect(rep(b)).toContain("Kính gửi: Sở GD&ĐT.");
  });

  test.each([
    ["same name, other case and spacing", "trường  tiểu học   bình an", null, 0, "name"],
    ["NFD", "Trường Tiểu học Bình An".normalize("NFD"), null, 0, "name"],
    ["abbreviation", "TH Bình An", null, 0, "loose"],
    ["code wins over the name", "Tên mới", "th-ba", 0, "code"],
    ["no diacritics", "Truong Tieu hoc Binh An", null, 0, "loose"],
    ["another school", "Trường Tiểu học Bình Ân Đông", null, null, null],
  ] as const)("matching a unit to the roster: %s", (_, name, code, index, by) => {
    const roster: Roster = {
      source: "DS",
      units: [
        { name: "Trường Tiểu học Bình An", code: "TH-BA", type: null, sheet: "DS", row: 1 },
        { name: "Trường Mầm non Bình An", code: null, type: null, sheet: "DS", row: 2 },
      ],
    };
    const m = matchRoster(roster, name, code);
    expect(m === null ? null : "index" in m ? [m.index, m.by] : m).toEqual(index === null ? null : [index, by]);
  });

  test("keys: NFC/NFD, case, spacing, punctuation; abbreviations spelled out", () => {
    expect(nameKey(" Trường  TH\u00a0Bình-An ".normalize("NFD"))).toBe("trường th bình an");
    expect(looseKey("Trường THCS Lê Lợi")).toBe(looseKey("trung hoc co so le loi"));
  });

  test.each([
    ["PHÒNG GIÁO DỤC VÀ ĐÀO TẠO HUYỆN THỦ THỪA", "Phòng Giáo dục và Đào tạo huyện Thủ Thừa"],
    ["PHÒNG VĂN HÓA – XÃ HỘI", "Phòng Văn hóa – Xã hội"],
    ["PHÒNG GD&ĐT", "Phòng GD&ĐT"],
    ["Phòng Văn hóa - Xã hội xã An Bình", "Phòng Văn hóa - Xã hội xã An Bình"],
  ])("an office in running text: %s → %s", (a, b) => expect(runningName(a)).toBe(b));
});

describe("the block read back", () => {
  test("found by content when its sheet was renamed; hash and printed result checked", () => {
    const a = school("TRƯỜNG A", 3);
    a.sheets.find((s) => s.name === "Kết quả")!.name = "KQ gửi phòng";
    expect(readSummaryBlock(a)).toMatchObject({ sheet: "KQ gửi phòng", hashOk: true, printed: { state: "ok", sheet: "Biểu điểm" }, block: { total: 100 } });
  });

  const bd = (g: WorkbookGrids) => g.sheets.find((s) => s.name === "Biểu điểm")!;
  test.each([
    ["the printed total typed over", "edited", (g: WorkbookGrids): void => void (bd(g).values.find((r) => r[1] === "TỔNG CỘNG")![3] = 99)],
    ["the printed rating typed over", "edited", (g: WorkbookGrids): void => void (bd(g).values.find((r) => r[1] === "TỰ XẾP LOẠI")![3] = "Khá")],
    ["a signature filled in below (not the result)", "ok", (g: WorkbookGrids): void => void bd(g).values.push([null, "Nguyễn Văn A"])],
    ["the printed sheet deleted", "missing", (g: WorkbookGrids): void => void (g.sheets = g.sheets.filter((s) => s.name !== "Biểu điểm"))],
  ] as const)("%s → printed %s", (_, state, edit) => {
    const g = school("TRƯỜNG A", 3);
    edit(g);
    const found = readSummaryBlock(g)!;
    expect([found.hashOk, found.printed.state]).toEqual([true, state]);
    const out = consolidate([{ source: "a.xlsx", grids: g }], { today: TODAY });
    expect(out.rows[0].status).toBe(state === "edited" ? "not-counted" : "counted");
  });
});

test("a Thông tư 24 block as the evaluation writes it: the printed result checked, each indicator at both levels, the recognition ending this year", () => {
  const g = fixtureGrids({ tt24: true, year: 2026 });
  const infoSheet = g.sheets.find((x) => x.name === "Thông tin")!;
  infoSheet.values.push(
    ["Công nhận hiện có: mức độ", "Mức độ 1"],
    ["Công nhận hiện có: số quyết định", "215/QĐ-UBND"],
    ["Công nhận hiện có: ngày quyết định", "12/02/2024"],
  );
  const evaluated = applyValues(g, run(g, { today: MARCH_5 }).plan);
  const found = readSummaryBlock(evaluated)!;
  expect([found.hashOk, found.printed.state]).toEqual([true, "ok"]);
  expect(found.block).toMatchObject({ "recognition.level": "Mức độ 1", "recognition.validUntil": "31/12/2027", evaluatedAt: "05/03/2027" });
  const out = consolidate([{ source: "tan-lap.xlsx", grids: evaluated }], { today: MARCH_5 });
  const row = out.rows[0];
  expect([out.mode, row.status, row.kept!.tt24!.level]).toEqual(["tt24", "counted", levelOf2(String(found.block.rating))]);
  expect(row.kept!.tt24!.indicators.find((i) => i.id === "3.1")).toMatchObject({ m1: false, m2: false });
  expect(row.kept!.tt24!.tier).toBe("cap-huyen");
  expect(out.expiring.map((e) => [e.row.name, e.decisionNumber])).toEqual([[row.name, "215/QĐ-UBND"]]);
  for (const s of out.plan.sheets.filter((p) => p.id !== "registry")) for (const t of texts(s)) expect(t).not.toMatch(/TT24\/2023|provisional|cap-huyen/);
  // The printed level typed over on the Bản tổng hợp: not counted.
  const bth = evaluated.sheets.find((x) => found.printed.state === "ok" && x.name === found.printed.sheet)!;
  const r = bth.values.findIndex((v) => v[0] === "Mức độ đơn vị có thể đề nghị công nhận");
  bth.values[r][3] = "Mức độ 2";
  expect(consolidate([{ source: "tan-lap.xlsx", grids: evaluated }], { today: MARCH_5 }).rows[0].status).toBe("not-counted");
});
const levelOf2 = (rating: string) => (rating === "Mức độ 2" ? "M2" : rating === "Mức độ 1" ? "M1" : "none");

describe("Thông tư 22 results (older years) consolidate as before", () => {
  test("one row per school, sorted, totals with a decimal comma, counts per rating", () => {
    const a = school("TRƯỜNG TIỂU HỌC BÌNH AN", 5);
    const b = school("TRƯỜNG MẦM NON ÁNH DƯƠNG", 4, (g) => {
      for (const r of g.sheets[2].values.slice(1)) r[3] = 0; // unit items all 0 → 55 points
      g.sheets[2].values[1][3] = 9.5;
    });
    const out = consolidate(
      [
        { source: "binh-an.xlsx", grids: a },
        { source: "anh-duong.xlsx", grids: b },
      ],
      { today: TODAY, settings: { office: "PHÒNG GD&ĐT HUYỆN THỦ THỪA" } },
    );
    expect(out.mode).toBe("tt22");
    expect(out.issues.map((i) => i.code)).toEqual(["DISTRICT_NO_ROSTER"]);
    expect(out.rows.map((s) => [s.name, s.kept!.total, s.kept!.rating])).toEqual([
      ["TRƯỜNG MẦM NON ÁNH DƯƠNG", 64.5, "Trung bình"],
      ["TRƯỜNG TIỂU HỌC BÌNH AN", 100, "Tốt"],
    ]);
    expect(out.counts.totals.levels).toEqual([1, 0, 1, 0]);
    const table = sheet(out, "tong-hop-don-vi");
    const row = table.values[rowOf(table, "TRƯỜNG MẦM NON ÁNH DƯƠNG")];
    expect(row).toEqual(expect.arrayContaining(["64,5", "9,5", "Trung bình"]));
    expect(texts(table)).toEqual(expect.arrayContaining(["BẢNG TỔNG HỢP", "PHÒNG GD&ĐT HUYỆN THỦ THỪA"]));
    expect(table.print?.orientation).toBe("landscape");
    // No decision under TT 22; the report upward is there.
    expect(out.plan.sheets.map((s) => s.id)).toEqual(["tong-hop-don-vi", "bao-cao-ket-qua", "kiem-tra", "registry"]);
  });

  test("the date line writes day and month with two digits", () => {
    expect(formatDateLineVi(ymdToSerial({ y: 2027, m: 3, d: 5 }))).toBe("ngày 05 tháng 03 năm 2027");
    expect(formatDateLineVi(ymdToSerial({ y: 2026, m: 12, d: 20 }))).toBe("ngày 20 tháng 12 năm 2026");
  });
});

// Every value of a plan is plain data (what an adapter writes).
test("plans hold plain values only", () => {
  const farm = district30();
  const out = consolidate(
    farm.files.map((f) => ({ source: f.source, grids: unitGrids(f.unit, f.tamper) })),
    { today: MARCH_5, workbook: rosterBook(farm) },
  );
  for (const s of out.plan.sheets)
    for (const r of s.values) for (const v of r) expect(["string", "number", "boolean", "object"]).toContain(typeof (v as PlanValue));
});
