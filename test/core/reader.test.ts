import { presentIssue, readWorkbook, run } from "../../src/core";
import { book, cleanBook, evidence, FULL_EVIDENCE, FULL_UNIT_ITEMS, info, members, MEMBER_HEADER, okMember, TODAY, unitItems } from "./helpers";

const codes = (issues: { code: string }[]) => issues.map((i) => i.code);

describe("sheets are found by header content, not by name", () => {
  test("renamed and reordered sheets are recognised", () => {
    const g = cleanBook(4);
    g.sheets[1].name = "DS CBGVNV";
    g.sheets[3].name = "Sheet9";
    g.sheets.reverse();
    const r = readWorkbook(g);
    expect(r.fatal).toBe(false);
    expect(r.model.recognition.find((x) => x.role === "members")?.sheet).toBe("DS CBGVNV");
    expect(r.model.recognition.find((x) => x.role === "evidence")?.sheet).toBe("Sheet9");
    expect(r.model.members).toHaveLength(4);
  });

  test("title rows above the header, header columns in any order", () => {
    const header = [
      "Danh hiệu thi đua",
      "Họ và tên",
      "Hoàn thành BDTX",
      "STT",
      "Tuân thủ kỷ luật",
      "KH tự học được duyệt",
      "Đáp ứng năng lực, phẩm chất CDHT",
      "Tổ",
    ];
    const g = book(info(), {
      name: "X",
      values: [["DANH SÁCH CÁN BỘ, GIÁO VIÊN, NHÂN VIÊN"], ["Năm học 2022 – 2023"], [], header, ["LĐTT", "Lê Thị Hoa", "x", 1, "x", "Có", "x", "Tổ 1"]],
    });
    const r = readWorkbook(g);
    expect(r.model.recognition.find((x) => x.role === "members")?.headerRows).toEqual([4]);
    const m = r.model.members[0];
    expect(m).toMatchObject({ name: "Lê Thị Hoa", row: 5, group: "Tổ 1", fields: { selfStudyPlan: true, discipline: true, training: true } });
    expect(m.title?.code).toBe("LDTT");
  });

  test("NFD headers, other case and punctuation, abbreviations", () => {
    const header = [
      "stt",
      "HO\u0323 VA\u0300 TE\u0302N",
      "Tổ/Bộ phận",
      "Có KH tự học, tự BD được duyệt",
      "Kỷ luật – nội quy",
      "Hoàn thành\nchương trình bồi dưỡng",
      "Thi đua (năm)",
      "Đáp ứng NL, PC CDHT",
    ];
    const r = readWorkbook(book(info(), members([okMember("Phạm Văn Bình")], { header })));
    const cols = r.model.recognition.find((x) => x.role === "members")!.columns;
    expect(Object.keys(cols).sort()).toEqual(["competencesAll", "discipline", "group", "name", "selfStudyPlan", "seq", "title", "training"].sort());
    expect(r.model.members[0].fields).toMatchObject({ selfStudyPlan: true, discipline: true, training: true });
  });

  test("a two-row header with 8 numbered competences under a merged group header", () => {
    const top = [
      "STT",
      "Họ và tên",
      "Tổ",
      "KH tự học",
      "Tuân thủ kỷ luật",
      "Hoàn thành bồi dưỡng",
      "Danh hiệu",
      "Năng lực Công dân học tập",
      null,
      null,
      null,
      null,
      null,
      null,
      null,
      "Ghi chú",
    ];
    const sub = [null, null, null, null, null, null, null, 1, 2, 3, 4, 5, 6, 7, 8, null];
    const g = book(info(), {
      name: "TV",
      values: [top, sub, [1, "An", "Tổ 1", "x", "x", "x", "LĐTT", "x", "x", "x", "x", "", "x", "x", "x", null]],
      merges: [
        { top: 0, left: 7, bottom: 0, right: 14 },
        { top: 0, left: 0, bottom: 1, right: 0 },
      ],
    });
    const r = readWorkbook(g);
    const rec = r.model.recognition.find((x) => x.role === "members")!;
    expect(rec.headerRows).toEqual([1, 2]);
    expect(rec.columns.c1).toBe(7);
    expect(rec.columns.c8).toBe(14);
    expect(r.model.members[0].competences).toEqual([true, true, true, true, false, true, true, true]);
    const out = run(g, { today: TODAY });
    expect(out.result!.memberResults[0].reasons).toContain("chưa đạt NL 5");
  });

  test("8 competence columns named in full in one header row", () => {
    const header = [
      "Họ và tên",
      "Tổ",
      "KH tự học",
      "Tuân thủ kỷ luật",
      "Hoàn thành bồi dưỡng",
      "Danh hiệu thi đua",
      "Tuân thủ pháp luật",
      "Cam kết học tập suốt đời",
      "Tổ chức học tập trong gia đình, dòng họ",
      "Lối sống lành mạnh",
      "Ngoại ngữ, CNTT",
      "Tư duy phản biện, sáng tạo",
      "Bình đẳng giới",
      "Đa dạng văn hóa",
    ];
    const r = readWorkbook(book(info(), { name: "M", values: [header, ["An", "Tổ 1", "x", "x", "x", "LĐTT", "x", "", "x", "x", "x", "x", "x", "x"]] }));
    expect(r.model.members[0].competences).toEqual([true, false, true, true, true, true, true, true]);
  });

  test("a totals line under the table is not counted as a member", () => {
    const g = cleanBook(0);
    g.sheets[1].values.push([1, ...okMember("A")], [2, ...okMember("B")], [null, "Tổng cộng", null, 2, 2, 2, null, 2]);
    const r = readWorkbook(g);
    expect(r.model.members.map((m) => m.name)).toEqual(["A", "B"]);
    expect(r.issues.map((i) => i.code)).toEqual(["SUMMARY_ROW_SKIPPED"]);
  });

  test("data ends at three blank rows; single blank rows are skipped", () => {
    const g = cleanBook(0);
    g.sheets[1].values.push([1, ...okMember("A")], [], [2, ...okMember("B")], [], [], [], [3, ...okMember("Not a member: below the gap")]);
    const r = readWorkbook(g);
    expect(r.model.members.map((m) => m.name)).toEqual(["A", "B"]);
  });
});

