/**
 * Thông tư 24/2023 through run(), on workbooks as a clerk writes them: every unit type of the
 * applicability table (docs/tt24-applicability.md, itself checked against tt24-2023.md), each unit
 * indicator's entry and evidence, the derived indicators, threshold edges through the members sheet,
 * the learners of 3.1, the current recognition, and the JSON and DVHT_KETQUA contract.
 */
import * as fs from "fs";
import * as path from "path";
import { run, type CellValue, type RunOutcome, type Tt24SummaryJson, isTt24Summary } from "../../../src/core";
import { consolidate } from "../../../src/core/district";
import { hashBlock } from "../../../src/core/workbook/summary";
import {
  applyValues,
  book,
  cleanBook,
  evidence,
  info,
  members,
  okMember,
  TODAY,
  TODAY_2026,
  tt24Book,
  tt24Entries,
  tt24Evidence,
  tt24Info,
  tt24Member,
  tt24Members,
  tt24UnitItems,
  TT24_HUYEN_UNIT_IDS,
  TT24_MEMBER_HEADER,
  TT24_TINH_UNIT_IDS,
  unitItems,
  FULL_EVIDENCE,
  type Tt24MemberSpec,
} from "../helpers";

const ROOT = path.join(__dirname, "../../..");
const at = (o: RunOutcome, id: string) => o.result!.items.find((i) => i.id === id)!;
const statuses = (o: RunOutcome, id: string) => [at(o, id).levels!.M1.status, at(o, id).levels!.M2.status];
const tt24Summary = (o: RunOutcome): Tt24SummaryJson => {
  if (!isTt24Summary(o.summary)) throw new Error(`not a TT 24 summary: ${o.summary.framework}`);
  return o.summary;
};
const codes = (o: RunOutcome) => o.issues.map((i) => i.code);

// ---------------------------------------------------------------------------------------------
// Every unit type, at its tier: which indicators apply, through the whole pipeline.

interface TableRow {
  tier: "cap-huyen" | "cap-tinh";
  label: string;
  marks: Record<string, string>;
  learners: string;
  extra: string;
}

/** The rows of docs/tt24-applicability.md (generated from the rules and checked against tt24-2023.md). */
function applicabilityTable(): TableRow[] {
  const doc = fs.readFileSync(path.join(ROOT, "docs/tt24-applicability.md"), "utf8");
  const rows: TableRow[] = [];
  let tier: TableRow["tier"] | null = null;
  let ids: string[] = [];
  for (const line of doc.split("\n")) {
    if (line.startsWith("## Cấp huyện")) tier = "cap-huyen";
    else if (line.startsWith("## Cấp tỉnh")) tier = "cap-tinh";
    else if (line.startsWith("## ")) tier = null;
    if (!tier || !line.startsWith("| ")) continue;
    const cells = line
      .split("|")
      .slice(1, -1)
      .map((c) => c.trim());
    if (cells[0] === "Loại hình đơn vị") {
      ids = cells.slice(2, -2);
      continue;
    }
    if (cells[0].startsWith("---")) continue;
    rows.push({
      tier,
      label: cells[0],
      marks: Object.fromEntries(ids.map((id, k) => [id, cells[2 + k]])),
      learners: cells[cells.length - 2],
      extra: cells[cells.length - 1],
    });
  }
  return rows;
}

const TABLE = applicabilityTable();

test("the applicability table is read whole: 32 unit types at each tier", () => {
  expect(TABLE.filter((r) => r.tier === "cap-huyen").length).toBe(32);
  expect(TABLE.filter((r) => r.tier === "cap-tinh").length).toBe(32);
});

