/**
 * Golden tests of every dossier document planned for the fixture school (TT 22): content a clerk
 * checks before signing, and the print structure of Nghị định 30/2020.
 */
import { buildDossier } from "../../../src/core/documents/dossier";
import { MAX_NAMED_MEMBERS } from "../../../src/core/documents/dossier/bao-cao";
import type { SheetPlan } from "../../../src/core/plan";
import { contextFrom, fixtureContext, fixtureGrids, MEMBER_NAMES } from "./fixture";
import { cellsWithoutDocFont, lines, overlappingMerges, rowOf, text } from "./helpers";

const ctx = fixtureContext();
const out = buildDossier(ctx);
const sheet = (id: string): SheetPlan => {
  const s = out.sheets.find((x) => x.id === id);
  if (!s) throw new Error(`no sheet ${id}`);
  return s;
};
const ALL_CODES = [
  "H1-1.1-01",
  "H1-1.1-02",
  "H1-1.2-01",
  "H1-1.2-02",
  "H1-1.3-01",
  "H2-2.1-01",
  "H2-2.3-01",
  "H2-2.3-02",
  "H2-2.4-01",
  "H3-3.1-01",
  "H3-3.2-01",
  "H3-3.3-01",
];

test("one action plans every TT 22 document, in dossier order, with the final names", () => {
  expect(out.sheets.map((s) => [s.id, s.name])).toEqual([
    ["bao-cao", "Báo cáo tự đánh giá"],
    ["bien-ban", "Biên bản"],
    ["danh-muc-minh-chung", "Danh mục minh chứng"],
    ["tong-hop-to", "Tổng hợp theo tổ"],
    ["ke-hoach-tien-do", "Kế hoạch - tiến độ"],
    ["ke-hoach-tien-do-auto", "_dvht_tien_do"],
    ["thong-bao", "Thông báo kết quả"],
  ]);
});

