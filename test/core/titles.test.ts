/**
 * Titles as clerks write them (rules.md §2): full or abbreviated, with an issuer or a year appended,
 * two forms in one cell; a Bằng khen or a Giấy khen recognised as a form of commendation and said to
 * be one; a year that is not the assessment year said. The smallest workbook shows each at run level.
 */
import { run } from "../../src/core";
import { readCollectiveTitle, readIndividualTitle } from "../../src/core/rules/titles";
import { book, cleanBook, evidence, FULL_EVIDENCE, FULL_UNIT_ITEMS, info, members, okMember, pointsOf, TODAY, unitItems } from "./helpers";

/** Each case in NFC and in NFD, named "text (form) → code". */
const forms = (cases: [text: string, code: string, years: number[]][]) =>
  cases.flatMap(([text, code, years]) => (["NFC", "NFD"] as const).map((form) => [`${text} (${form}) → ${code}`, text.normalize(form), code, years] as const));

describe("collective titles", () => {
  test.each(
    forms([
      ["Tập thể lao động tiên tiến", "TTLDTT", []],
      ["Tập thể lao động tiên tiến năm học 2022 - 2023", "TTLDTT", [2022, 2023]],
      ["Tập thể lao động tiên tiến năm học 2022–2023", "TTLDTT", [2022, 2023]],
      ["Tập thể LĐTT", "TTLDTT", []],
      ["TT LĐTT", "TTLDTT", []],
      ["TTLĐTT năm 2023", "TTLDTT", [2023]],
      ["Đạt danh hiệu Tập thể lao động tiên tiến", "TTLDTT", []],
      ["Tập thể lao động tiên tiến (QĐ số 1234/QĐ-UBND ngày 15/8/2023)", "TTLDTT", []],
      ["Tập thể lao động tiên tiến của UBND huyện Thủ Thừa", "TTLDTT", []],
      ["TTLĐXS năm 2025", "TTLDXS", [2025]],
      ["Tập thể Lao động xuất sắc năm 2023", "TTLDXS", [2023]],
      ["Tập thể LĐXS", "TTLDXS", []],
      ["Cờ thi đua của Ủy ban nhân dân tỉnh", "CTD", []],
      ["Cờ thi đua của UBND tỉnh Long An năm 2023", "CTD", [2023]],
      ["Cờ thi đua của Bộ GD&ĐT", "CTD", []],
      ["Cờ thi đua của Chính phủ", "CTD", []],
      ["Tập thể LĐTT; Bằng khen của UBND tỉnh", "TTLDTT", []],
      ["Bằng khen của UBND tỉnh", "BK", []],
      ["Bằng khen của Thủ tướng Chính phủ", "BK", []],
      ["Giấy khen của Phòng GD&ĐT", "GK", []],
      ["Huân chương Lao động hạng Ba", "HC", []],
      ["Không", "NONE", []],
      ["Chưa có danh hiệu", "NONE", []],
    ]),
  )("%s", (_name, text, code, years) => {
    const r = readCollectiveTitle(text);
    expect(r.title?.code).toBe(code);
    expect(r.years).toEqual(years);
  });

  test.each([["Tập thể giỏi"], ["Tập thể lao động tiên tiến xuất sắc"], ["Lao động tiên tiến"], ["TT"], ["Tập thể LĐTT; khá"]])(
    "%s is not understood",
    (text) => {
      expect(readCollectiveTitle(text).title).toBeNull();
    },
  );

  test("a Bằng khen, a Giấy khen, a Huân chương are forms of commendation, never above no title", () => {
    for (const t of ["Bằng khen của UBND tỉnh", "Giấy khen", "Huân chương Lao động hạng Ba"]) {
      expect(readCollectiveTitle(t).title).toMatchObject({ rank: 0, commendation: true });
    }
  });
});

describe("individual titles", () => {
  test.each(
    forms([
      ["LĐTT", "LDTT", []],
      ["Đạt LĐTT", "LDTT", []],
      ["Lao động tiên tiến năm học 2022-2023", "LDTT", [2022, 2023]],
      ["LĐTT 2023", "LDTT", [2023]],
      ["CSTĐCS", "CSTDCS", []],
      ["CSTĐ cơ sở", "CSTDCS", []],
      ["Chiến sĩ thi đua cơ sở năm 2025", "CSTDCS", [2025]],
      ["CSTĐ cấp tỉnh", "CSTDTINH", []],
      ["Chiến sĩ thi đua cấp bộ, ngành, tỉnh", "CSTDTINH", []],
      ["Chiến sĩ thi đua cấp bộ/ngành/tỉnh", "CSTDTINH", []],
      ["Chiến sĩ thi đua toàn quốc", "CSTDTQ", []],
      ["HTTNV", "HTTNV", []],
      ["Hoàn thành xuất sắc nhiệm vụ", "HTTNV", []],
      ["Hoàn thành nhiệm vụ", "HTNV", []],
      ["LĐTT, Giấy khen", "LDTT", []],
      ["Giấy khen", "GK", []],
      ["Bằng khen của Bộ trưởng", "BK", []],
      ["Không", "NONE", []],
    ]),
  )("%s", (_name, text, code, years) => {
    const r = readIndividualTitle(text);
    expect(r.title?.code).toBe(code);
    expect(r.years).toEqual(years);
  });

  test.each([["Giỏi lắm"], ["Lao động tiên tiến xuất sắc"], ["Tập thể lao động tiên tiến"]])("%s is not understood", (text) => {
    expect(readIndividualTitle(text).title).toBeNull();
  });
});