describe.each(TABLE.map((r) => [`${r.tier === "cap-huyen" ? "cấp huyện" : "cấp tỉnh"}: ${r.label}`, r] as const))("%s, everything met", (_name, row) => {
  const ids = row.tier === "cap-huyen" ? TT24_HUYEN_UNIT_IDS : TT24_TINH_UNIT_IDS;
  const na = ids.filter((id) => row.marks[id] === "–");
  const out = run(
    tt24Book({
      ids,
      na,
      info: [
        ["Loại hình đơn vị", row.label],
        ["Công lập / ngoài công lập", null],
        ["Cấp đơn vị", row.tier === "cap-huyen" ? "cấp huyện" : "cấp tỉnh"],
        ["Kiểm định chất lượng GDNN", "Có"],
        ["Số người học", 500],
        ["Số người học đạt CDHT", 490],
      ],
    }),
    { today: TODAY_2026 },
  );
  test("no error; the tier's rule set; Mức độ 2", () => {
    expect(out.issues.filter((i) => i.severity === "error")).toEqual([]);
    expect(out.summary.framework).toBe(`TT24/2023-${row.tier}`);
    expect(out.summary.rating).toBe("Mức độ 2");
  });
  test("each indicator applies (Đạt) or does not (Không áp dụng) at each level as the table says", () => {
    const want = (m: string) =>
      m === "✓" ? ["met", "met"] : m === "–" ? ["not-applicable", "not-applicable"] : m === "M1" ? ["met", "not-applicable"] : ["not-applicable", "met"];
    expect(Object.fromEntries(Object.keys(row.marks).map((id) => [id, statuses(out, id)]))).toEqual(
      Object.fromEntries(Object.entries(row.marks).map(([id, m]) => [id, want(m)])),
    );
    // The JSON says the same: null where it does not apply.
    const s = tt24Summary(out);
    for (const it of s.items)
      expect([it.id, it.met["Mức độ 1"] === null, it.met["Mức độ 2"] === null]).toEqual([it.id, ...want(row.marks[it.id]).map((x) => x === "not-applicable")]);
  });
  test("3.1's learners clause and the public-preschool sentence, as the table says", () => {
    const l = at(out, "3.1").levels!.M1.learners!;
    expect(l.applies).toBe(row.learners === "✓");
    expect(codes(out).includes("TT24_LEARNERS_NOT_USED")).toBe(row.learners !== "✓");
    expect(at(out, "1.2").levels!.M1.extra).toBe(row.extra === "✓");
  });
});

// ---------------------------------------------------------------------------------------------
// Unit indicators: the Tổ đánh giá's entry and its evidence (Điều 9).

const entriesWith = (id: string, entry: CellValue[] | null) =>
  tt24Entries(TT24_HUYEN_UNIT_IDS, ["3.5"]).flatMap((r) => (r[0] !== id ? [r] : entry ? [entry] : []));

// Every row has six values: jest passes a callback for a parameter a row leaves out.
type EntryCase = [name: string, entry: (id: string) => CellValue[] | null, evidenceRow: boolean, status: string, reason: string, code: string | null];
const ENTRY_CASES: EntryCase[] = [
  ["Đạt, a code in its own row", (id) => [id, "", "Đạt", `H${id[0]}-${id}-01`, null], true, "met", "Đạt: minh chứng H", null],
  ["Đạt, no code in its row but an evidence row names it", (id) => [id, "", "Đạt", null, null], true, "met", "Đạt: minh chứng H", null],
  ["Đạt, no evidence at all", (id) => [id, "", "x", null, null], false, "not-met", "chưa có minh chứng", "TT24_INDICATOR_NO_EVIDENCE"],
  [
    "Đạt with an explanation only",
    (id) => [id, "", "Đạt", null, "Đã làm đầy đủ"],
    false,
    "not-met",
    "chưa có minh chứng (giải trình không thay cho minh chứng)",
    "TT24_INDICATOR_NO_EVIDENCE",
  ],
  ["Không đạt", (id) => [id, "", "Không đạt", `H${id[0]}-${id}-01`, null], true, "not-met", "Tổ đánh giá đánh giá Không đạt", null],
  [
    "Không áp dụng on an indicator that applies",
    (id) => [id, "", "Không áp dụng", null, null],
    true,
    "not-met",
    'ghi "Không áp dụng"',
    "TT24_NA_ENTERED_BUT_APPLIES",
  ],
  ["no row at all", () => null, true, "not-met", "chưa đánh giá", "TT24_INDICATOR_NOT_ENTERED"],
  ["a row left blank", (id) => [id, "", null, null, null], true, "not-met", "chưa đánh giá", "TT24_INDICATOR_NOT_ENTERED"],
];