describe.each(["bao-cao", "bien-ban", "danh-muc-minh-chung", "tong-hop-to", "ke-hoach-tien-do"])("%s: NĐ 30/2020 layout", (id) => {
  const s = sheet(id);
  test("national header block, unit, number line", () => {
    const t = lines(s).slice(0, 4);
    expect(t[0]).toBe("UBND HUYỆN ĐỨC HÒA | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
    expect(t[1]).toBe("TRƯỜNG TIỂU HỌC TÂN LẬP | Độc lập - Tự do - Hạnh phúc");
    // Annex tables carry no number of their own.
    if (id === "danh-muc-minh-chung" || id === "tong-hop-to") expect(t[3]).toMatch(/^Tân Lập, ngày /);
    else expect(t[3]).toMatch(/^Số: .+-THTL \| Tân Lập, ngày /);
  });
  test("A4 portrait, NĐ 30 margins, fit to one page wide, print area, page numbers", () => {
    const p = s.print!;
    expect(p.paperSize).toBe("A4");
    expect(p.orientation).toBe("portrait");
    expect(p.margins.top).toBeGreaterThanOrEqual(20);
    expect(p.margins.top).toBeLessThanOrEqual(25);
    expect(p.margins.bottom).toBeGreaterThanOrEqual(20);
    expect(p.margins.bottom).toBeLessThanOrEqual(25);
    expect(p.margins.left).toBeGreaterThanOrEqual(30);
    expect(p.margins.left).toBeLessThanOrEqual(35);
    expect(p.margins.right).toBeGreaterThanOrEqual(15);
    expect(p.margins.right).toBeLessThanOrEqual(20);
    expect(p.fitToWidth).toBe(true);
    expect(p.fitToHeight).toBe(0);
    // NĐ 30/2020: the page number centred in the top margin, none on the first page.
    expect(p.header).toMatch(/&P$/);
    expect(p.differentFirst).toBe(true);
    expect(p.footer).toBeUndefined();
    expect(p.printArea).toMatchObject({ top: 0, left: 0, bottom: s.values.length - 1 });
    expect(s.showGridLines).toBe(false);
  });
  test("every value and every styled cell is Times New Roman; body 13 pt", () => {
    expect(cellsWithoutDocFont(s)).toEqual([]);
    expect(s.styles[0].style.font).toEqual({ name: "Times New Roman", size: 13 });
  });
  test("well-formed: rectangular values, merges do not overlap, no formula-looking text", () => {
    expect(new Set(s.values.map((r) => r.length)).size).toBe(1);
    expect(overlappingMerges(s)).toEqual([]);
    for (const r of s.values) for (const v of r) if (typeof v === "string") expect(v).not.toMatch(/^[=+@]/);
  });
  test("signature block with the signer's name", () => {
    expect(text(s)).toMatch(/HIỆU TRƯỞNG|CHỦ TỌA/);
    expect(text(s)).toContain("Nguyễn Thị Lan");
  });
});

describe("Báo cáo tự đánh giá", () => {
  const s = sheet("bao-cao");
  const t = text(s);
  test("title, recipient, legal basis, the five parts in order", () => {
    expect(t).toContain("BÁO CÁO\n");
    expect(t).toContain('Kết quả tự đánh giá, xếp loại "Đơn vị học tập" năm 2023');
    expect(t).toContain("Kính gửi: Phòng Giáo dục và Đào tạo huyện Đức Hòa.");
    expect(t).toContain("Căn cứ Thông tư số 22/2020/TT-BGDĐT ngày 06/8/2020");
    const parts = ["I. ĐẶC ĐIỂM TÌNH HÌNH", "II. KẾT QUẢ TỰ ĐÁNH GIÁ THEO TỪNG TIÊU CHÍ", "III. ĐÁNH GIÁ CHUNG", "IV. TỰ XẾP LOẠI", "V. KIẾN NGHỊ, ĐỀ XUẤT"];
    const rows = parts.map((p) => rowOf(s, p));
    expect(rows.every((r) => r > 0)).toBe(true);
    expect([...rows].sort((a, b) => a - b)).toEqual(rows);
    expect(t).toContain("Số: 45/BC-THTL");
  });
  test("members by tổ, each item's figures, points and evidence codes", () => {
    expect(t).toContain("đơn vị có 12 thành viên");
    expect(t).toContain("Tổ 1-2 (4 người), Tổ 3-4-5 (4 người) và Văn phòng (4 người)");
    expect(t).toContain("1. Tiêu chí 1: Các điều kiện để xây dựng Đơn vị học tập (28,5/30 điểm)");
    expect(t).toContain("- Kết quả: 11/12 thành viên (91,7%) có kế hoạch tự học được duyệt.");
    expect(t).toContain("- Tự đánh giá: 3,75/5 điểm.");
    expect(t).toContain("- Minh chứng: H2-2.3-01; H2-2.3-02.");
    for (const code of ALL_CODES) expect(t).toContain(code);
    // 2b has no evidence at all: said, not hidden.
    const b2 = rowOf(s, /^2b\)/);
    expect(
      lines(s)
        .slice(b2, b2 + 4)
        .join("\n"),
    ).toContain("- Minh chứng: chưa có.");
  });
  test("names the members who fail an item (few), with their tổ", () => {
    expect(t).toContain("- Thành viên chưa đạt: Lê Thị Hoa (Tổ 3-4-5).");
    expect(t).toContain("- Thành viên chưa đạt: Lê Thị Hoa (Tổ 3-4-5), Huỳnh Văn Nam (Tổ 1-2) và Dương Văn Phúc (Tổ 3-4-5).");
    expect(MAX_NAMED_MEMBERS).toBe(5);
  });
  test("plan targets: planned, achieved, met or not met", () => {
    const r = rowOf(s, "Kết quả thực hiện chỉ tiêu của kế hoạch năm 2023");
    const table = lines(s).slice(r + 1, r + 9);
    expect(table[0]).toBe("TT | Chỉ tiêu | Kế hoạch | Thực hiện | Đánh giá | Ghi chú");
    expect(table).toContain("2 | Gia đình đạt GĐHT | 100% | 91,7% | Chưa đạt | Chưa: Huỳnh Văn Nam");
    expect(table).toContain("3 | Kỹ năng số | 90% | 91,7% | Đạt | 11/12 thành viên");
    expect(table).toContain("4 | Lao động tiên tiến | 100% | 75% | Chưa đạt | Chưa: Lê Thị Hoa, Huỳnh Văn Nam, Dương Văn Phúc");
    expect(table).toContain("5 | Danh hiệu tập thể | Tập thể lao động tiên tiến trở lên | Tập thể lao động tiên tiến | Đạt");
  });
  test("strengths and limits: the clerk's where written, derived from the scores where blank", () => {
    expect(t).toContain("Tập thể sư phạm đoàn kết; 100% thành viên tuân thủ kỷ luật");
    expect(t).toContain("Tiêu chí chưa đạt điểm tối đa: 1b (Quy định động viên học tập: 9,5/10 điểm)");
    expect(t).toContain("2d (Lao động tiên tiến trở lên: 3,75/5 điểm, 3 thành viên chưa đạt)");
    expect(t).toContain("Chỉ tiêu kế hoạch chưa đạt: Gia đình đạt GĐHT (kế hoạch 100%, thực hiện 91,7%)");
    const defaults = out.issues.filter((i) => i.code === "DOSSIER_DEFAULT_TEXT").map((i) => [i.severity, i.cell, i.message]);
    expect(defaults).toEqual([
      ["info", "A5", expect.stringContaining('"Hạn chế"')],
      ["info", undefined, expect.stringContaining('"Phương hướng"')],
    ]);
  });
  test("self-rating with total, group points and the cross references by sheet name", () => {
    expect(t).toContain("Tổng điểm tự đánh giá: 91,5/100 điểm (Tiêu chí 1: 28,5/30; Tiêu chí 2: 27,75/30; Tiêu chí 3: 35,25/40).");
    expect(t).toContain('tự xếp loại "Đơn vị học tập" năm 2023: TỐT.');
    expect(t).toContain('trang "Biểu điểm"');
    expect(t).toContain('trang "Danh mục minh chứng"');
  });
  test("recommendation and Nơi nhận from the clerk's sheet, Lưu: VT added once", () => {
    expect(t).toContain("Đề nghị Phòng GD&ĐT tiếp tục mở các lớp bồi dưỡng kỹ năng số cho giáo viên.");
    const r = rowOf(s, "Nơi nhận:");
    expect(
      lines(s)
        .slice(r, r + 4)
        .map((l) => l.split(" | ")[0]),
    ).toEqual(["Nơi nhận:", "- Phòng GD&ĐT huyện Đức Hòa;", "- Hội Khuyến học huyện;", "- Lưu: VT."]);
    expect(t.match(/Lưu: VT/g)).toHaveLength(1);
  });
  test("long paragraphs get a row height that fits their wrapped lines", () => {
    const r = rowOf(s, "Tiêu chí chưa đạt điểm tối đa");
    expect(s.rowHeights?.[r]).toBeGreaterThanOrEqual(4 * 15);
  });
});

