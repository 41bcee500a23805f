/**
 * The Thông tư 24 dossier, through run() on small TT 24 workbooks (test/core/helpers): the documents it
 * holds, the tờ trình by the kind of proposal (first, upgrade, renewal) and the notice in its place when
 * nothing is requested, the addressee from the settings, the Tổ đánh giá from its table, the timeline on
 * the legal dates, and the words: indicators met or not met, never points, no TT 22 wording, no internal
 * id. The documents' print setup and date lines (Nghị định 30) for both frameworks are checked at the end.
 */
import { run, type CellValue, type SheetGrid, type SheetPlan, type WorkbookGrids } from "../../../src/core";
import { STATUS } from "../../../src/core/documents/dossier/ke-hoach";
import { PAGE_NUMBER, VI_DECIMAL_2 } from "../../../src/core/documents/builder";
import { readWorkbook } from "../../../src/core/read";
import { ymdToSerial } from "../../../src/core/text/dates";
import { TODAY_2026, tt24Book } from "../helpers";
import { fixtureGrids } from "./fixture";
import { rowOf, text } from "./helpers";

type Rows = [string, CellValue][];

/** The Tổ đánh giá's table as the template writes it. */
function panel(rows: [string, string, string][], name = "Tổ đánh giá"): SheetGrid {
  return {
    name,
    values: [
      ['TỔ ĐÁNH GIÁ "ĐƠN VỊ HỌC TẬP"'],
      ["ghi chú"],
      ["STT", "Họ và tên", "Chức vụ", "Nhiệm vụ trong Tổ đánh giá"],
      ...rows.map((r, i) => [i + 1, ...r]),
    ],
  };
}

const PANEL: [string, string, string][] = [
  ["Trần Văn Định", "Hiệu trưởng", "Tổ trưởng"],
  ["Lê Thị Thanh Tuyền", "Văn thư", "Thư ký"],
  ["Nguyễn Thị Mỹ Hạnh", "Phó Hiệu trưởng", "Phó Tổ trưởng"],
  ["Phạm Văn Đức", "Tổ trưởng Tổ 4-5", "Thành viên"],
];

const BASE: Rows = [
  ["Hiệu trưởng", "Trần Văn Định"],
  ["Thư ký", "Lê Thị Thanh Tuyền"],
  ["Địa danh", "Tân Phú"],
  ["Ngày họp hội đồng", "11/12/2026"],
  ["Giờ họp", "14 giờ 00"],
  ["Giờ kết thúc", "16 giờ 00"],
  ["Địa điểm họp", "Phòng họp"],
  ["Kết quả biểu quyết", "04/04 thành viên tán thành"],
  ["Số quyết định thành lập Tổ đánh giá", "112/QĐ-THTP"],
  ["Ngày quyết định thành lập Tổ đánh giá", "02/11/2026"],
];

/** A TT 24 workbook reaching `level` (M2: everything met; M1: 3.1 at 90%; none: 2.4 at 40%), with the Tổ's table. */
function workbook(level: "M1" | "M2" | null, info: Rows = [], withPanel = true): WorkbookGrids {
  const g = tt24Book({
    info: [...BASE, ...info],
    member: (i) => ({ cdht: level === "M2" || i >= 2, certificate: level !== null || i >= 12 }),
  });
  if (withPanel) g.sheets.push(panel(PANEL));
  return g;
}

const dossier = (g: WorkbookGrids, today = TODAY_2026) => run(g, { today, dossier: true });
const sheet = (out: ReturnType<typeof run>, id: string): SheetPlan => out.plan.sheets.find((s) => s.id === id)!;
const current = (level: string, date: string): Rows => [
  ["Công nhận hiện có: mức độ", level],
  ["Công nhận hiện có: số quyết định", "215/QĐ-UBND"],
  ["Công nhận hiện có: ngày quyết định", date],
];