describe.each(["1.1", "1.2", "1.3", "1.4", "1.5", "3.2"])("indicator %s", (id) => {
  test.each(ENTRY_CASES)("%s", (_name, entry, evidenceRow, status, reason, code) => {
    const ids = TT24_HUYEN_UNIT_IDS.filter((x) => x !== "3.5" && (evidenceRow || x !== id));
    const g = book(tt24Info(), tt24Members(20), tt24UnitItems(entriesWith(id, entry(id))), tt24Evidence(ids));
    const out = run(g, { today: TODAY_2026 });
    expect(statuses(out, id)).toEqual([status, status]);
    expect(at(out, id).levels!.M1.reason.startsWith(reason)).toBe(true);
    expect(out.summary.rating).toBe(status === "met" ? "Mức độ 2" : "Chưa đạt");
    if (code) expect(out.issues.filter((i) => i.code === code).map((i) => i.itemId)).toEqual([id]);
    // Under TT 24 the words speak of indicators, never of points.
    for (const i of out.issues) expect(`${i.message} ${i.fix}`).not.toMatch(/điểm/);
  });
});

describe("derived indicators", () => {
  const derived = (infoRows: [string, CellValue][], entry: CellValue[] | null, id: string, more: Parameters<typeof tt24Book>[0] = {}) =>
    run(tt24Book({ info: infoRows, entries: entriesWith(id, entry), ...more }), { today: TODAY_2026 });

  test.each<[string, string | null, string[]]>([
    ["Tập thể lao động tiên tiến", "met", ["met", "met"]],
    ["Tập thể lao động xuất sắc", "met", ["met", "met"]],
    ["Cờ thi đua của UBND tỉnh", "met", ["met", "met"]],
    ["TTLĐTT", "met", ["met", "met"]],
    ["Bằng khen", null, ["not-met", "not-met"]],
    ["Không có danh hiệu", null, ["not-met", "not-met"]],
  ])("3.3 from the collective title %s (the row left blank, an evidence row names 3.3)", (title, _m, want) => {
    const out = derived([["Danh hiệu tập thể năm đánh giá", title]], ["3.3", "", null, null, null], "3.3");
    expect(statuses(out, "3.3")).toEqual(want);
    if (want[0] === "met") {
      // The value the title decides is written into the blank cell (workbook.md), in the entry's words.
      const patch = out.plan.patches.find((p) => p.kind === "unit-points")!;
      expect(patch.values).toEqual([["Đạt"]]);
    }
    if (title === "Bằng khen") expect(codes(out)).toContain("COLLECTIVE_TITLE_IS_COMMENDATION");
  });

  test.each<[string | null, string | null, string[]]>([
    ["đáp ứng tốt", "Đạt", ["met", "met"]],
    ["Mức đáp ứng cơ bản", "Đạt", ["met", "not-met"]],
    ["chưa đạt", null, ["not-met", "not-met"]],
    [null, "Đạt", ["met", "not-met"]], // Đạt without the level cannot tell "tốt" from "cơ bản"
    ["đáp ứng tốt", null, ["met", "met"]],
  ])("3.4 from the digital level %s, entered %s", (level, entered, want) => {
    const out = derived([["Mức độ chuyển đổi số", level]], ["3.4", "", entered, "H3-3.4-01", null], "3.4");
    expect(statuses(out, "3.4")).toEqual(want);
  });

  test.each<[string, string | null, string | null, string[]]>([
    ["Trung tâm GDNN huyện", "3.5", "Có", ["met", "met"]],
    ["Trung tâm GDNN huyện", "3.5", "Không", ["not-met", "not-met"]],
    ["Trường cao đẳng", "3.6", "Có", ["met", "met"]],
    ["Trường cao đẳng", "3.6", null, ["not-met", "not-met"]],
  ])("accreditation: %s, %s from Kiểm định chất lượng GDNN = %s", (type, id, accredited, want) => {
    const tinh = id === "3.6";
    const ids = tinh ? TT24_TINH_UNIT_IDS : TT24_HUYEN_UNIT_IDS;
    const na = tinh ? ["3.4", "3.5"] : ["3.4"];
    const entries = tt24Entries(ids, na).map((r) => (r[0] === id ? [id, "", null, `H3-${id}-01`, null] : r));
    const out = run(
      tt24Book({
        ids,
        na,
        entries,
        info: [
          ["Loại hình đơn vị", type],
          ["Kiểm định chất lượng GDNN", accredited],
          ["Số người học", 300],
          ["Số người học đạt CDHT", 300],
        ],
      }),
      { today: TODAY_2026 },
    );
    expect(statuses(out, id!)).toEqual(want);
  });
});

