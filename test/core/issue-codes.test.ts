/**
 * One case per problem the reader and the run can report, named by the outcome it expects: each
 * builds the smallest workbook that shows it and checks the code, the severity and where it points.
 */
import { CATALOG, run, type WorkbookGrids } from "../../src/core";
import { consolidate } from "../../src/core/district";
import {
  applyValues,
  book,
  cleanBook,
  evidence,
  FULL_EVIDENCE,
  FULL_UNIT_ITEMS,
  info,
  members,
  MEMBER_HEADER,
  okMember,
  TODAY,
  TODAY_2026,
  tt24Book,
  tt24Entries,
  TT24_HUYEN_UNIT_IDS,
  TT24_TINH_UNIT_IDS,
  unitItems,
} from "./helpers";
import type { CellValue } from "../../src/core";

type Case = [
  name: string,
  build: () => WorkbookGrids,
  code: keyof typeof CATALOG,
  where: { sheet?: string; cell?: string },
  opts?: { preset?: string; framework?: string; columns?: { column: string; header: string }[] },
];

const withMember = (f: (row: unknown[]) => void) => () => {
  const g = cleanBook(2);
  f(g.sheets[1].values[1]);
  return g;
};

const CASES: Case[] = [
  [
    "two name columns → AMBIGUOUS_COLUMN",
    () => book(info(), members([[...okMember("A"), "B"]], { header: [...MEMBER_HEADER, "Họ và tên"] })),
    "AMBIGUOUS_COLUMN",
    { sheet: "Thành viên", cell: "B1" },
  ],
  [
    "a date that is not one → BAD_DATE",
    () =>
      book(
        info(),
        members([[...okMember("A"), "31/02/2023"]], { header: [...MEMBER_HEADER, "Ngày phê duyệt KH"] }),
        unitItems(FULL_UNIT_ITEMS),
        evidence(FULL_EVIDENCE),
      ),
    "BAD_DATE",
    { sheet: "Thành viên", cell: "I2" },
  ],
  [
    "words in the points column → BAD_POINTS",
    () => book(info(), members([okMember("A")]), unitItems([["1a", "", 10, "mười", "H1-1.1-01", null]]), evidence(FULL_EVIDENCE)),
    "BAD_POINTS",
    { sheet: "Tiêu chí đơn vị", cell: "D2" },
  ],
  [
    "−2 points typed as a number → POINTS_BELOW_ZERO",
    () => book(info(), members([okMember("A")]), unitItems([["1a", "", 10, -2, "H1-1.1-01", null]]), evidence(FULL_EVIDENCE)),
    "POINTS_BELOW_ZERO",
    { sheet: "Tiêu chí đơn vị", cell: "D2" },
  ],
  [
    "words of no collective title → BAD_COLLECTIVE_TITLE",
    () => book(info([["Danh hiệu tập thể năm đánh giá", "Tập thể giỏi"]]), members([okMember("A")]), unitItems(FULL_UNIT_ITEMS), evidence(FULL_EVIDENCE)),
    "BAD_COLLECTIVE_TITLE",
    { sheet: "Thông tin", cell: "B7" },
  ],
  [
    "a member's Giấy khen → TITLE_IS_COMMENDATION",
    withMember((r) => (r[6] = "Giấy khen của Hiệu trưởng")),
    "TITLE_IS_COMMENDATION",
    { sheet: "Thành viên", cell: "G2" },
  ],
  [
    "a collective title of another year → TITLE_YEAR_DIFFERS",
    () =>
      book(
        info([["Danh hiệu tập thể năm đánh giá", "Tập thể lao động tiên tiến năm học 2020 - 2021"]]),
        members([okMember("A")]),
        unitItems(FULL_UNIT_ITEMS),
        evidence(FULL_EVIDENCE),
      ),
    "TITLE_YEAR_DIFFERS",
    { sheet: "Thông tin", cell: "B7" },
  ],
  [
    "a mapping to a header the sheet lacks → COLUMN_MAP_NOT_FOUND",
    () => book(info([["Cột: Danh hiệu thi đua", "Thi đua cuối năm"]]), members([okMember("A")]), unitItems(FULL_UNIT_ITEMS), evidence(FULL_EVIDENCE)),
    "COLUMN_MAP_NOT_FOUND",
    { sheet: "Thông tin", cell: "B8" },
  ],
  [
    "a mapping of a column the product has not → COLUMN_MAP_UNKNOWN_COLUMN",
    () => book(info([["Cột: Lương", "Danh hiệu thi đua"]]), members([okMember("A")]), unitItems(FULL_UNIT_ITEMS), evidence(FULL_EVIDENCE)),
    "COLUMN_MAP_UNKNOWN_COLUMN",
    { sheet: "Thông tin", cell: "A8" },
  ],
  [
    "one column mapped twice → COLUMN_MAP_TWICE",
    () =>
      book(
        info([
          ["Cột: Danh hiệu thi đua", "Danh hiệu thi đua"],
          ["Cột: Danh hiệu TĐ", "Ghi chú"],
        ]),
        members([okMember("A")]),
        unitItems(FULL_UNIT_ITEMS),
        evidence(FULL_EVIDENCE),
      ),
    "COLUMN_MAP_TWICE",
    { sheet: "Thông tin", cell: "B9" },
  ],
  [
    "a --cot mapping without a Thông tin sheet → COLUMN_MAP_NOT_SAVED",
    () => book(members([okMember("A")]), unitItems(FULL_UNIT_ITEMS), evidence(FULL_EVIDENCE)),
    "COLUMN_MAP_NOT_SAVED",
    {},
    { columns: [{ column: "Danh hiệu thi đua", header: "Danh hiệu thi đua" }] },
  ],
  ['"?" in a yes/no cell → BAD_YES_NO', withMember((r) => (r[3] = "?")), "BAD_YES_NO", { sheet: "Thành viên", cell: "D2" }],
  ["#N/A in a yes/no cell → CELL_ERROR", withMember((r) => (r[3] = { error: "#N/A" })), "CELL_ERROR", { sheet: "Thành viên", cell: "D2" }],
  [
    "1a entered twice → DUPLICATE_UNIT_ITEM",
    () => book(info(), members([okMember("A")]), unitItems([...FULL_UNIT_ITEMS, ["1.a", "", 10, 10, "H1-1.1-01", null]]), evidence(FULL_EVIDENCE)),
    "DUPLICATE_UNIT_ITEM",
    { sheet: "Tiêu chí đơn vị", cell: "A7" },
  ],
  [
    "evidence naming no item → EVIDENCE_NO_ITEM",
    () =>
      book(info(), members([okMember("A")]), unitItems(FULL_UNIT_ITEMS), evidence([...FULL_EVIDENCE, ["H9-9.9-01", null, "Ảnh hoạt động", null, null, null]])),
    "EVIDENCE_NO_ITEM",
    { sheet: "Minh chứng", cell: "B9" },
  ],
  [
    "every member excluded → NO_COUNTED_MEMBERS",
    () => book(info(), members([[...okMember("A"), "Nghỉ hưu"]], { header: [...MEMBER_HEADER, "Không tính (lý do)"] })),
    "NO_COUNTED_MEMBERS",
    { sheet: "Thành viên" },
  ],
  ["a header and no one under it → NO_MEMBER_ROWS", () => book(info(), members([])), "NO_MEMBER_ROWS", { sheet: "Thành viên" }],
  ["no Thông tin sheet → NO_UNIT_INFO", () => book(members([okMember("A")]), unitItems(FULL_UNIT_ITEMS), evidence(FULL_EVIDENCE)), "NO_UNIT_INFO", {}],
  [
    "no assessment year → NO_YEAR",
    () =>
      book(
        {
          name: "Thông tin",
          values: [
            ["Thông tin", "Giá trị"],
            ["Tên đơn vị", "X"],
            ["Cơ quan chủ quản", "Y"],
          ],
        },
        members([okMember("A")]),
        unitItems(FULL_UNIT_ITEMS),
        evidence(FULL_EVIDENCE),
      ),
    "NO_YEAR",
    { sheet: "Thông tin" },
  ],
  ["no Thông tin sheet at all → NO_YEAR still names where to put it", () => book(members([okMember("A")])), "NO_YEAR", {}],
  [
    "1b not scored → UNIT_ITEM_MISSING",
    () => book(info(), members([okMember("A")]), unitItems(FULL_UNIT_ITEMS.filter((r) => r[0] !== "1b")), evidence(FULL_EVIDENCE)),
    "UNIT_ITEM_MISSING",
    {},
  ],
  [
    "an unknown framework in Thông tin → UNKNOWN_FRAMEWORK",
    () => book(info([["Bộ tiêu chí", "TT99/2030"]]), members([okMember("A")])),
    "UNKNOWN_FRAMEWORK",
    { sheet: "Thông tin", cell: "B8" },
  ],
  [
    "an unknown preset in Thông tin → UNKNOWN_PRESET",
    () => book(info([["Phương án địa phương", "Sao Hỏa"]]), members([okMember("A")])),
    "UNKNOWN_PRESET",
    { sheet: "Thông tin", cell: "B8" },
  ],
  [
    "a totals line under the table → SUMMARY_ROW_SKIPPED, not a member",
    withMember((r) => (r[1] = "Tổng cộng: 2 người")),
    "SUMMARY_ROW_SKIPPED",
    { sheet: "Thành viên", cell: "B2" },
  ],
  [
    "an unknown unit item id → UNKNOWN_ITEM",
    () => book(info(), members([okMember("A")]), unitItems([...FULL_UNIT_ITEMS, ["4a", "", 5, 5, null, "x"]]), evidence(FULL_EVIDENCE)),
    "UNKNOWN_ITEM",
    { sheet: "Tiêu chí đơn vị", cell: "A7" },
  ],
];

