/**
 * Re-runs keep the clerk's edits in "Kế hoạch – tiến độ" (and only those), and the TT 24 documents
 * show met / not met instead of points.
 */
import { buildDossier } from "../../../src/core/documents/dossier";
import { buildBanTongHop } from "../../../src/core/documents/ban-tong-hop";
import { buildKeHoach, defaultSteps, STATUS } from "../../../src/core/documents/dossier/ke-hoach";
import { ymdToSerial } from "../../../src/core/text/dates";
import { contextFrom, fixtureContext, fixtureGrids } from "./fixture";
import { asGrid, rowOf, text } from "./helpers";

describe("Kế hoạch – tiến độ keeps the clerk's edits across re-runs", () => {
  const built = buildKeHoach(fixtureContext());
  const first = built.sheet;
  const head = rowOf(first, "Nội dung công việc");
  const stepRow = (seq: number) => head + seq;

  const rerun = (edit: (g: ReturnType<typeof asGrid>) => void, today?: number, withRecord = true) => {
    const prev = asGrid(first, "Kế hoạch - tiến độ");
    edit(prev);
    const extra = withRecord ? [prev, asGrid(built.auto)] : [prev];
    const owned: Record<string, string> = { "ke-hoach-tien-do": "Kế hoạch - tiến độ" };
    if (withRecord) owned["ke-hoach-tien-do-auto"] = built.auto.name;
    const ctx = fixtureContext({ extraSheets: extra, owned });
    if (today !== undefined) ctx.today = today;
    return buildKeHoach(ctx);
  };

  test("no edits → the same sheet, no info issue", () => {
    const again = rerun(() => {});
    expect(again.sheet.values).toEqual(first.values);
    expect(again.issues).toEqual([]);
  });

  test("an edited date (typed as text) and an edited status are kept; the rest is recomputed", () => {
    const again = rerun((g) => {
      g.values[stepRow(8)][2] = "20/11/2023";
      g.values[stepRow(8)][3] = ymdToSerial({ y: 2023, m: 11, d: 21 });
      g.values[stepRow(7)][5] = STATUS.done;
      g.values[stepRow(2)][6] = "QĐ 02 đã ký";
    });
    const v = again.sheet.values;
    expect(v[stepRow(8)].slice(2, 4)).toEqual([ymdToSerial({ y: 2023, m: 11, d: 20 }), ymdToSerial({ y: 2023, m: 11, d: 21 })]);
    expect(v[stepRow(7)][5]).toBe(STATUS.done);
    expect(v[stepRow(2)][6]).toBe("QĐ 02 đã ký");
    // Step 8's new dates make its automatic status "Đang thực hiện" on 20/11/2023.
    expect(v[stepRow(8)][5]).toBe(STATUS.doing);
    // Untouched rows are exactly as generated.
    expect(v[stepRow(1)]).toEqual(first.values[stepRow(1)]);
    // The recorded automatic values stay the product's, so a later run still sees the edit as an edit.
    expect(again.auto.values).toEqual(built.auto.values);
    expect(again.issues.map((i) => [i.code, i.message])).toEqual([["PLAN_EDIT_KEPT", expect.stringContaining("Giữ 4 ô")]]);
  });

  test("an automatic value is not mistaken for an edit when the day changes", () => {
    // Run again a week before the meeting: step 6 is no longer proven, its status follows the date.
    const early = ymdToSerial({ y: 2023, m: 11, d: 2 });
    const again = rerun(() => {}, early);
    expect(first.values[stepRow(6)][5]).toBe(STATUS.done);
    expect(again.sheet.values[stepRow(6)][5]).toBe(STATUS.notYet);
    expect(again.issues).toEqual([]);
  });

  test("without the hidden record, edits are still kept (never lost)", () => {
    const again = rerun(
      (g) => {
        g.values[stepRow(7)][5] = STATUS.done;
      },
      undefined,
      false,
    );
    expect(again.sheet.values[stepRow(7)][5]).toBe(STATUS.done);
    expect(again.sheet.values[stepRow(1)]).toEqual(first.values[stepRow(1)]);
  });

  test("a cleared cell is recomputed", () => {
    const again = rerun((g) => {
      g.values[stepRow(3)][5] = null;
      g.values[stepRow(3)][2] = null;
    });
    expect(again.sheet.values[stepRow(3)]).toEqual(first.values[stepRow(3)]);
  });

  test("dates follow the assessment year; without a meeting date the council is on 09/11", () => {
    const steps = defaultSteps(fixtureContext({ year: 2022, noMeeting: true }));
    expect(steps[0].from).toBe(ymdToSerial({ y: 2022, m: 4, d: 3 }));
    expect(steps[5].from).toBe(ymdToSerial({ y: 2022, m: 11, d: 9 }));
  });
});