describe("the TT 24 dossier's documents", () => {
  const out = dossier(workbook("M1"));
  test("the decision setting up the Tổ đánh giá, the report, the minutes, the tờ trình, the evidence list, the tổ summary, the timeline; the Bản tổng hợp is the main sheet", () => {
    expect(out.fatal).toBe(false);
    expect(out.plan.sheets.map((s) => s.id)).toEqual([
      "kiem-tra",
      "tong-hop-tt24",
      "ket-qua",
      "qd-to-danh-gia",
      "bao-cao",
      "bien-ban",
      "to-trinh",
      "danh-muc-minh-chung",
      "tong-hop-to",
      "ke-hoach-tien-do",
      "ke-hoach-tien-do-auto",
      "thong-bao",
      "registry",
    ]);
    expect(out.names["qd-to-danh-gia"]).toBe("QĐ Tổ đánh giá");
  });

  const printed = () => out.plan.sheets.filter((s) => s.print && s.visibility !== "veryHidden" && s.id !== "kiem-tra");
  test("indicators met or not met, never points; no TT 22 wording; no internal id; no provisional mark", () => {
    for (const s of printed()) {
      const t = text(s);
      expect([s.id, t.match(/(?<!(?:địa|đặc|ưu|nhược|thời|quan) )điểm/i)?.[0] ?? null]).toEqual([s.id, null]);
      expect([s.id, t.match(/Hội đồng Thi đua|chấm|xếp loại|biểu điểm/i)?.[0] ?? null]).toEqual([s.id, null]);
      expect([s.id, t.match(/TT24\/|TT22\/|cap-huyen|cap-tinh|tạm thời/i)?.[0] ?? null]).toEqual([s.id, null]);
    }
  });
  test("every message of the run speaks the same way", () => {
    for (const i of out.issues)
      expect([i.code, `${i.message} ${i.fix}`.match(/(?<!(?:địa|đặc|ưu|nhược|thời|quan) )điểm|chấm điểm|kết quả chấm/i)?.[0] ?? null]).toEqual([i.code, null]);
  });
  test("each indicator's result says Đạt / Không đạt / Không áp dụng, with its reason", () => {
    const bc = text(sheet(out, "bao-cao"));
    expect(bc).toContain("BÁO CÁO");
    expect(bc).toContain('Tự đánh giá, công nhận "Đơn vị học tập" năm 2026');
    expect(bc).toContain("(số liệu tính từ ngày 01/01/2026 đến ngày 31/12/2026)");
    expect(bc).toContain("- Tự đánh giá: Mức độ 1: Đạt; Mức độ 2: Không đạt (");
    expect(bc).toContain("- Không áp dụng: chỉ áp dụng cho cơ sở giáo dục nghề nghiệp.");
    expect(bc).toMatch(/- Kết quả thực hiện: 18\/20 thành viên \(90%\) đạt danh hiệu "Công dân học tập"/);
    expect(bc).toContain("- Minh chứng: H1-1.1-01.");
    expect(bc).toContain("IV. MỨC ĐỘ ĐỀ NGHỊ CÔNG NHẬN");
    expect(bc).toContain('Căn cứ Điều 8 Thông tư số 24/2023/TT-BGDĐT, Trường Tiểu học Tân Phú tự đánh giá đạt "Đơn vị học tập" Mức độ 1.');
    expect(bc).toContain("Đơn vị chưa được công nhận");
  });
  test("the minutes of the Tổ đánh giá: chaired by its Tổ trưởng, written by its Thư ký, both levels", () => {
    const bb = text(sheet(out, "bien-ban"));
    expect(bb).toContain('Họp Tổ đánh giá "Đơn vị học tập" năm 2026');
    expect(bb).toContain("- Chủ trì: Trần Văn Định, Tổ trưởng Tổ đánh giá.");
    expect(bb).toContain("- Thư ký: Lê Thị Thanh Tuyền, Thư ký Tổ đánh giá.");
    expect(bb).toContain("TT | Tiêu chí, chỉ tiêu | Yêu cầu | Mức độ 1 | Mức độ 2 | Minh chứng");
    expect(bb).toContain("3.1 | Danh hiệu Công dân học tập (18/20 thành viên) | 90% / 95% | Đạt | Không đạt");
    expect(bb).toContain("Tổ đánh giá thống nhất: Đề nghị công nhận");
    expect(bb).toContain("THƯ KÝ | CHỦ TRÌ");
  });
  test("the Bản tổng hợp is signed for the Tổ đánh giá by its Tổ trưởng", () => {
    const th = text(sheet(out, "tong-hop-tt24"));
    expect(th).toContain("TM. TỔ ĐÁNH GIÁ");
    expect(th).toContain("TỔ TRƯỞNG");
    expect(th).toMatch(/Trần Văn Định$/m);
    expect(th).toContain("3.1 | ");
    expect(th).toMatch(/Không đạt\n\(≥ 95%\)/);
  });
  test("evidence: member indicators by the member list, a not-applicable one needs none", () => {
    const dm = text(sheet(out, "danh-muc-minh-chung"));
    expect(dm).toContain("Chỉ tiêu 2.1. Tuân thủ kỷ luật lao động, nội quy: danh sách thành viên");
    expect(dm).toContain("Chỉ tiêu 3.5. Kiểm định chất lượng giáo dục nghề nghiệp: không áp dụng");
    expect(dm).not.toContain("CHƯA CÓ MINH CHỨNG");
    expect(dm).toContain("Tổng số: 8 minh chứng cho 14/14 chỉ tiêu áp dụng.");
  });
});

