/**
 * One case per problem the reader and the run can report, named by the outcome it expects: each
 * builds the smallest workbook that shows it and checks the code, the severity and where it points.
 */
import { CATALOG, run, type WorkbookGrids } from "../../src/core";
import { consolidate } from "../../src/core/district";
import { applyValues, book, cleanBook, evidence, FULL_EVIDENCE, FULL_UNIT_ITEMS, info, members, MEMBER_HEADER, okMember, TODAY, unitItems } from "./helpers";

type Case = [
  name: string,
  build: () => WorkbookGrids,
  code: keyof typeof CATALOG,
  where: { sheet?: string; cell?: string },
  opts?: { preset?: string; framework?: string },
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
    "words in the points column → BAD_NUMBER",
    () => book(info(), members([okMember("A")]), unitItems([["1a", "", 10, "mười", "H1-1.1-01", null]]), evidence(FULL_EVIDENCE)),
    "BAD_NUMBER",
    { sheet: "Tiêu chí đơn vị", cell: "D2" },
  ],
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

describe.each(CASES)("%s", (_name, build, code, where, opts) => {
  test("is reported with its severity, sheet and cell, and a fix", () => {
    const out = run(build(), { today: TODAY, ...opts });
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
  test("another year → DISTRICT_MIXED; a result with data errors → DISTRICT_SCHOOL_ERRORS", () => {
    const out = consolidate(
      [
        { source: "a.xlsx", grids: school("A", 2023) },
        { source: "b.xlsx", grids: school("B", 2023, true) },
        { source: "c.xlsx", grids: school("C", 2022) },
      ],
      { today: TODAY },
    );
    expect(out.issues.map((i) => `${i.code}:${i.message.split(":")[0]}`).sort()).toEqual(["DISTRICT_MIXED:Tệp c.xlsx", "DISTRICT_SCHOOL_ERRORS:Tệp b.xlsx"]);
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
    "PROVISIONAL_RULES",
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
    "EXCEL_EDIT_MODE",
    "EXCEL_PROTECTED",
    "EXCEL_SHEET_GONE",
    "EXCEL_TOO_LARGE",
    "EXCEL_NOT_OWNED",
    "EXCEL_TOO_OLD",
    "EXCEL_BUSY",
    "EXCEL_UNKNOWN",
    "STARTUP_OFFICE_MISSING",
    "STARTUP_NOT_READY",
    "STARTUP_NOT_EXCEL",
    "STARTUP_OLD_EXCEL",
  ];
  const covered = new Set([...CASES.map((c) => c[2]), ...elsewhere]);
  expect(Object.keys(CATALOG).filter((c) => !covered.has(c as keyof typeof CATALOG))).toEqual([]);
});