describe("problems are reported all at once, with sheet and cell", () => {
  test("bad tokens, a row without a name, exclusion without reason, duplicates, no tổ", () => {
    const g = cleanBook(0);
    g.sheets[1].values.push(
      [1, "Nguyễn Văn An", "Tổ 1", "cos", "x", "x", "LĐTT", "x"],
      [2, null, "Tổ 1", "x", "x", "x", "LĐTT", "x"],
      [3, "Nguyễn Văn An", null, "x", "x", "x", "Giỏi lắm", "x"],
    );
    g.sheets[1].values[0].push("Không tính (lý do)");
    g.sheets[1].values[1].push("x");
    const r = readWorkbook(g);
    const found = r.issues.map((i) => `${i.code}@${i.sheet}!${i.cell}`);
    expect(found).toEqual(
      expect.arrayContaining([
        "BAD_YES_NO@Thành viên!D2",
        "ROW_WITHOUT_NAME@Thành viên!B3",
        "BAD_TITLE@Thành viên!G4",
        "EXCLUSION_WITHOUT_REASON@Thành viên!I2",
        "DUPLICATE_MEMBER@Thành viên!B4",
        "MEMBER_WITHOUT_GROUP@Thành viên!C4",
      ]),
    );
    expect(presentIssue(r.issues.find((i) => i.code === "BAD_YES_NO")!)).toBe("Thành viên!D2: không hiểu giá trị 'cos' (cần Có/Không).");
  });

  test("no members sheet is fatal and says what to do", () => {
    const r = run(book(info(), evidence(FULL_EVIDENCE)), { today: TODAY });
    expect(r.fatal).toBe(true);
    expect(codes(r.issues)).toContain("NO_MEMBERS_SHEET");
    expect(r.plan.sheets.map((s) => s.id)).toEqual(["kiem-tra", "registry"]);
    expect(r.plan.activate).toBe("kiem-tra");
  });

  test("a required column missing is fatal and names the column", () => {
    const header = MEMBER_HEADER.filter((h) => h !== "Hoàn thành BDTX");
    const r = run(book(info(), members([["An", "Tổ 1", "x", "x", "LĐTT", "x"]], { header }), unitItems(FULL_UNIT_ITEMS), evidence(FULL_EVIDENCE)), {
      today: TODAY,
    });
    expect(r.fatal).toBe(true);
    expect(r.issues.find((i) => i.code === "MISSING_COLUMN")!.message).toBe('Trang Thành viên thiếu cột "Hoàn thành bồi dưỡng".');
  });

  test("two sheets that look equally like the members sheet: an error listing both", () => {
    const a = members([okMember("A")], { name: "DS 1" });
    const b = members([okMember("B")], { name: "DS 2" });
    const r = readWorkbook(book(info(), a, b));
    expect(r.fatal).toBe(true);
    expect(r.issues.find((i) => i.code === "AMBIGUOUS_ROLE")!.message).toContain('"DS 1", "DS 2"');
  });

  test("exclusion with a reason removes the member from every rate", () => {
    const g = cleanBook(3);
    g.sheets[1].values[0].push("Không tính (lý do)");
    g.sheets[1].values[2] = [2, "Lê Mới", "Tổ 1", null, null, null, null, null, "Chuyển đến từ 01/11/2023"];
    const r = run(g, { today: TODAY });
    expect(r.summary.members).toEqual({ total: 3, counted: 2, excluded: 1 });
    expect(r.summary.items.find((i) => i.id === "2a")!.rate).toBe(1);
    expect(r.result!.members.excludedReasons[3]).toBe("Chuyển đến từ 01/11/2023");
  });
});