describe("the Bản tổng hợp when the Tổ trưởng is not the head: both sign", () => {
  test("TM. TỔ ĐÁNH GIÁ left, HIỆU TRƯỞNG right", () => {
    const g = workbook("M1");
    g.sheets[g.sheets.length - 1] = panel([["Nguyễn Thị Mỹ Hạnh", "Phó Hiệu trưởng", "Tổ trưởng"], ...PANEL.slice(1)]);
    const th = text(sheet(dossier(g), "tong-hop-tt24"));
    expect(th).toContain("TM. TỔ ĐÁNH GIÁ\nTỔ TRƯỞNG | HIỆU TRƯỞNG");
    expect(th).toContain("Nguyễn Thị Mỹ Hạnh | Trần Văn Định");
  });
});

describe("the tờ trình by the kind of proposal", () => {
  test.each<[string, "M1" | "M2" | null, Rows, number, RegExp, string[]]>([
    [
      "first recognition",
      "M1",
      [],
      2026,
      /Về việc đề nghị đánh giá, công nhận "Đơn vị học tập" Mức độ 1 năm 2026/,
      ["Điều 6", 'xem xét, đánh giá, công nhận "Đơn vị học tập" Mức độ 1 năm 2026'],
    ],
    [
      "first recognition at Mức độ 2",
      "M2",
      [],
      2026,
      /công nhận "Đơn vị học tập" Mức độ 2 năm 2026/,
      ["Điều 7 Thông tư số 24/2023/TT-BGDĐT: đạt 14/14 chỉ tiêu áp dụng"],
    ],
    [
      "upgrade after 12 months",
      "M2",
      current("Mức độ 1", "10/02/2025"),
      2026,
      /Về việc đề nghị đánh giá, công nhận nâng mức độ "Đơn vị học tập" từ Mức độ 1 lên Mức độ 2 năm 2026/,
      ["Căn cứ Quyết định số 215/QĐ-UBND ngày 10/02/2025 công nhận", "đã đủ 12 tháng kể từ ngày ra quyết định công nhận"],
    ],
    [
      "renewal after the 3 years",
      "M1",
      current("Mức độ 2", "14/02/2022"),
      2026,
      /Về việc đề nghị đánh giá, công nhận lại "Đơn vị học tập" Mức độ 1 năm 2026/,
      ["đã hết thời hạn bảo lưu ngày 31/12/2025"],
    ],
  ])("%s", (_name, level, rows, year, subject, body) => {
    const out = dossier(workbook(level, [["Năm đánh giá", year], ...rows]));
    const tr = text(sheet(out, "to-trinh"));
    expect(tr).toContain("TỜ TRÌNH");
    expect(tr).toMatch(subject);
    for (const b of body) expect(tr).toContain(b);
    expect(tr).toContain("Kính gửi: UBND xã Tân Phú (qua Phòng Văn hóa – Xã hội).");
    expect(tr).toContain('1. Báo cáo tự đánh giá, công nhận "Đơn vị học tập" năm 2026;');
    expect(tr).toContain("2. Bản tổng hợp kết quả tự đánh giá các tiêu chí, chỉ tiêu.");
    expect(tr).toContain("Căn cứ Quyết định số 112/QĐ-THTP ngày 02/11/2026 của Hiệu trưởng");
    expect(out.issues.map((i) => i.code)).not.toContain("TT24_NO_REQUEST");
    // The report asks for the same.
    expect(text(sheet(out, "bao-cao"))).toMatch(new RegExp(subject.source.replace(/^Về việc đề nghị /, "").replace(/ năm 2026$/, "")));
  });

  test.each<[string, "M1" | "M2" | null, Rows, string[]]>([
    ["no level reached: what is missing", null, [], ["đơn vị chưa đạt Mức độ 1; còn thiếu: 2.4: 40% < 50%, cần thêm 2 thành viên"]],
    [
      "a recognition still valid: kept, nothing to request",
      "M1",
      current("Mức độ 1", "05/02/2024"),
      ["Mức độ 1 (Quyết định số 215/QĐ-UBND ngày 05/02/2024) còn được bảo lưu đến hết ngày 31/12/2027"],
    ],
    [
      "Mức độ 2 reached too early for the upgrade: the day it becomes possible",
      "M2",
      current("Mức độ 1", "10/07/2026"),
      ["có thể đề nghị nâng mức độ từ ngày 11/07/2027"],
    ],
  ])("never written when nothing is requested — %s", (_name, level, rows, why) => {
    const out = dossier(workbook(level, rows));
    const tr = sheet(out, "to-trinh");
    const t = text(tr);
    expect(t).not.toContain("TỜ TRÌNH\n");
    expect(t).not.toMatch(/Kính gửi|Nơi nhận|HIỆU TRƯỞNG/);
    expect(t).toContain("KHÔNG LẬP TỜ TRÌNH ĐỀ NGHỊ CÔNG NHẬN NĂM 2026");
    expect(tr.print).toBeUndefined();
    const i = out.issues.find((x) => x.code === "TT24_NO_REQUEST")!;
    for (const w of why) {
      expect(t).toContain(w);
      expect(i.message).toContain(w);
    }
    // The timeline does not send a dossier either.
    const kh = sheet(out, "ke-hoach-tien-do");
    expect(kh.values[rowOf(kh, "Không trình hồ sơ")][5]).toBe(STATUS.notThisYear);
  });
});

