/**
 * First recognition, upgrade, renewal or maintenance; the 36-month validity and the 12-month
 * upgrade wait (Điều 5 / 11; rules.md §3; docs/tt24-recognition.md).
 */
import { proposeTt24Recognition, recognitionValidUntil, upgradePossibleFrom, type ProposalInput } from "../../../src/core/evaluate/tt24/recognition";
import { ymdToSerial } from "../../../src/core/text/dates";
import { addMonths } from "../../../src/core/text/calendar";
import type { Tt24LevelId } from "../../../src/core/rules/schema";

const d = (day: number, m: number, y: number) => ({ y, m, d: day });

describe("validity: 03 năm (36 tháng) tiếp theo năm được công nhận", () => {
  test.each([
    ["recognised in 2024 → through 31/12/2027", d(10, 2, 2024), d(31, 12, 2027)],
    ["recognised on 01/01/2025 → through 31/12/2028", d(1, 1, 2025), d(31, 12, 2028)],
    ["recognised on 31/12/2025 → through 31/12/2028", d(31, 12, 2025), d(31, 12, 2028)],
  ])("%s", (_n, decided, until) => {
    expect(recognitionValidUntil(decided)).toEqual(until);
    expect(recognitionValidUntil(ymdToSerial(decided))).toEqual(until);
  });
});

describe("the 12-month wait before an upgrade (counted as Bộ luật Dân sự Điều 147–148)", () => {
  test.each([
    ["10/02/2025 → from 11/02/2026", d(10, 2, 2025), d(11, 2, 2026)],
    ["29/02/2024 → 12 months end 28/02/2025 → from 01/03/2025", d(29, 2, 2024), d(1, 3, 2025)],
    ["31/12/2024 → from 01/01/2026", d(31, 12, 2024), d(1, 1, 2026)],
  ])("%s", (_n, decided, from) => expect(upgradePossibleFrom(decided)).toEqual(from));
  test("month arithmetic clamps to the month's last day", () => {
    expect(addMonths(d(31, 1, 2025), 1)).toEqual(d(28, 2, 2025));
    expect(addMonths(d(31, 8, 2025), -2)).toEqual(d(30, 6, 2025));
  });
});

type Case = [
  name: string,
  input: ProposalInput,
  want: {
    level: Tt24LevelId | null;
    kind: string | null;
    dossier: boolean;
    valid?: boolean;
    upgradeFrom?: { y: number; m: number; d: number } | null;
    last: string;
  },
];
const cur = (level: Tt24LevelId, decided: { y: number; m: number; d: number } | number, decisionNumber = "125/QĐ-UBND") => ({
  level,
  decisionDate: decided,
  decisionNumber,
});