describe("an answer that is not one of the listed tokens is an error at its cell (workbook.md, Cell values)", () => {
  test.each([
    ['"?"', "?"],
    ['"=TRUE()" as text', "=TRUE()"],
    ['"+x"', "+x"],
    ["2", 2],
  ])("%s in a yes/no cell: never read as yes or no", (_name, value) => {
    const g = cleanBook(2);
    g.sheets[1].values[1][3] = value; // the 2a cell of the first member (D2)
    const out = run(g, { today: TODAY });
    expect(out.issues.filter((i) => i.code === "BAD_YES_NO").map((i) => `${i.sheet}!${i.cell}`)).toEqual(["Thành viên!D2"]);
    expect(out.issues.find((i) => i.code === "BAD_YES_NO")!.message).toBe(`không hiểu giá trị '${value}' (cần Có/Không).`);
  });

  test('"?" in the exclusion column is a mark without a reason, not a reason', () => {
    const g = cleanBook(2);
    g.sheets[1].values[0].push("Không tính (lý do)");
    g.sheets[1].values[1].push("?");
    const out = run(g, { today: TODAY });
    expect(out.issues.filter((i) => i.code === "EXCLUSION_WITHOUT_REASON").map((i) => i.cell)).toEqual(["I2"]);
    expect(out.summary.members).toEqual({ total: 2, counted: 2, excluded: 0 });
  });
});

describe("a negative council score (TT 22) is an error at its cell and never lowers the rating", () => {
  test.each([
    ["−2 typed as a number", -2],
    ['"-2" typed as text', "-2"],
    ["−0,25", -0.25],
  ])("%s", (_name, value) => {
    const entries = FULL_UNIT_ITEMS.map((r) => (r[0] === "1a" ? ["1a", "Kế hoạch", 10, value, "H1-1.1-01", null] : r));
    const out = run(book(info(), members([okMember("A"), okMember("B")]), unitItems(entries), evidence(FULL_EVIDENCE)), { today: TODAY });
    const hit = out.issues.filter((i) => i.code === "POINTS_BELOW_ZERO");
    expect(hit.map((i) => `${i.severity} ${i.sheet}!${i.cell}`)).toEqual(["error Tiêu chí đơn vị!D2"]);
    const items = out.result!.items;
    expect(items.find((i) => i.id === "1a")!.points).toBe(0);
    // 90 points, not 88: the entry counts as 0, like 12 out of 10 counts as 10.
    expect(items.reduce((s, i) => s + (i.points ?? 0), 0)).toBe(90);
  });
});