// ---------------------------------------------------------------------------------------------
// Threshold edges through the members sheet: exact rates (9 of 10 meets 90%, 35 of 39 does not).

const FIELD: Record<string, keyof Tt24MemberSpec> = { "2.1": "discipline", "2.2": "training", "2.3": "digital", "3.1": "cdht" };

describe.each(["2.1", "2.2", "2.3", "3.1"])("indicator %s on the members sheet", (id) => {
  const lacking = (n: number) => (i: number) => (i < n ? { [FIELD[id]]: false } : {});
  test.each<[string, number, number, string[], string | null]>([
    ["20 of 20", 20, 0, ["met", "met"], null],
    ["19 of 20 is exactly 95%", 20, 1, ["met", "met"], null],
    ["18 of 20 is exactly 90%: Mức độ 1, one short of 95%", 20, 2, ["met", "not-met"], "90% < 95%, cần thêm 1 thành viên"],
    ["17 of 20 is one below 90%", 20, 3, ["not-met", "not-met"], "85% < 90%, cần thêm 1 thành viên"],
    ["35 of 39 is not 90%", 39, 4, ["not-met", "not-met"], "89,7% < 90%, cần thêm 1 thành viên"],
    ["9 of 10 meets 90%", 10, 1, ["met", "not-met"], "90% < 95%, cần thêm 1 thành viên"],
  ])("%s", (_name, n, lack, want, gap) => {
    const out = run(tt24Book({ n, member: lacking(lack) }), { today: TODAY_2026 });
    expect(statuses(out, id)).toEqual(want);
    const notMet = [at(out, id).levels!.M1, at(out, id).levels!.M2].find((l) => l.status === "not-met");
    if (gap) expect(notMet!.gap).toContain(`${id}: ${gap}`);
  });
});

test("2.5 counts Lao động tiên tiến or higher: HTTNV is not a title; 18 of 20 at Mức độ 1 only", () => {
  const titles = ["CSTĐCS", "Chiến sĩ thi đua cấp tỉnh", "HTTNV", "Hoàn thành nhiệm vụ"];
  const out = run(tt24Book({ member: (i) => ({ title: i < 4 ? titles[i] : "Lao động tiên tiến" }) }), { today: TODAY_2026 });
  expect(statuses(out, "2.5")).toEqual(["met", "not-met"]);
  expect(at(out, "2.5").levels!.M2.gap).toBe('2.5: 90% < 95%, cần thêm 1 thành viên đạt danh hiệu "Lao động tiên tiến" trở lên');
});

test("an excluded member (with a reason) leaves every rate: 18 of 20 counted is 90%", () => {
  const out = run(tt24Book({ n: 21, member: (i) => (i === 0 ? { excluded: "Nghỉ ốm dài hạn từ 02/3/2026" } : i < 3 ? { digital: false } : {}) }), {
    today: TODAY_2026,
  });
  expect(out.summary.members).toEqual({ total: 21, counted: 20, excluded: 1 });
  expect(statuses(out, "2.3")).toEqual(["met", "not-met"]);
});