/** Thông tư 24 (2026): "Thông tin" rows of tt24Info are rows 2–11; a row given again moves to the end. */
const tt24 =
  (info: [string, CellValue][] = [], o: Parameters<typeof tt24Book>[0] = {}) =>
  () =>
    tt24Book({ info, ...o });
const THPT: [string, CellValue][] = [["Loại hình đơn vị", "Trường THPT"]];
const thpt = (more: [string, CellValue][] = []) => tt24([...THPT, ...more], { ids: TT24_TINH_UNIT_IDS, na: ["3.5", "3.6"] });
const entries = (f: (rows: CellValue[][]) => void) => {
  const rows = tt24Entries(TT24_HUYEN_UNIT_IDS, ["3.5"]);
  f(rows);
  return rows;
};
const row = (rows: CellValue[][], id: string) => rows.find((r) => r[0] === id)!;

const TT24_CASES: Case[] = [
  [
    "TT 24: a number of points → BAD_UNIT_ENTRY",
    tt24([], { entries: entries((r) => (row(r, "1.1")[2] = 10)) }),
    "BAD_UNIT_ENTRY",
    { sheet: "Tiêu chí đơn vị", cell: "C2" },
  ],
  ["a school year → YEAR_IS_SCHOOL_YEAR", tt24([["Năm đánh giá", "năm học 2025 – 2026"]]), "YEAR_IS_SCHOOL_YEAR", { sheet: "Thông tin", cell: "B11" }],
  ["words for a year → YEAR_NOT_UNDERSTOOD", tt24([["Năm đánh giá", "năm nay"]]), "YEAR_NOT_UNDERSTOOD", { sheet: "Thông tin", cell: "B11" }],
  ["an unknown digital level → BAD_DIGITAL_LEVEL", tt24([["Mức độ chuyển đổi số", "rất tốt"]]), "BAD_DIGITAL_LEVEL", { sheet: "Thông tin", cell: "B11" }],
  ["words for a count → BAD_COUNT", tt24([["Số người học", "nhiều"]]), "BAD_COUNT", { sheet: "Thông tin", cell: "B12" }],
  [
    "a TT 22 rating as a recognition → BAD_RECOGNITION_LEVEL",
    tt24([["Công nhận hiện có: mức độ", "Tốt"]]),
    "BAD_RECOGNITION_LEVEL",
    { sheet: "Thông tin", cell: "B12" },
  ],
  [
    "a Bằng khen as the collective title → COLLECTIVE_TITLE_IS_COMMENDATION",
    tt24([["Danh hiệu tập thể năm đánh giá", "Bằng khen"]]),
    "COLLECTIVE_TITLE_IS_COMMENDATION",
    { sheet: "Thông tin", cell: "B11" },
  ],
  ["a blank unit type → TT24_UNIT_TYPE_MISSING", tt24([["Loại hình đơn vị", null]]), "TT24_UNIT_TYPE_MISSING", { sheet: "Thông tin", cell: "B11" }],
  ["words of no unit type → TT24_UNIT_TYPE_UNKNOWN", tt24([["Loại hình đơn vị", "Đơn vị ABC"]]), "TT24_UNIT_TYPE_UNKNOWN", { sheet: "Thông tin", cell: "B11" }],
  [
    "a multi-level school without its highest level → TT24_UNIT_TYPE_AMBIGUOUS",
    tt24([["Loại hình đơn vị", "Trường phổ thông nhiều cấp"]]),
    "TT24_UNIT_TYPE_AMBIGUOUS",
    { sheet: "Thông tin", cell: "B11" },
  ],
  [
    "tư thục in the type, công lập beside it → TT24_UNIT_PUBLIC_AMBIGUOUS",
    tt24([["Loại hình đơn vị", "Trường tiểu học tư thục"]]),
    "TT24_UNIT_PUBLIC_AMBIGUOUS",
    { sheet: "Thông tin", cell: "B11" },
  ],
  ["an agency without its level → TT24_UNIT_TIER_NEEDED", tt24([["Loại hình đơn vị", "Cơ quan nhà nước"]]), "TT24_UNIT_TIER_NEEDED", { sheet: "Thông tin" }],
  ["an unknown level → TT24_UNIT_TIER_UNKNOWN", tt24([["Cấp đơn vị", "cấp bộ"]]), "TT24_UNIT_TIER_UNKNOWN", { sheet: "Thông tin", cell: "B12" }],
  ["cấp xã → TT24_TIER_XA_READ_AS_HUYEN", tt24([["Cấp đơn vị", "cấp xã"]]), "TT24_TIER_XA_READ_AS_HUYEN", { sheet: "Thông tin", cell: "B12" }],
  [
    "a primary school set to cấp tỉnh → TT24_TIER_SET_DIFFERS_FROM_TYPE",
    tt24([["Cấp đơn vị", "cấp tỉnh"]], { ids: TT24_TINH_UNIT_IDS, na: ["3.4", "3.5", "3.6"] }),
    "TT24_TIER_SET_DIFFERS_FROM_TYPE",
    { sheet: "Thông tin", cell: "B12" },
  ],
  [
    "the Hà Nội preset in a TT 24 workbook → TT24_PRESET_IGNORED",
    tt24([["Phương án địa phương", "Hà Nội"]]),
    "TT24_PRESET_IGNORED",
    { sheet: "Thông tin", cell: "B12" },
  ],
  [
    "an indicator without a row → TT24_INDICATOR_NOT_ENTERED",
    tt24([], { entries: tt24Entries(TT24_HUYEN_UNIT_IDS, ["3.5"]).filter((r) => r[0] !== "1.2") }),
    "TT24_INDICATOR_NOT_ENTERED",
    {},
  ],
  [
    "Đạt without any evidence → TT24_INDICATOR_NO_EVIDENCE",
    () => {
      const g = tt24Book({ entries: entries((r) => (row(r, "1.2")[3] = null)) });
      g.sheets[3].values = g.sheets[3].values.filter((r) => r[1] !== "1.2");
      return g;
    },
    "TT24_INDICATOR_NO_EVIDENCE",
    { sheet: "Tiêu chí đơn vị", cell: "C3" },
  ],
  [
    "Không áp dụng on an indicator that applies → TT24_NA_ENTERED_BUT_APPLIES",
    tt24([], { entries: entries((r) => (row(r, "1.2")[2] = "Không áp dụng")) }),
    "TT24_NA_ENTERED_BUT_APPLIES",
    { sheet: "Tiêu chí đơn vị", cell: "C3" },
  ],
  [
    "Đạt on an indicator that does not apply → TT24_ENTRY_ON_NOT_APPLICABLE",
    tt24([], { entries: entries((r) => (row(r, "3.5")[2] = "Đạt")) }),
    "TT24_ENTRY_ON_NOT_APPLICABLE",
    { sheet: "Tiêu chí đơn vị", cell: "C10" },
  ],
  [
    "Đạt for 3.4 against the digital level → TT24_ENTRY_DISAGREES",
    tt24([["Mức độ chuyển đổi số", "chưa đạt"]]),
    "TT24_ENTRY_DISAGREES",
    { sheet: "Tiêu chí đơn vị", cell: "C9" },
  ],
  [
    "a private school without the collective title reaches Mức độ 2 only → TT24_LEVEL_NOTE",
    tt24(
      [
        ["Công lập / ngoài công lập", "tư thục"],
        ["Danh hiệu tập thể năm đánh giá", null],
      ],
      { entries: tt24Entries(TT24_HUYEN_UNIT_IDS, ["1.3", "3.5"]).map((r) => (r[0] === "3.3" ? ["3.3", "", "Không đạt", null, null] : r)), na: ["1.3", "3.5"] },
    ),
    "TT24_LEVEL_NOTE",
    {},
  ],
  ["a THPT without its learners → TT24_LEARNERS_MISSING", thpt(), "TT24_LEARNERS_MISSING", { sheet: "Thông tin" }],
  ["a primary school's pupils → TT24_LEARNERS_NOT_USED", tt24([["Số người học", 612]]), "TT24_LEARNERS_NOT_USED", { sheet: "Thông tin", cell: "B12" }],
  [
    "more learners with the title than learners → TT24_LEARNERS_MORE_THAN_TOTAL",
    thpt([
      ["Số người học", 500],
      ["Số người học đạt CDHT", 510],
    ]),
    "TT24_LEARNERS_MORE_THAN_TOTAL",
    { sheet: "Thông tin", cell: "B13" },
  ],
  [
    "a current recognition without its date → TT24_RECOGNITION_DATE_MISSING",
    tt24([["Công nhận hiện có: mức độ", "Mức độ 1"]]),
    "TT24_RECOGNITION_DATE_MISSING",
    { sheet: "Thông tin", cell: "B12" },
  ],
  [
    "a recognition dated after the dossier → TT24_RECOGNITION_AFTER_DOSSIER",
    tt24([
      ["Công nhận hiện có: mức độ", "Mức độ 1"],
      ["Công nhận hiện có: ngày quyết định", "20/02/2027"],
    ]),
    "TT24_RECOGNITION_AFTER_DOSSIER",
    { sheet: "Thông tin", cell: "B13" },
  ],
  [
    "a dossier dated in the assessment year → TT24_DOSSIER_BEFORE_YEAR_END",
    tt24([["Ngày trình hồ sơ", "20/12/2026"]]),
    "TT24_DOSSIER_BEFORE_YEAR_END",
    { sheet: "Thông tin", cell: "B12" },
  ],
  [
    "no recipient or approver after 01/7/2025 → TT24_AUTHORITY_DEFAULT",
    tt24([
      ["Cơ quan nhận hồ sơ", null],
      ["Người, cơ quan quyết định công nhận", null],
    ]),
    "TT24_AUTHORITY_DEFAULT",
    { sheet: "Thông tin" },
  ],
];