describe("every recognition case", () => {
  test.each<Case>([
    // No current recognition
    [
      "first, Mức độ 1",
      { assessmentYear: 2025, achieved: "M1", current: null },
      { level: "M1", kind: "first", dossier: true, last: 'Đề nghị công nhận "Đơn vị học tập" Mức độ 1 (lần đầu).' },
    ],
    [
      "first, straight to Mức độ 2 (Điều 10.1.c)",
      { assessmentYear: 2025, achieved: "M2", current: null },
      { level: "M2", kind: "first", dossier: true, last: 'Đề nghị công nhận "Đơn vị học tập" Mức độ 2 (lần đầu).' },
    ],
    [
      "nothing reached, nothing held",
      { assessmentYear: 2025, achieved: null, current: null },
      { level: null, kind: null, dossier: false, last: "Chưa đủ điều kiện đề nghị công nhận." },
    ],
    // Current Mức độ 1, still valid
    [
      "Mức độ 1 held and reached again: maintained, no dossier",
      { assessmentYear: 2025, achieved: "M1", current: cur("M1", d(10, 2, 2025)) },
      { level: "M1", kind: "maintain", dossier: false, valid: true, last: "Năm nay không cần đề nghị công nhận lại: Mức độ 1 vẫn được bảo lưu." },
    ],
    [
      "Mức độ 1 held, this year Chưa đạt: still retained",
      { assessmentYear: 2025, achieved: null, current: cur("M1", d(10, 2, 2025)) },
      { level: "M1", kind: "maintain", dossier: false, valid: true, last: "Năm nay không cần đề nghị công nhận lại: Mức độ 1 vẫn được bảo lưu." },
    ],
    [
      "Mức độ 2 reached 11 months after the Mức độ 1 decision: no upgrade yet, and when it becomes possible",
      { assessmentYear: 2025, achieved: "M2", current: cur("M1", d(10, 2, 2025)) },
      {
        level: "M1",
        kind: "maintain",
        dossier: false,
        valid: true,
        upgradeFrom: d(11, 2, 2026),
        last: "Chưa đủ 12 tháng kể từ ngày ra quyết định công nhận Mức độ 1 (10/02/2025): chưa đề nghị nâng lên Mức độ 2; giữ Mức độ 1, có thể đề nghị nâng mức độ 2 từ ngày 11/02/2026.",
      },
    ],
    [
      "Mức độ 2 reached on the last day of the 12 months: still too early",
      { assessmentYear: 2025, achieved: "M2", current: cur("M1", d(15, 1, 2025)), dossierDate: d(15, 1, 2026) },
      { level: "M1", kind: "maintain", dossier: false, upgradeFrom: d(16, 1, 2026), last: expect.stringContaining("từ ngày 16/01/2026") as unknown as string },
    ],
    [
      "Mức độ 2 reached the day after the 12 months: upgrade",
      { assessmentYear: 2025, achieved: "M2", current: cur("M1", d(14, 1, 2025)), dossierDate: d(15, 1, 2026) },
      { level: "M2", kind: "upgrade", dossier: true, valid: true, last: "Đề nghị công nhận nâng mức độ: từ Mức độ 1 lên Mức độ 2." },
    ],
    [
      "Mức độ 2 reached two years after Mức độ 1: upgrade",
      { assessmentYear: 2026, achieved: "M2", current: cur("M1", d(10, 2, 2025)) },
      { level: "M2", kind: "upgrade", dossier: true, valid: true, last: "Đề nghị công nhận nâng mức độ: từ Mức độ 1 lên Mức độ 2." },
    ],
    // Current Mức độ 2, still valid
    [
      "Mức độ 2 held and reached: maintained",
      { assessmentYear: 2026, achieved: "M2", current: cur("M2", d(10, 2, 2025)) },
      { level: "M2", kind: "maintain", dossier: false, valid: true, last: "Năm nay không cần đề nghị công nhận lại: Mức độ 2 vẫn được bảo lưu." },
    ],
    [
      "Mức độ 2 held, only Mức độ 1 reached: Mức độ 2 retained",
      { assessmentYear: 2026, achieved: "M1", current: cur("M2", d(10, 2, 2025)) },
      { level: "M2", kind: "maintain", dossier: false, valid: true, last: "Năm nay không cần đề nghị công nhận lại: Mức độ 2 vẫn được bảo lưu." },
    ],
    // Validity edges: recognised in 2024 → valid through 31/12/2027
    [
      "assessment 2026, dossier 15/01/2027: a 2024 recognition still holds",
      { assessmentYear: 2026, achieved: "M1", current: cur("M1", d(10, 2, 2024)) },
      { level: "M1", kind: "maintain", dossier: false, valid: true, last: expect.stringContaining("bảo lưu") as unknown as string },
    ],
    [
      "dossier on 31/12/2027, the last day: still valid",
      { assessmentYear: 2027, achieved: "M1", current: cur("M1", d(10, 2, 2024)), dossierDate: d(31, 12, 2027) },
      { level: "M1", kind: "maintain", dossier: false, valid: true, last: expect.stringContaining("bảo lưu") as unknown as string },
    ],
    // Lapsed
    [
      "assessment 2027, dossier 15/01/2028: lapsed, renewal at the same level",
      { assessmentYear: 2027, achieved: "M1", current: cur("M1", d(10, 2, 2024)) },
      { level: "M1", kind: "renewal", dossier: true, valid: false, last: 'Đề nghị công nhận lại "Đơn vị học tập" Mức độ 1.' },
    ],
    [
      "lapsed Mức độ 2, Mức độ 1 reached: renewal at Mức độ 1, said lower",
      { assessmentYear: 2027, achieved: "M1", current: cur("M2", d(10, 2, 2024)) },
      {
        level: "M1",
        kind: "renewal",
        dossier: true,
        valid: false,
        last: 'Đề nghị công nhận lại "Đơn vị học tập" Mức độ 1 (thấp hơn Mức độ 2 đã được công nhận).',
      },
    ],
    [
      "lapsed Mức độ 1, Mức độ 2 reached: upgrade",
      { assessmentYear: 2027, achieved: "M2", current: cur("M1", d(10, 2, 2024)) },
      { level: "M2", kind: "upgrade", dossier: true, valid: false, last: "Đề nghị công nhận nâng mức độ: từ Mức độ 1 lên Mức độ 2." },
    ],
    [
      "lapsed, nothing reached",
      { assessmentYear: 2027, achieved: null, current: cur("M2", d(10, 2, 2024)) },
      { level: null, kind: null, dossier: false, valid: false, last: "Chưa đủ điều kiện đề nghị công nhận lại." },
    ],
  ])("%s", (_name, input, want) => {
    const p = proposeTt24Recognition(input);
    expect(p.ok).toBe(true);
    if (!p.ok) return;
    expect({ level: p.level, kind: p.kind, dossier: p.dossier }).toEqual({ level: want.level, kind: want.kind, dossier: want.dossier });
    if (want.valid !== undefined) expect(p.current!.validOnDossierDate).toBe(want.valid);
    if (want.upgradeFrom !== undefined) expect(p.upgradePossibleFrom).toEqual(want.upgradeFrom);
    expect(p.lines[p.lines.length - 1]).toEqual(want.last);
  });

  test("the lines name the decision and its validity", () => {
    const p = proposeTt24Recognition({ assessmentYear: 2025, achieved: "M1", current: cur("M1", ymdToSerial(d(10, 2, 2025))) });
    expect(p).toMatchObject({
      ok: true,
      dossierDate: d(15, 1, 2026),
      dossierDateFrom: "default",
      current: { level: "M1", decisionNumber: "125/QĐ-UBND", decisionDate: d(10, 2, 2025), validUntil: d(31, 12, 2028), upgradeFrom: d(11, 2, 2026) },
      lines: [
        "Công nhận hiện có: Mức độ 1 (Quyết định số 125/QĐ-UBND ngày 10/02/2025), được bảo lưu đến hết ngày 31/12/2028 (03 năm tiếp theo năm được công nhận).",
        "Kết quả tự đánh giá: đạt Mức độ 1.",
        "Năm nay không cần đề nghị công nhận lại: Mức độ 1 vẫn được bảo lưu.",
      ],
    });
  });

  test("the dossier date defaults to 15/01 of the next year; the clerk's date wins", () => {
    expect(proposeTt24Recognition({ assessmentYear: 2026, achieved: "M1", current: null })).toMatchObject({
      dossierDate: d(15, 1, 2027),
      dossierDateFrom: "default",
    });
    expect(proposeTt24Recognition({ assessmentYear: 2026, achieved: "M1", current: null, dossierDate: ymdToSerial(d(8, 1, 2027)) })).toMatchObject({
      dossierDate: d(8, 1, 2027),
      dossierDateFrom: "clerk",
      warnings: [],
    });
  });

  test("a dossier dated within the assessment year is a warning", () =>
    expect(proposeTt24Recognition({ assessmentYear: 2026, achieved: "M1", current: null, dossierDate: d(20, 12, 2026) })).toMatchObject({
      ok: true,
      warnings: [{ code: "TT24_DOSSIER_BEFORE_YEAR_END", params: { dossierDate: "20/12/2026", dataTo: "31/12/2026" } }],
    }));

  test.each([
    [
      "a current recognition without its date",
      { assessmentYear: 2025, achieved: "M2", current: { level: "M1", decisionDate: null } },
      "TT24_RECOGNITION_DATE_MISSING",
    ],
    ["a decision after the dossier date", { assessmentYear: 2025, achieved: "M2", current: cur("M1", d(1, 3, 2026)) }, "TT24_RECOGNITION_AFTER_DOSSIER"],
  ] as [string, ProposalInput, string][])("%s is an error, not a guess", (_n, input, code) =>
    expect(proposeTt24Recognition(input)).toMatchObject({ ok: false, code }),
  );
});