describe("2.4: a certificate at Mức độ 1 (50%), a language level at Mức độ 2 (70%)", () => {
  const LEVEL_HEADER = [...TT24_MEMBER_HEADER, "Trình độ ngoại ngữ / tiếng DTTS đáp ứng yêu cầu"];
  /** `cert` members with a certificate; `level` more whose level meets the job without one. */
  const book24 = (cert: number, level: number | null) => {
    const rows = Array.from({ length: 20 }, (_, i) => {
      const r = tt24Member(`Người ${i + 1}`, { certificate: i < cert });
      return level === null ? r : [...r, i >= cert && i < cert + level ? "x" : null];
    });
    const g = tt24Book();
    g.sheets[1] = members(rows, { header: level === null ? TT24_MEMBER_HEADER : LEVEL_HEADER });
    return g;
  };
  test.each<[string, number, number | null, string[], string | null]>([
    [
      "10 of 20 certificates is exactly 50%; without a level column the certificate stands for it",
      10,
      null,
      ["met", "not-met"],
      "50% < 70%, cần thêm 4 thành viên có trình độ ngoại ngữ đáp ứng",
    ],
    ["9 of 20 certificates is below 50%", 9, null, ["not-met", "not-met"], null],
    ["14 of 20 certificates: 70% at both levels", 14, null, ["met", "met"], null],
    ["10 certificates and 4 more whose level meets the job: 70% at Mức độ 2", 10, 4, ["met", "met"], null],
    ["10 certificates and 3 more: 65% < 70%, one short", 10, 3, ["met", "not-met"], "65% < 70%, cần thêm 1 thành viên có trình độ ngoại ngữ đáp ứng"],
  ])("%s", (_name, cert, level, want, gap) => {
    const out = run(book24(cert, level), { today: TODAY_2026 });
    expect(statuses(out, "2.4")).toEqual(want);
    if (gap) expect(at(out, "2.4").levels!.M2.reason).toBe(gap);
  });
});

describe("3.1's learners (Điều 2: a THPT school has Người học; 95% at Mức độ 1, 97% at Mức độ 2)", () => {
  const thpt = (learners: number | null, cdht: number | null) =>
    run(
      tt24Book({
        ids: TT24_TINH_UNIT_IDS,
        na: ["3.5", "3.6"],
        info: [
          ["Loại hình đơn vị", "Trường THPT"],
          ["Số người học", learners],
          ["Số người học đạt CDHT", cdht],
        ],
      }),
      { today: TODAY_2026 },
    );
  test.each<[string, number | null, number | null, string[]]>([
    ["485 of 500 (97%): both levels", 500, 485, ["met", "met"]],
    ["475 of 500 (95%): Mức độ 1, ten short of 97%", 500, 475, ["met", "not-met"]],
    ["474 of 500: below 95%", 500, 474, ["not-met", "not-met"]],
    ["not entered: not met, and said", null, null, ["not-met", "not-met"]],
  ])("%s", (_name, learners, cdht, want) => {
    const out = thpt(learners, cdht);
    expect(out.summary.framework).toBe("TT24/2023-cap-tinh");
    expect(statuses(out, "3.1")).toEqual(want);
    if (learners === 500 && cdht === 475)
      expect(at(out, "3.1").levels!.M2.gap).toBe('3.1: người học 95% < 97%, cần thêm 10 người học đạt danh hiệu "Công dân học tập"');
    if (learners === null) expect(codes(out)).toContain("TT24_LEARNERS_MISSING");
  });
});

// ---------------------------------------------------------------------------------------------
// The level and its reasons, the proposal (first, upgrade, renewal, maintain), the 12-month rule.