describe("Biên bản", () => {
  const s = sheet("bien-ban");
  const t = text(s);
  test("time, place, chair, secretary, attendees, absentees", () => {
    expect(t).toContain("BIÊN BẢN");
    expect(t).toContain("Vào lúc 14 giờ 00, ngày 09 tháng 11 năm 2023, tại Phòng họp Hội đồng sư phạm");
    expect(t).toContain("- Chủ trì (chủ tọa): Nguyễn Thị Lan, Chủ tịch Hội đồng.");
    expect(t).toContain("- Thư ký: Trương Thị Yến.");
    expect(t).toContain("- Thành phần tham dự: Hội đồng Thi đua – Khen thưởng: 7/7 thành viên.");
    expect(t).toContain("- Vắng mặt: Không.");
    expect(lines(s)[3]).toContain("Tân Lập, ngày 09 tháng 11 năm 2023");
  });
  test("per-item table with points in Vietnamese notation, total and rating", () => {
    const h = rowOf(s, "Điểm tự đánh giá");
    expect(s.values[h]).toEqual(["TT", "Tiêu chí", "Điểm tối đa", "Điểm tự đánh giá", "Minh chứng"]);
    const row = (id: string) => s.values.find((r) => r[0] === id)!;
    expect(row("2d").slice(2, 4)).toEqual(["5", "3,75"]);
    expect(row("1a")[4]).toBe("H1-1.1-01; H1-1.1-02");
    expect(row("2b")[4]).toBe("Chưa có");
    const total = s.values[rowOf(s, "TỔNG ĐIỂM")];
    expect(total.slice(2)).toEqual(["100", "91,5", "Xếp loại: Tốt"]);
    expect(t).toContain('Hội đồng đề nghị xếp loại "Đơn vị học tập" năm 2023: TỐT.');
  });
  test("vote, closing time, both signatures", () => {
    expect(t).toContain("Hội đồng biểu quyết thông qua kết quả tự đánh giá: 7/7 thành viên tán thành (100%).");
    expect(t).toContain("Cuộc họp kết thúc vào lúc 16 giờ 30 cùng ngày.");
    expect(t).toContain("THƯ KÝ | CHỦ TỌA");
    expect(t).toContain("Trương Thị Yến | Nguyễn Thị Lan");
  });
  test("missing meeting facts: dots to write by hand and one warning each", () => {
    const c = fixtureContext({ noMeeting: true });
    const d = buildDossier(c);
    const bb = text(d.sheets.find((x) => x.id === "bien-ban")!);
    expect(bb).toContain("Vào lúc ……, ngày … tháng … năm …, tại ……");
    expect(bb).toContain("tán thành …/… thành viên");
    const fields = d.issues.filter((i) => i.code === "MEETING_INFO_MISSING").map((i) => i.message.match(/"([^"]+)"/)![1]);
    expect(fields).toEqual(["Giờ họp", "Ngày họp hội đồng", "Địa điểm họp", "Thành phần dự họp", "Kết quả biểu quyết", "Giờ kết thúc"]);
    expect(d.issues.filter((i) => i.code === "MEETING_INFO_MISSING").every((i) => i.severity === "warning")).toBe(true);
  });
});