describe.each([...CASES, ...TT24_CASES])("%s", (_name, build, code, where, opts) => {
  test("is reported with its severity, sheet and cell, and a fix", () => {
    const today = (CASES as Case[]).some((c) => c[2] === code && c[1] === build) ? TODAY : TODAY_2026;
    const out = run(build(), { today, ...opts });
    const hit = out.issues.find((i) => i.code === code);
    expect(hit).toBeDefined();
    expect(hit!.severity).toBe(CATALOG[code].severity);
    if (where.sheet) expect(hit!.sheet).toBe(where.sheet);
    if (where.cell) expect(hit!.cell).toBe(where.cell);
    expect(hit!.message.length).toBeGreaterThan(10);
    expect(hit!.fix.length).toBeGreaterThan(5);
    // No message of the run leaks a missing parameter.
    for (const i of out.issues) expect(`${i.message} ${i.fix} ${i.en}`).not.toMatch(/undefined|NaN|\[object/);
  });
});

describe("district-only problems", () => {
  const school = (name: string, year: number, errors = false) => {
    const g = cleanBook(2);
    g.sheets[0] = info([
      ["Tên đơn vị", name],
      ["Năm đánh giá", year],
    ]);
    if (errors) g.sheets[1].values[1][3] = "cos";
    return applyValues(g, run(g, { today: TODAY }).plan);
  };
  test("another year → DISTRICT_OTHER_YEAR; a result with data errors → DISTRICT_SCHOOL_ERRORS; no roster → DISTRICT_NO_ROSTER", () => {
    const out = consolidate(
      [
        { source: "a.xlsx", grids: school("A", 2023) },
        { source: "b.xlsx", grids: school("B", 2023, true) },
        { source: "c.xlsx", grids: school("C", 2022) },
      ],
      { today: TODAY },
    );
    expect(out.issues.map((i) => `${i.code}:${i.message.split(/[:(]/)[0].trim()}`).sort()).toEqual([
      "DISTRICT_NO_ROSTER:Chưa có danh sách đơn vị",
      "DISTRICT_OTHER_YEAR:Tệp c.xlsx",
      "DISTRICT_SCHOOL_ERRORS:Tệp b.xlsx",
    ]);
  });
});

test("every catalog code is exercised somewhere in the tests", () => {
  // Kept honest by listing the codes this file covers plus those covered elsewhere (grep-able names).
  const elsewhere = [
    "NO_MEMBERS_SHEET",
    "AMBIGUOUS_ROLE",
    "MISSING_COLUMN",
    "BAD_YES_NO",
    "BAD_TITLE",
    "ROW_WITHOUT_NAME",
    "EXCLUSION_WITHOUT_REASON",
    "DUPLICATE_MEMBER",
    "MEMBER_WITHOUT_GROUP",
    "POINTS_ABOVE_MAX",
    "POINTS_NOT_STEP",
    "NO_PROOF",
    "EVIDENCE_NOT_FOUND",
    "EVIDENCE_UNKNOWN_ITEM",
    "DUPLICATE_EVIDENCE_CODE",
    "ITEM_WITHOUT_EVIDENCE",
    "SHEET_NAME_TAKEN",
    // Where the product writes (test/core/trust.test.ts).
    "BAND_SKIPS_COLUMNS",
    "BAND_BESIDE_TABLE",
    "BAND_NO_ROOM",
    // The council's overrides (test/core/overrides.test.ts).
    "OVERRIDE_APPLIED",
    "OVERRIDE_NO_REASON",
    "OVERRIDE_BAD_VALUE",
    "OVERRIDE_UNKNOWN_ITEM",
    "OVERRIDE_DUPLICATE",
    "OVERRIDE_NOT_APPLICABLE",
    "MEMBER_ITEM_IN_UNIT_SHEET",
    "DISTRICT_NO_BLOCK",
    "DISTRICT_HASH_MISMATCH",
    "DISTRICT_DUPLICATE_UNIT",
    "DISTRICT_MIXED",
    "DISTRICT_SCHOOL_ERRORS",
    // The district's (test/core/district.test.ts).
    "DISTRICT_FILE_UNUSABLE",
    "DISTRICT_NO_RESULT",
    "DISTRICT_PRINTED_EDITED",
    "DISTRICT_PRINTED_MISSING",
    "DISTRICT_OTHER_YEAR",
    "DISTRICT_NOT_ON_ROSTER",
    "DISTRICT_AMBIGUOUS_MATCH",
    "DISTRICT_NOT_SENT",
    "DISTRICT_NO_ROSTER",
    "DISTRICT_ROSTER_NO_HEADER",
    "DISTRICT_ROSTER_DUPLICATE",
    // The dossier's (test/core/dossier), Excel's (test/excel) and the pane's start-up (test/taskpane, test/e2e).
    "DOSSIER_DEFAULT_TEXT",
    "DOSSIER_NO_CONTENT_SHEET",
    "DOSSIER_AMBIGUOUS_CONTENT",
    "DOSSIER_UNKNOWN_SECTION",
    "TARGET_UNPARSED",
    "TARGET_UNKNOWN_MEASURE",
    "TARGET_NO_DATA",
    "TARGET_NOT_MET",
    "MEETING_INFO_MISSING",
    "RECIPIENT_MISSING",
    "PLAN_EDIT_KEPT",
    "PANEL_MISSING",
    "PANEL_ROW_WITHOUT_NAME",
    "PANEL_NO_LEAD",
    "PANEL_TWO_LEADS",
    "PANEL_NO_SECRETARY",
    "TT24_NO_REQUEST",
    "EXCEL_EDIT_MODE",
    "EXCEL_PROTECTED",
    "EXCEL_SHEET_GONE",
    "EXCEL_TOO_LARGE",
    "EXCEL_NOT_OWNED",
    "EXCEL_TOO_OLD",
    "EXCEL_BUSY",
    "EXCEL_NEW_WORKBOOK_REFUSED",
    "EXCEL_UNKNOWN",
    "STARTUP_OFFICE_MISSING",
    "STARTUP_NOT_READY",
    "STARTUP_NOT_EXCEL",
    "STARTUP_OLD_EXCEL",
    // The school's year (test/core/finalize.test.ts, test/cli/year.test.ts, test/taskpane/year.test.ts).
    "WORKBOOK_FINALIZED",
    "FINALIZE_ALREADY",
    "FINALIZE_ERRORS_LEFT",
    "FINALIZE_NOT_EVALUATED",
    "FINALIZE_NO_EVIDENCE",
    "FINALIZE_NO_RESULT",
    "FINALIZE_NO_DOSSIER",
    "FINALIZE_STALE",
    "FINALIZED",
    "UNFINALIZE_NOT_FINALIZED",
    "UNFINALIZE_NO_REASON",
    "UNFINALIZED",
    // Next year's workbook (test/core/next-year.test.ts).
    "NEXT_YEAR_NO_YEAR",
    "NEXT_YEAR_NOT_AFTER",
    "NEXT_YEAR_DONE",
    "MEMBERS_NOT_FILLED",
    // The tổ's forms (test/core/forms.test.ts).
    "FORM_SHEET_KEPT",
    "FORMS_NONE",
    "FORM_NO_TABLE",
    "FORM_OTHER_YEAR",
    "FORM_UNKNOWN_MEMBER",
    "FORM_AMBIGUOUS_MEMBER",
    "FORM_ROW_WITHOUT_NAME",
    "FORM_BAD_ANSWER",
    "FORM_NO_COLUMN",
    "FORM_CONFLICT",
    "FORM_TWICE",
    "FORM_FILE_UNREADABLE",
    "FORM_FILE_TOO_LARGE",
    "FORM_MEMBERS_MISSING",
  ];
  const covered = new Set([...CASES.map((c) => c[2]), ...TT24_CASES.map((c) => c[2]), ...elsewhere]);
  expect(Object.keys(CATALOG).filter((c) => !covered.has(c as keyof typeof CATALOG))).toEqual([]);
});