describe("the level it may propose, and the proposal", () => {
  /** 18 of 20 with the CDHT title: Mức độ 1; all: Mức độ 2. */
  const runWith = (level: "M1" | "M2", rows: [string, CellValue][], year = 2026) =>
    run(tt24Book({ member: (i) => ({ cdht: level === "M2" || i >= 2 }), info: [["Năm đánh giá", year], ...rows] }), {
      today: TODAY_2026,
    });
  const current = (level: string, date: string): [string, CellValue][] => [
    ["Công nhận hiện có: mức độ", level],
    ["Công nhận hiện có: số quyết định", "215/QĐ-UBND"],
    ["Công nhận hiện có: ngày quyết định", date],
  ];
  test.each<[string, "M1" | "M2", [string, CellValue][], number, string, { level: string | null; kind: string | null }]>([
    ["no recognition, Mức độ 1 reached: first", "M1", [], 2026, "Mức độ 1", { level: "Mức độ 1", kind: "first" }],
    ["no recognition, Mức độ 2 reached: first at Mức độ 2", "M2", [], 2026, "Mức độ 2", { level: "Mức độ 2", kind: "first" }],
    [
      "Mức độ 1 of 10/02/2025, Mức độ 2 reached in 2025: the dossier of 15/01/2026 is too early for the upgrade",
      "M2",
      current("Mức độ 1", "10/02/2025"),
      2025,
      "Mức độ 1",
      { level: "Mức độ 1", kind: "maintain" },
    ],
    [
      "Mức độ 1 of 10/02/2025, Mức độ 2 reached in 2026: upgrade",
      "M2",
      current("Mức độ 1", "10/02/2025"),
      2026,
      "Mức độ 2",
      { level: "Mức độ 2", kind: "upgrade" },
    ],
    [
      "Mức độ 2 of 2022, lapsed after 2025: renewal at Mức độ 1",
      "M1",
      current("Mức độ 2", "14/02/2022"),
      2026,
      "Mức độ 1",
      { level: "Mức độ 1", kind: "renewal" },
    ],
    ["Mức độ 1 of 2024 still valid: maintain", "M1", current("Mức độ 1", "05/02/2024"), 2026, "Mức độ 1", { level: "Mức độ 1", kind: "maintain" }],
  ])("%s", (_name, reached, rows, year, rating, proposal) => {
    const out = runWith(reached, rows, year);
    expect(out.result!.tt24!.achieved).toBe(reached);
    expect(out.summary.rating).toBe(rating);
    expect(tt24Summary(out).proposal).toEqual(proposal);
  });
  test("the 12-month rule says when the upgrade becomes possible", () => {
    const out = runWith("M2", current("Mức độ 1", "10/02/2025"), 2025);
    expect(out.result!.tt24!.proposal!.lines.join(" ")).toContain("có thể đề nghị nâng mức độ 2 từ ngày 11/02/2026");
    expect(out.result!.tt24!.proposal!.current!.validUntil).toEqual({ y: 2028, m: 12, d: 31 });
  });
  test("Chưa đạt: the reasons and the gap to Mức độ 1 in the clerk's terms", () => {
    const out = run(tt24Book({ member: (i) => ({ certificate: i >= 11 }), entries: entriesWith("1.2", ["1.2", "", "Đạt", null, null]) }), {
      today: TODAY_2026,
    });
    expect(out.summary.rating).toBe("Chưa đạt");
    expect(tt24Summary(out).proposal).toEqual({ level: null, kind: null });
    expect(out.result!.tt24!.reasons).toEqual(["Chưa đạt Mức độ 1: 1/14 chỉ tiêu áp dụng của Điều 6 chưa đạt (2.4)."]);
    expect(out.result!.gap.blocking).toEqual([
      {
        id: "2.4",
        short: "Ngoại ngữ, tiếng dân tộc thiểu số",
        why: "45% < 50%, cần thêm 1 thành viên có chứng nhận hoặc chứng chỉ ngoại ngữ hoặc tiếng dân tộc thiểu số",
      },
    ]);
  });
});

test("a school year in Năm đánh giá is an error that asks for the calendar year, never its first year", () => {
  const out = run(tt24Book({ info: [["Năm đánh giá", "2025-2026"]] }), { today: TODAY_2026 });
  const e = out.issues.find((i) => i.code === "YEAR_IS_SCHOOL_YEAR")!;
  expect(e.severity).toBe("error");
  expect(e.message).toContain("2025–2026");
  expect(out.model.unit.year).toBeUndefined();
});

test("the Hà Nội preset in a TT 24 workbook is ignored with an information line", () => {
  const out = run(tt24Book({ info: [["Phương án địa phương", "Hà Nội"]] }), { today: TODAY_2026 });
  expect(out.issues.find((i) => i.code === "TT24_PRESET_IGNORED")!.severity).toBe("info");
  expect(out.summary.preset).toBe("toan-quoc");
  expect(out.summary.rating).toBe("Mức độ 2");
});