/** A TT 22 workbook (2023) whose unit left 3b blank: the collective title decides it. */
function with3bBlank(collective: string, memberTitle = "Lao động tiên tiến") {
  const entries = FULL_UNIT_ITEMS.map((r) => (r[0] === "3b" ? ["3b", "TTLĐTT", 10, null, "H3-3.2-01", null] : r));
  const ms = [okMember("Lê Thị Hoa"), okMember("Trần Văn Bình", "Tổ 2")];
  ms[0][5] = memberTitle;
  return book(info([["Danh hiệu tập thể năm đánh giá", collective]]), members(ms), unitItems(entries), evidence(FULL_EVIDENCE));
}

describe("at run level (TT 22, 2023)", () => {
  test.each([["Tập thể lao động tiên tiến năm học 2022 - 2023"], ["Tập thể LĐTT"], ["Cờ thi đua của Ủy ban nhân dân tỉnh"], ["TTLĐXS năm 2023"]])(
    "%s: 3b gets its 10 points, the unit stays Tốt, nothing to say",
    (title) => {
      const out = run(with3bBlank(title), { today: TODAY });
      expect(out.result!.items.find((i) => i.id === "3b")).toMatchObject({ points: 10, origin: "collective-title" });
      expect(pointsOf(out.summary)).toMatchObject({ total: 100, rating: "Tốt" });
      expect(out.issues).toEqual([]);
    },
  );

  test.each([["Bằng khen của UBND tỉnh"], ["Giấy khen của Phòng GD&ĐT"]])(
    "%s is not a title: said at its cell and in 3b's line, asking for the title",
    (title) => {
      const out = run(with3bBlank(title), { today: TODAY });
      const said = out.issues.find((i) => i.code === "COLLECTIVE_TITLE_IS_COMMENDATION")!;
      expect(`${said.severity} ${said.sheet}!${said.cell}`).toBe("warning Thông tin!B7");
      expect(said.message).toContain("là hình thức khen thưởng, không phải danh hiệu thi đua");
      expect(said.fix).toMatch(/^Ghi danh hiệu thi đua tập thể/);
      const b3 = out.result!.items.find((i) => i.id === "3b")!;
      expect(b3.points).toBe(0);
      expect(b3.line).toBe(`Danh hiệu tập thể: "${title}" là hình thức khen thưởng, không phải danh hiệu thi đua → 0/10 điểm; minh chứng: H3-3.2-01`);
    },
  );

  test("a year appended that is not the assessment year is a warning; a school year holding it is not", () => {
    const other = run(with3bBlank("Tập thể lao động tiên tiến năm 2021", "LĐTT năm 2022"), { today: TODAY });
    expect(other.issues.filter((i) => i.code === "TITLE_YEAR_DIFFERS").map((i) => `${i.severity} ${i.sheet}!${i.cell}: ${i.message}`)).toEqual([
      "warning Thông tin!B7: danh hiệu 'Tập thể lao động tiên tiến năm 2021' ghi năm 2021, khác năm đánh giá 2023.",
      "warning Thành viên!G2: danh hiệu 'LĐTT năm 2022' ghi năm 2022, khác năm đánh giá 2023.",
    ]);
    // Still the title: the warning asks, it does not take the points away.
    expect(out3b(other)).toBe(10);
    const same = run(with3bBlank("TTLĐTT năm học 2022 - 2023", "Chiến sĩ thi đua cơ sở năm 2023"), { today: TODAY });
    expect(same.issues.filter((i) => i.code === "TITLE_YEAR_DIFFERS")).toEqual([]);
  });

  test("a member's Giấy khen is said to be a commendation and does not count as Lao động tiên tiến", () => {
    const g = cleanBook(2);
    g.sheets[1].values[1][6] = "Giấy khen";
    const out = run(g, { today: TODAY });
    expect(out.issues.filter((i) => i.code === "TITLE_IS_COMMENDATION").map((i) => `${i.severity} ${i.cell}`)).toEqual(["warning G2"]);
    expect(out.result!.items.find((i) => i.id === "2d")!.meeting).toBe(1);
  });
});

const out3b = (o: ReturnType<typeof run>) => o.result!.items.find((i) => i.id === "3b")!.points;