describe("the addressee is the settings' recipient", () => {
  test.each<[string, Rows, string]>([
    ["the clerk's recipient, through the office of the settings", [], "Kính gửi: UBND xã Tân Phú (qua Phòng Văn hóa – Xã hội)."],
    [
      "already said 'qua …': not twice",
      [["Cơ quan nhận hồ sơ", "UBND xã Tân Phú (qua Phòng Văn hóa – Xã hội)"]],
      "Kính gửi: UBND xã Tân Phú (qua Phòng Văn hóa – Xã hội).",
    ],
    [
      "none given, after 01/7/2025: the commune, through its Phòng Văn hóa – Xã hội",
      [["Cơ quan nhận hồ sơ", undefined as unknown as CellValue]],
      "Kính gửi: Ủy ban nhân dân xã/phường … (qua Phòng Văn hóa – Xã hội).",
    ],
    [
      "none given, a dossier of January 2025: the Phòng GD&ĐT",
      [
        ["Cơ quan nhận hồ sơ", undefined as unknown as CellValue],
        ["Năm đánh giá", 2024],
      ],
      "Kính gửi: Phòng Giáo dục và Đào tạo ……\n",
    ],
    [
      "a province-level unit: the Sở GD&ĐT",
      [
        ["Cơ quan nhận hồ sơ", undefined as unknown as CellValue],
        ["Loại hình đơn vị", "Trường trung học phổ thông"],
        ["Số người học", 500],
        ["Số người học đạt CDHT", 500],
      ],
      "Kính gửi: Sở Giáo dục và Đào tạo ……\n",
    ],
  ])("%s", (_name, rows, want) => {
    const out = dossier(workbook("M1", rows));
    expect(out.fatal).toBe(false);
    expect(text(sheet(out, "to-trinh"))).toContain(want);
    expect(text(sheet(out, "bao-cao"))).toContain(want);
    // Without the clerk's own recipient the documents print the settings' office, and a warning says what to complete.
    const own = !rows.some(([k, v]) => k === "Cơ quan nhận hồ sơ" && v === undefined);
    expect(out.issues.some((i) => i.code === "RECIPIENT_MISSING")).toBe(!own);
  });
});