describe("Danh mục minh chứng", () => {
  const s = sheet("danh-muc-minh-chung");
  const t = text(s);
  test("grouped by item in rule order, with a count per item", () => {
    const order = ["1a. ", "1b. ", "1c. ", "2a. ", "2b. ", "2c. ", "2d. ", "3a. ", "3b. ", "3c. "].map((p) =>
      rowOf(s, new RegExp(`^${p.replace(".", "\\.")}`)),
    );
    expect(order.every((r) => r > 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    expect(t).toContain("1a. Kế hoạch học tập thường xuyên: 2 minh chứng");
    expect(t).toContain("2b. Tuân thủ kỷ luật, nội quy: CHƯA CÓ MINH CHỨNG");
  });
  test("every evidence code is present; assigned ones follow H{g}-{g}.{n}-{nn}", () => {
    for (const code of ALL_CODES) expect(s.values.some((r) => r[1] === code)).toBe(true);
  });
  test("per row: code, title, number, date as a dd/mm/yyyy serial, issuer, location", () => {
    const r = s.values.findIndex((x) => x[1] === "H2-2.3-01");
    expect(s.values[r].slice(1, 7)).toEqual([
      "H2-2.3-01",
      "Quyết định công nhận hoàn thành BDTX năm học 2022-2023",
      "310/QĐ-PGDĐT",
      45135,
      "Phòng GD&ĐT Đức Hòa",
      "Văn thư",
    ]);
    const fmt = s.styles
      .filter((x) => x.range.top <= r && r <= x.range.bottom && x.range.left <= 4 && 4 <= x.range.right)
      .map((x) => x.style.numberFormat)
      .filter(Boolean);
    expect(fmt.pop()).toBe("dd/mm/yyyy");
  });
  test("shared evidence listed under each item it supports; unplaced rows listed apart", () => {
    expect(s.values.filter((r) => r[1] === "H1-1.1-02")).toHaveLength(2);
    expect(t).toContain("Dùng chung: 2a");
    expect(t).toContain("Minh chứng chưa gắn tiêu chí");
    expect(t).toContain("(chưa có mã) | Hình ảnh Tuần lễ hưởng ứng học tập suốt đời");
    expect(t).toContain("Tổng số: 13 minh chứng cho 9/10 tiêu chí.");
    expect(t).toContain("Tiêu chí chưa có minh chứng: 2b");
  });
  test("the table header repeats on every printed page", () => {
    const h = rowOf(s, "Mã minh chứng");
    expect(s.print!.repeatRows).toEqual({ from: h, to: h });
  });
});

describe("Tổng hợp theo tổ", () => {
  const s = sheet("tong-hop-to");
  test("per tổ: members, counted, rate on every member item", () => {
    const h = rowOf(s, "Tổ, bộ phận");
    expect(s.values[h].slice(0, 4)).toEqual(["TT", "Tổ, bộ phận", "Số thành viên", "Được tính"]);
    expect(s.values[h].slice(4).map((v) => String(v).split("\n")[0])).toEqual(["2a", "2b", "2c", "2d", "3a"]);
    const row = (name: string) => s.values.find((r) => r[1] === name)!;
    expect(row("Tổ 3-4-5").slice(2)).toEqual([4, 4, "3/4\n75%", "4/4\n100%", "4/4\n100%", "2/4\n50%", "2/4\n50%"]);
    expect(s.values.find((r) => r[0] === "Toàn đơn vị")!.slice(2)).toEqual([12, 12, "11/12\n91,7%", "12/12\n100%", "12/12\n100%", "9/12\n75%", "10/12\n83,3%"]);
  });
  test("members who fail, with the items and reasons", () => {
    const t = text(s);
    expect(t).toContain("DANH SÁCH THÀNH VIÊN CHƯA ĐẠT (4 người)");
    expect(t).toContain("Lê Thị Hoa | Tổ 3-4-5 | 2a, 2d, 3a: thiếu KH tự học; chưa đạt LĐTT; chưa đạt NL 5");
    expect(t).toContain("Bùi Quốc Việt | Tổ 3-4-5 | 3a: chưa đạt NL 8");
    for (const n of [MEMBER_NAMES[0], MEMBER_NAMES[3]]) expect(t).not.toContain(`| ${n} |`);
  });
  test("one page wide: ≤ 95 width units, fitToWidth", () => {
    expect(s.columnWidths.reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(95);
    expect(s.print!.fitToWidth).toBe(true);
  });
});

describe("Kế hoạch – tiến độ", () => {
  const s = sheet("ke-hoach-tien-do");
  test("the Nông Nghiệp plan's 8 steps with dates from the year and the meeting, statuses", () => {
    const h = rowOf(s, "Nội dung công việc");
    const steps = s.values.slice(h + 1, h + 9);
    expect(steps.map((r) => r[0])).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    expect(steps.map((r) => String(r[1]).split(/[;(]/)[0].trim())).toEqual([
      "Xây dựng kế hoạch học tập thường xuyên của đơn vị",
      "Ban hành các quy định khuyến khích, động viên thành viên học tập",
      "Triển khai tới thành viên",
      "Thành viên tự đánh giá trong tổ chuyên môn, bộ phận",
      "Họp bình xét trong tổ",
      "Họp Hội đồng Thi đua – Khen thưởng rà soát, chấm điểm, xếp loại",
      "Hoàn thiện hồ sơ: kế hoạch, báo cáo tự đánh giá, biên bản, biểu điểm, minh chứng theo tiêu chí",
      "Nộp hồ sơ về Phòng Giáo dục và Đào tạo huyện Đức Hòa",
    ]);
    // The council's step falls on the meeting date (09/11/2023 = serial 45239).
    expect(steps[5].slice(2, 4)).toEqual([45239, 45239]);
    expect(steps.map((r) => r[5])).toEqual([
      "Đã hoàn thành",
      "Đã hoàn thành",
      "Còn 1 TV thiếu KH tự học",
      "Đã hoàn thành",
      "Đã hoàn thành",
      "Đã hoàn thành",
      "Quá hạn – cần xác nhận",
      "Quá hạn – cần xác nhận",
    ]);
  });
  test("status dropdown (not strict); the automatic values are recorded in a veryHidden sheet", () => {
    expect(s.validations?.[0].list).toContain("Đã hoàn thành");
    expect(s.validations?.[0].strict).toBe(false);
    expect(s.columnWidths).toHaveLength(7);
    const auto = sheet("ke-hoach-tien-do-auto");
    expect(auto.visibility).toBe("veryHidden");
    expect(auto.print).toBeUndefined();
    expect(auto.values.slice(1).map((r) => r[0])).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    expect(auto.values[6].slice(1, 4)).toEqual([45239, 45239, "Đã hoàn thành"]);
    expect(cellsWithoutDocFont(auto)).toEqual([]);
  });
});

test("a code the council wrote that the evidence sheet lacks is printed, and marked", () => {
  const grids = fixtureGrids();
  const items = grids.sheets.find((g) => g.name === "Tiêu chí đơn vị")!;
  items.values[1][4] = "H1-1.1-01; H1-1.1-09";
  const d = buildDossier(contextFrom(grids));
  expect(text(d.sheets[0])).toContain("- Minh chứng: H1-1.1-01; H1-1.1-02; H1-1.1-09 (chưa có trong danh mục).");
  expect(text(d.sheets[1])).toContain("H1-1.1-09 (chưa có trong danh mục)");
});

test("deterministic: the same input gives an identical plan", () => {
  expect(JSON.stringify(buildDossier(fixtureContext()))).toBe(JSON.stringify(out));
});

test("snapshot of the printed text of every document", () => {
  expect(Object.fromEntries(out.sheets.map((s) => [s.id, lines(s)]))).toMatchSnapshot();
});