describe("TT 24/2023: met / not met documents (a unit that reaches no level)", () => {
  const ctx = fixtureContext({ tt24: true, year: 2024 });
  const out = buildDossier(ctx);
  const get = (id: string) => out.sheets.find((s) => s.id === id)!;
  test("the TT 24 set: quyết định, báo cáo, biên bản, tờ trình, danh mục, tổng hợp theo tổ, tiến độ (the bản tổng hợp is the run's one table)", () => {
    expect(out.sheets.map((s) => s.id)).toEqual([
      "qd-to-danh-gia",
      "bao-cao",
      "bien-ban",
      "to-trinh",
      "danh-muc-minh-chung",
      "tong-hop-to",
      "ke-hoach-tien-do",
      "ke-hoach-tien-do-auto",
      "thong-bao",
    ]);
  });
  test("no points anywhere, no provisional mark; each indicator at Mức độ 1 and Mức độ 2", () => {
    for (const s of out.sheets) expect(text(s)).not.toMatch(/\d+\/\d+ điểm|tạm thời/i);
    const bc = text(get("bao-cao"));
    expect(bc).toContain("Chỉ tiêu 3.4:");
    expect(bc).toContain("- Tự đánh giá: Mức độ 1: Không đạt (Tổ đánh giá đánh giá Không đạt); Mức độ 2: Không đạt (Tổ đánh giá đánh giá Không đạt).");
    expect(bc).toContain("- Tự đánh giá: Mức độ 1: Không đạt – chưa có minh chứng (giải trình không thay cho minh chứng);");
    expect(bc).toContain("- Không áp dụng: chỉ áp dụng cho cơ sở giáo dục nghề nghiệp.");
    expect(bc).toContain("(số liệu tính từ ngày 01/01/2024 đến ngày 31/12/2024)");
    const th = buildBanTongHop(ctx, "Bản tổng hợp");
    expect(text(th)).toContain("BẢN TỔNG HỢP");
    const row = th.values.find((r) => r[0] === "3.4")!;
    expect([row[3], row[4]]).toEqual(["Không đạt", "Không đạt"]);
    expect(th.values.find((r) => r[0] === "2.1")!.slice(3, 5)).toEqual(["Đạt\n(≥ 90%)", "Đạt\n(≥ 95%)"]);
    expect(th.values.find((r) => r[0] === "3.5")!.slice(2, 5)).toEqual([
      "Không áp dụng: chỉ áp dụng cho cơ sở giáo dục nghề nghiệp",
      "Không áp dụng",
      "Không áp dụng",
    ]);
  });
  test("no tờ trình: the reason and what is missing in its place, and an issue", () => {
    const t = text(get("to-trinh"));
    expect(t).toContain("KHÔNG LẬP TỜ TRÌNH ĐỀ NGHỊ CÔNG NHẬN NĂM 2024");
    expect(t).toContain("Lý do: đơn vị chưa đạt Mức độ 1; còn thiếu: 1.4: chưa có minh chứng");
    expect(t).not.toContain("Kính gửi");
    expect(out.issues.map((i) => i.code)).toContain("TT24_NO_REQUEST");
  });
  test("the TT 24 timeline: no dossier this year, the legal dates kept", () => {
    const s = get("ke-hoach-tien-do");
    const r = rowOf(s, "Không trình hồ sơ");
    expect(String(s.values[r][1])).toBe("Không trình hồ sơ đề nghị công nhận năm nay: đơn vị chưa đạt Mức độ 1");
    expect(s.values[r][3]).toBe(ymdToSerial({ y: 2025, m: 1, d: 14 }));
    expect(s.values[r][5]).toBe(STATUS.notThisYear);
  });
});