test("a TT 24 workbook needs no TT 22 column (no plan, no competences), a missing TT 24 column is named", () => {
  const ok = run(tt24Book(), { today: TODAY_2026 });
  expect(codes(ok)).not.toContain("MISSING_COLUMN");
  const g = tt24Book();
  const col = TT24_MEMBER_HEADER.indexOf("Bồi dưỡng chuyển đổi số");
  g.sheets[1].values = g.sheets[1].values.map((r) => r.filter((_, c) => c !== col));
  const out = run(g, { today: TODAY_2026 });
  expect(out.fatal).toBe(true);
  expect(out.issues.filter((i) => i.code === "MISSING_COLUMN").map((i) => i.message)).toEqual([
    'Trang Thành viên thiếu cột "Bồi dưỡng, tham gia chuyển đổi số".',
  ]);
});

test("a unit whose type cannot be decided cannot be evaluated: Kiểm tra only, the choices listed", () => {
  const out = run(tt24Book({ info: [["Loại hình đơn vị", "Cơ quan nhà nước"]] }), { today: TODAY_2026 });
  expect(out.fatal).toBe(true);
  expect(out.plan.sheets.map((s) => s.id)).toEqual(["kiem-tra", "registry"]);
  expect(out.issues.find((i) => i.code === "TT24_UNIT_TIER_NEEDED")!.fix).toBe('Ghi "Cấp đơn vị" trong trang Thông tin: cấp huyện; cấp tỉnh.');
});

// ---------------------------------------------------------------------------------------------
// The contract: --json and DVHT_KETQUA; the district still reads the blocks.

describe("the TT 24 summary: JSON and the DVHT_KETQUA block", () => {
  const out = run(tt24Book({ member: (i) => ({ cdht: i >= 2 }) }), { today: TODAY_2026 });
  const s = tt24Summary(out);
  test("JSON: framework, rating, items {id, applicable, rate, met per level}, proposal {level, kind}, issues", () => {
    expect(s.framework).toBe("TT24/2023-cap-huyen");
    expect(s.rating).toBe("Mức độ 1");
    expect(s.items.find((i) => i.id === "3.1")).toEqual({
      id: "3.1",
      applicable: true,
      rate: 0.9,
      met: { "Mức độ 1": true, "Mức độ 2": false },
      override: null,
    });
    expect(s.items.find((i) => i.id === "3.5")).toEqual({
      id: "3.5",
      applicable: false,
      rate: null,
      met: { "Mức độ 1": null, "Mức độ 2": null },
      override: null,
    });
    expect(s.items.find((i) => i.id === "1.1")).toEqual({
      id: "1.1",
      applicable: true,
      rate: null,
      met: { "Mức độ 1": true, "Mức độ 2": true },
      override: null,
    });
    expect(s.proposal).toEqual({ level: "Mức độ 1", kind: "first" });
    expect(s.unit).toEqual({ name: "TRƯỜNG TIỂU HỌC TÂN PHÚ", parentBody: "UBND XÃ TÂN PHÚ", code: "THTP", tier: "cap-huyen", type: "Trường tiểu học" });
    expect(Object.keys(s)).not.toContain("total");
    expect(JSON.stringify(s)).not.toMatch(/provisional|điểm/);
  });
  test("the block carries the same, the unit's tier and type, under its hash", () => {
    const ketQua = out.plan.sheets.find((p) => p.id === "ket-qua")!;
    const rows = Object.fromEntries(
      ketQua.values
        .slice(1)
        .filter((r) => r[0])
        .map((r) => [r[0], r[1]]),
    );
    expect(rows).toMatchObject({
      framework: "TT24/2023-cap-huyen",
      "unit.tier": "cap-huyen",
      "unit.type": "Trường tiểu học",
      "item.3.1.applicable": true,
      "item.3.1.rate": 0.9,
      "item.3.1.met.M1": true,
      "item.3.1.met.M2": false,
      "item.3.5.met.M1": null,
      rating: "Mức độ 1",
      "proposal.level": "Mức độ 1",
      "proposal.kind": "first",
      contentHash: s.contentHash,
    });
  });
  test("tong-hop reads TT 24 blocks: each indicator at the level the unit proposes, the levels counted", () => {
    const school = (name: string, lack: number) =>
      applyValues(
        tt24Book({ info: [["Tên đơn vị", name]], member: (i) => ({ cdht: i >= lack }) }),
        run(tt24Book({ info: [["Tên đơn vị", name]], member: (i) => ({ cdht: i >= lack }) }), { today: TODAY_2026 }).plan,
      );
    const c = consolidate(
      [
        { source: "a.xlsx", grids: school("Trường A", 0) },
        { source: "b.xlsx", grids: school("Trường B", 2) },
        { source: "c.xlsx", grids: school("Trường C", 3) },
      ],
      { today: TODAY_2026 },
    );
    expect(c.issues.filter((i) => i.severity === "error")).toEqual([]);
    expect(c.rows.map((x) => [x.name, x.kept!.rating, x.kept!.hashOk])).toEqual([
      ["Trường A", "Mức độ 2", true],
      ["Trường B", "Mức độ 1", true],
      ["Trường C", "Chưa đạt", true],
    ]);
    expect(c.counts.columns).toEqual(["Mức độ 2", "Mức độ 1", "Chưa đạt"]);
    expect(c.counts.totals.levels).toEqual([1, 1, 1]);
    // Each indicator in "Kết quả chỉ tiêu": met at Mức độ 2, at Mức độ 1 only, not met, or not applicable.
    const table = c.plan.sheets.find((s) => s.id === "ket-qua-chi-tieu")!;
    const head = table.values.findIndex((r) => r[0] === "TT");
    expect(table.values[head].slice(3)).toEqual(["1.1", "1.2", "1.3", "1.4", "1.5", "2.1", "2.2", "2.3", "2.4", "2.5", "3.1", "3.2", "3.3", "3.4", "3.5"]);
    const rowOf = (unit: string) => table.values.find((r) => r[1] === unit)!;
    const col = (id: string) => table.values[head].indexOf(id);
    expect([rowOf("Trường B")[col("3.1")], rowOf("Trường C")[col("3.1")], rowOf("Trường A")[col("3.5")]]).toEqual(["M1", "Chưa", "KAD"]);
  });
});