describe("Quyết định thành lập Tổ đánh giá", () => {
  test("the members and their roles from the Tổ's table, the decision's number and date from Thông tin", () => {
    const qd = text(sheet(dossier(workbook("M1")), "qd-to-danh-gia"));
    expect(qd).toContain("Số: 112/QĐ-THTP");
    expect(qd).toContain("Tân Phú, ngày 02 tháng 11 năm 2026");
    expect(qd).toContain("QUYẾT ĐỊNH\nVề việc thành lập Tổ đánh giá");
    expect(qd).toContain("HIỆU TRƯỞNG TRƯỜNG TIỂU HỌC TÂN PHÚ");
    expect(qd).toContain("Căn cứ Thông tư số 24/2023/TT-BGDĐT ngày 11/12/2023 của Bộ trưởng Bộ Giáo dục và Đào tạo");
    // Tổ trưởng, Phó Tổ trưởng, Thư ký, then the members, whatever the table's order.
    expect(qd).toContain(
      [
        "1 | Trần Văn Định | Hiệu trưởng | Tổ trưởng",
        "2 | Nguyễn Thị Mỹ Hạnh | Phó Hiệu trưởng | Phó Tổ trưởng",
        "3 | Lê Thị Thanh Tuyền | Văn thư | Thư ký",
        "4 | Phạm Văn Đức | Tổ trưởng Tổ 4-5 | Thành viên",
      ].join("\n"),
    );
    expect(qd).toContain("số liệu từ ngày 01/01/2026 đến ngày 31/12/2026");
    expect(qd).toContain("trước ngày 15/01/2027");
    expect(qd).toContain("- Như Điều 3;");
  });
  test("without the table: the head and the secretary of Thông tin, dotted lines for the others, and a warning", () => {
    const out = dossier(workbook("M1", [], false));
    const qd = text(sheet(out, "qd-to-danh-gia"));
    expect(qd).toContain("1 | Trần Văn Định | Hiệu trưởng | Tổ trưởng\n2 | Lê Thị Thanh Tuyền | Thư ký");
    expect(qd).toContain("3 | …………………… | …………………… | Thành viên");
    expect(out.issues.find((i) => i.code === "PANEL_MISSING")).toMatchObject({ severity: "warning" });
  });
  test.each<[string, [string, string, string][], string]>([
    [
      "nobody is Tổ trưởng",
      [
        ["A", "GV", "Thành viên"],
        ["B", "GV", "Thư ký"],
      ],
      "PANEL_NO_LEAD",
    ],
    [
      "two Tổ trưởng",
      [
        ["A", "GV", "Tổ trưởng"],
        ["B", "GV", "tổ trưởng"],
        ["C", "GV", "Thư ký"],
      ],
      "PANEL_TWO_LEADS",
    ],
    [
      "no Thư ký",
      [
        ["A", "GV", "Tổ trưởng"],
        ["B", "GV", "Thành viên"],
      ],
      "PANEL_NO_SECRETARY",
    ],
    [
      "a role without a name",
      [
        ["A", "GV", "Tổ trưởng"],
        ["B", "GV", "Thư ký"],
        ["", "GV", "Thành viên"],
      ],
      "PANEL_ROW_WITHOUT_NAME",
    ],
  ])("the reader says what the Tổ's table lacks: %s", (_name, rows, code) => {
    const g = workbook("M1", [], false);
    g.sheets.push(panel(rows));
    const out = dossier(g);
    expect(out.issues.map((i) => i.code)).toContain(code);
    expect(out.issues.find((i) => i.code === code)!.sheet).toBe("Tổ đánh giá");
  });
  test("the table is found by its content under any name, and never taken for the members sheet", () => {
    const g = workbook("M1", [], false);
    g.sheets.unshift(panel(PANEL, "TĐG 2026"));
    const r = readWorkbook(g);
    expect(r.model.panel?.sheet).toBe("TĐG 2026");
    expect(r.model.panel?.members.map((m) => m.role)).toEqual(["lead", "secretary", "deputy", "member"]);
    expect(r.model.recognition.find((x) => x.role === "members")?.sheet).toBe("Thành viên");
  });
});