describe("a sparse workbook still gives printable documents (nothing invented)", () => {
  const grids = fixtureGrids({ noContent: true, noMeeting: true });
  // No "Thông tin" and no evidence sheet at all.
  grids.sheets = grids.sheets.filter((g) => g.name !== "Thông tin" && g.name !== "Minh chứng");
  const ctx = contextFrom(grids, { year: 2023 });
  const out = buildDossier(ctx);
  test("all documents, no patches, dots where facts are missing", () => {
    expect(out.sheets.map((s) => s.id)).toEqual([
      "bao-cao",
      "bien-ban",
      "danh-muc-minh-chung",
      "tong-hop-to",
      "ke-hoach-tien-do",
      "ke-hoach-tien-do-auto",
      "thong-bao",
    ]);
    expect(out.patches).toEqual([]);
    const bc = text(out.sheets[0]);
    expect(bc).toContain("Số: ……/BC-…");
    expect(bc).toContain("Đơn vị báo cáo kết quả tự đánh giá");
    expect(bc).toContain("Kính gửi: Phòng Giáo dục và Đào tạo ……\n");
    expect(bc).toContain("- Phòng Giáo dục và Đào tạo …… (để báo cáo);");
    const dm = text(out.sheets[2]);
    expect(dm).toContain("1a. Kế hoạch học tập thường xuyên: CHƯA CÓ MINH CHỨNG");
    expect(dm).toContain("Tổng số: 0 minh chứng cho 0/10 tiêu chí.");
  });
  test("issues say what is missing", () => {
    const codes = out.issues.map((i) => i.code);
    expect(codes).toContain("DOSSIER_NO_CONTENT_SHEET");
    expect(codes).toContain("MEETING_INFO_MISSING");
    expect(codes).not.toContain("DOSSIER_DEFAULT_TEXT");
    expect(codes).toContain("RECIPIENT_MISSING");
  });
});

describe("recipient and deadline are settings (rules.md §5)", () => {
  test("Hạn nộp hồ sơ in Thông tin dates the last step", () => {
    const grids = fixtureGrids();
    grids.sheets[0].values.push(["Hạn nộp hồ sơ", "30/11/2023"]);
    const steps = defaultSteps(contextFrom(grids));
    expect(steps[7].to).toBe(ymdToSerial({ y: 2023, m: 11, d: 30 }));
    expect(steps[7].task).toContain("hạn nộp: 30/11/2023");
  });
  test("TT 24 without a recipient: the settings' office with dots, never an invented district", () => {
    const grids = fixtureGrids({ tt24: true, year: 2025 });
    grids.sheets[0].values = grids.sheets[0].values.filter((r) => r[0] !== "Cơ quan nhận hồ sơ");
    const out = buildDossier(contextFrom(grids, { tt24: true, year: 2025 }));
    const bc = text(out.sheets.find((s) => s.id === "bao-cao")!);
    expect(bc).toContain("Kính gửi: Ủy ban nhân dân xã/phường … (qua Phòng Văn hóa – Xã hội).\n");
    expect(out.issues.find((i) => i.code === "RECIPIENT_MISSING")?.message).toContain("Ủy ban nhân dân xã/phường …");
  });
});

test("Hà Nội preset: the report states the 70% requirement of 2d (KH 103/KH-UBND)", () => {
  const grids = fixtureGrids();
  grids.sheets[0].values.push(["Phương án địa phương", "Hà Nội"]);
  const ctx = contextFrom(grids);
  expect(ctx.result.items.find((i) => i.id === "2d")!.target).toBe(0.7);
  const bc = text(buildDossier(ctx).sheets[0]);
  expect(bc).toContain("- Kết quả: 9/12 thành viên (75%) đạt danh hiệu Lao động tiên tiến trở lên; yêu cầu 70%.");
  expect(bc).toContain("- Tự đánh giá: 5/5 điểm.");
});