describe('Thông tư 22\'s lowest band is "Chưa đạt"', () => {
  test("a TT 22 workbook under 50 points is rated Chưa đạt, never Không đạt", () => {
    const poor = Array.from({ length: 4 }, (_, i) => [`Người ${i}`, "Tổ 1", null, "x", null, "HTTNV", null]);
    const out = run(book(info(), members(poor), unitItems([["1a", "", 10, 5, "H1-1.1-01", null]]), evidence(FULL_EVIDENCE)), { today: TODAY });
    expect(out.summary.rating).toBe("Chưa đạt");
    expect(JSON.stringify(out.plan)).not.toContain("Không đạt");
  });
  test('an old block rated "Không đạt" is counted as Chưa đạt by the district', () => {
    const g = cleanBook(4);
    const done = applyValues(g, run(g, { today: TODAY }).plan);
    const sheet = done.sheets.find((x) => x.name === "Kết quả")!;
    const r = sheet.values.findIndex((x) => x[0] === "rating");
    sheet.values[r][1] = "Không đạt";
    // The old block's own hash, as the old version wrote it.
    const h = sheet.values.findIndex((x) => x[0] === "contentHash");
    sheet.values[h][1] = hashBlock(sheet.values.slice(1, h).map((x) => [String(x[0]), x[1] as never]));
    const other = applyValues(cleanBook(6), run(cleanBook(6), { today: TODAY }).plan);
    other.sheets[0].values = other.sheets[0].values.map((x) => (x[0] === "Tên đơn vị" ? ["Tên đơn vị", "TRƯỜNG KHÁC"] : x));
    const rerun = applyValues(other, run(other, { today: TODAY }).plan);
    const c = consolidate(
      [
        { source: "cu.xlsx", grids: done },
        { source: "moi.xlsx", grids: rerun },
      ],
      { today: TODAY },
    );
    expect(c.rows.find((x) => x.kept?.source === "cu.xlsx")!.kept).toMatchObject({ rating: "Chưa đạt", hashOk: true });
  });
});

test("okMember stays a TT 22 member (the TT 24 helpers do not leak into TT 22 workbooks)", () => {
  expect(okMember("A")).toHaveLength(7);
});