describe("Kế hoạch – tiến độ on Thông tư 24's dates", () => {
  const at = (y: number, m: number, d: number) => ymdToSerial({ y, m, d });
  const steps = (today: number) => {
    const kh = sheet(dossier(workbook("M1"), today), "ke-hoach-tien-do");
    const head = rowOf(kh, "Nội dung công việc");
    return (seq: number) => kh.values[head + seq];
  };
  test.each<[string, number, number, string]>([
    ["the day after the meeting, the dossier is being prepared, not overdue", at(2026, 12, 12), 8, STATUS.doing],
    ["on 14/01, the last day before 15/01", at(2027, 1, 14), 8, STATUS.doing],
    ["on 16/01, past the deadline", at(2027, 1, 16), 8, STATUS.overdue],
    ["the decision is not due before 15/01", at(2026, 12, 12), 9, STATUS.notYet],
    ["the data period runs to 31/12", at(2026, 12, 12), 3, STATUS.doing],
    ["and is over after it", at(2027, 1, 2), 3, STATUS.done],
    ["the Tổ đánh giá's decision is dated", at(2026, 12, 12), 4, STATUS.done],
    ["the Tổ đánh giá met", at(2026, 12, 12), 6, STATUS.done],
    ["before the meeting", at(2026, 12, 1), 6, STATUS.notYet],
  ])("%s", (_name, today, seq, status) => {
    expect(steps(today)(seq)[5]).toBe(status);
  });
  test("the dossier's step ends on 14/01 and the decision's on 14/02 of the next year", () => {
    const row = steps(at(2026, 12, 12));
    expect(row(8)[1]).toContain("Trình hồ sơ (Tờ trình, Báo cáo tự đánh giá, Bản tổng hợp) đến UBND xã Tân Phú, trước ngày 15/01/2027");
    expect(row(8)[3]).toBe(at(2027, 1, 14));
    expect(row(9)[3]).toBe(at(2027, 2, 14));
    expect(row(3)[2]).toBe(at(2026, 1, 1));
    expect(row(3)[3]).toBe(at(2026, 12, 31));
  });
});

describe("Nghị định 30 details on every printed document (TT 22 and TT 24)", () => {
  const tt22 = run(fixtureGrids(), { today: ymdToSerial({ y: 2023, m: 11, d: 20 }), dossier: true });
  const tt24 = dossier(workbook("M1"));
  const docs = [...tt22.plan.sheets, ...tt24.plan.sheets].filter((s) => s.print && s.visibility !== "veryHidden" && s.id !== "kiem-tra");
  test.each(docs.map((s) => [`${s.id} (${s.name})`, s] as const))("%s: page number centred at the top from page 2, A4", (_n, s) => {
    expect(s.print).toMatchObject({ paperSize: "A4", header: PAGE_NUMBER, differentFirst: true });
    expect(s.print!.footer).toBeUndefined();
  });
  test.each(docs.map((s) => [`${s.id} (${s.name})`, s] as const))("%s: a date line has a two-digit day and month", (_n, s) => {
    for (const line of text(s).match(/ngày \d+ tháng \d+ năm \d{4}/g) ?? []) expect(line).toMatch(/^ngày \d{2} tháng \d{2} năm \d{4}$/);
  });
  test.each(docs.map((s) => [`${s.id} (${s.name})`, s] as const))("%s: a number with decimals is text or in the Vietnamese format", (_n, s) => {
    const formatOf = (r: number, c: number) => {
      let f: string | undefined;
      for (const st of s.styles)
        if (r >= st.range.top && r <= st.range.bottom && c >= st.range.left && c <= st.range.right && st.style.numberFormat) f = st.style.numberFormat;
      return f;
    };
    s.values.forEach((row, r) =>
      row.forEach((v, c) => {
        if (typeof v === "number" && !Number.isInteger(v)) expect([r, c, formatOf(r, c)]).toEqual([r, c, VI_DECIMAL_2]);
      }),
    );
  });
  test("the TT 22 documents keep their words", () => {
    const bc = text(tt22.plan.sheets.find((s) => s.id === "bao-cao")!);
    expect(bc).toContain("Tổng điểm tự đánh giá:");
    expect(text(tt22.plan.sheets.find((s) => s.id === "bien-ban")!)).toContain("Họp Hội đồng Thi đua – Khen thưởng tự đánh giá, xếp loại");
  });
});
