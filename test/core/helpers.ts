/** Small grid builders for core tests: the reader sees exactly what an adapter would hand it. */
import { isTt24Summary, type CellValue, type PointsSummaryJson, type SheetGrid, type SummaryJson, type WorkbookGrids, type WritePlan } from "../../src/core";

/** A Thông tư 22 summary (points), or the test fails here. */
export function pointsOf(s: SummaryJson): PointsSummaryJson {
  if (isTt24Summary(s)) throw new Error(`expected a TT 22 summary, got ${s.framework}`);
  return s;
}

export const TODAY = 45250; // 20/11/2023

export function info(rows: [string, CellValue][] = [], name = "Thông tin"): SheetGrid {
  const base: [string, CellValue][] = [
    ["Cơ quan chủ quản", "UBND HUYỆN THỦ THỪA"],
    ["Tên đơn vị", "TRƯỜNG TIỂU HỌC BÌNH AN"],
    ["Mã/viết tắt đơn vị", "THBA"],
    ["Địa danh", "Bình An"],
    ["Năm đánh giá", 2023],
    ["Danh hiệu tập thể năm đánh giá", "Tập thể lao động tiên tiến"],
  ];
  const keys = new Set(rows.map((r) => r[0]));
  return { name, values: [["Thông tin", "Giá trị"], ...base.filter((b) => !keys.has(b[0])), ...rows] };
}

export const MEMBER_HEADER = [
  "STT",
  "Họ và tên",
  "Tổ chuyên môn",
  "KH tự học được duyệt",
  "Tuân thủ kỷ luật",
  "Hoàn thành BDTX",
  "Danh hiệu thi đua",
  "Đáp ứng năng lực, phẩm chất CDHT",
];

/** One row per member: [name, tổ, 2a, 2b, 2c, title, 3a]. */
export function members(rows: CellValue[][], opts: { name?: string; header?: CellValue[]; titleRows?: CellValue[][] } = {}): SheetGrid {
  const header = opts.header ?? MEMBER_HEADER;
  return {
    name: opts.name ?? "Thành viên",
    values: [...(opts.titleRows ?? []), [...header], ...rows.map((r, i) => [i + 1, ...r])],
  };
}

export function okMember(name: string, group = "Tổ 1"): CellValue[] {
  return [name, group, "x", "x", "x", "Lao động tiên tiến", "x"];
}

export function unitItems(rows: CellValue[][], name = "Tiêu chí đơn vị"): SheetGrid {
  return { name, values: [["Mã tiêu chí", "Nội dung", "Điểm tối đa", "Điểm tự đánh giá", "Mã minh chứng", "Giải trình"], ...rows.map((r) => [...r])] };
}

export const FULL_UNIT_ITEMS: CellValue[][] = [
  ["1a", "Kế hoạch", 10, 10, "H1-1.1-01", null],
  ["1b", "Quy định", 10, 10, "H1-1.2-01", null],
  ["1c", "Nguồn lực", 10, 10, "H1-1.3-01", null],
  ["3b", "TTLĐTT", 10, 10, "H3-3.2-01", null],
  ["3c", "Chia sẻ", 5, 5, "H3-3.3-01", null],
];

export function evidence(rows: CellValue[][], name = "Minh chứng"): SheetGrid {
  return { name, values: [["Mã minh chứng", "Tiêu chí", "Tên minh chứng", "Số, ký hiệu", "Ngày ban hành", "Cơ quan ban hành"], ...rows.map((r) => [...r])] };
}

export const FULL_EVIDENCE: CellValue[][] = [
  ["H1-1.1-01", "1a", "Kế hoạch học tập thường xuyên năm 2023", "12/KH-THBA", "05/01/2023", "Trường TH Bình An"],
  ["H1-1.2-01", "1b", "Quy chế khuyến khích học tập", "15/QĐ-THBA", 44937, "Trường TH Bình An"],
  ["H1-1.3-01", "1c", "Dự toán kinh phí bồi dưỡng", null, null, null],
  ["H2-2.1-01", "2a; 2b; 2c; 2d", "Danh sách thành viên và kết quả", null, null, null],
  ["H3-3.1-01", "3a", "Bản tự đánh giá CDHT", null, null, null],
  ["H3-3.2-01", "3b", "Quyết định công nhận TTLĐTT", null, null, null],
  ["H3-3.3-01", "3c", "Chuyên đề liên trường", null, null, null],
];

export function book(...sheets: SheetGrid[]): WorkbookGrids {
  return { sheets };
}

/** A complete, clean workbook with `n` members who all meet every item. */
export function cleanBook(n = 10): WorkbookGrids {
  const ms = Array.from({ length: n }, (_, i) => okMember(`Thành viên Số ${i + 1}`, i % 2 ? "Tổ 2" : "Tổ 1"));
  return book(info(), members(ms), unitItems(FULL_UNIT_ITEMS), evidence(FULL_EVIDENCE));
}

/** Applies a plan to grids the way an adapter would (values only), so a second run can be checked. */
export function applyValues(grids: WorkbookGrids, plan: WritePlan): WorkbookGrids {
  const sheets: SheetGrid[] = grids.sheets.map((s) => ({ ...s, values: s.values.map((r) => [...r]) }));
  for (const p of plan.sheets) {
    const g: SheetGrid = { name: p.name, values: p.values.map((r) => [...r]), visibility: p.visibility };
    const i = sheets.findIndex((s) => s.name === p.name);
    if (i >= 0) sheets[i] = g;
    else sheets.push(g);
  }
  for (const patch of plan.patches) {
    const g = sheets.find((s) => s.name === patch.sheet)!;
    const put = (r: number, c: number, v: unknown) => {
      while (g.values.length <= r) g.values.push([]);
      g.values[r][c] = v as never;
    };
    if (patch.clear)
      for (let r = patch.clear.top; r <= patch.clear.bottom; r++)
        for (let c = patch.clear.left; c <= patch.clear.right; c++) if (g.values[r]) g.values[r][c] = null;
    // null leaves a cell as it is; "" empties it (as both adapters do).
    patch.values.forEach((row, i) => row.forEach((v, j) => v !== null && put(patch.top + i, patch.left + j, v === "" ? null : v)));
  }
  // As an adapter reads them: no empty cells at the end of a row.
  for (const g of sheets)
    for (const row of g.values) {
      for (let c = 0; c < row.length; c++) if (row[c] === undefined) row[c] = null;
      while (row.length > 0 && row[row.length - 1] === null) row.pop();
    }
  return { sheets };
}

// ---- Thông tư 24 workbooks ------------------------------------------------------------------

/** 30/11/2026: today for the TT 24 tests (the core never reads the clock). */
export const TODAY_2026 = 46356;

/** "Thông tin" of a TT 24 workbook: a public primary school evaluating 2026; rows override by key. */
export function tt24Info(rows: [string, CellValue][] = []): SheetGrid {
  const base: [string, CellValue][] = [
    ["Cơ quan chủ quản", "UBND XÃ TÂN PHÚ"],
    ["Tên đơn vị", "TRƯỜNG TIỂU HỌC TÂN PHÚ"],
    ["Mã/viết tắt đơn vị", "THTP"],
    ["Năm đánh giá", 2026],
    ["Loại hình đơn vị", "Trường tiểu học"],
    ["Công lập / ngoài công lập", "công lập"],
    ["Danh hiệu tập thể năm đánh giá", "Tập thể lao động tiên tiến"],
    ["Mức độ chuyển đổi số", "đáp ứng tốt"],
    ["Cơ quan nhận hồ sơ", "UBND xã Tân Phú"],
    ["Người, cơ quan quyết định công nhận", "Chủ tịch UBND xã Tân Phú"],
  ];
  const keys = new Set(rows.map((r) => r[0]));
  return { name: "Thông tin", values: [["Thông tin", "Giá trị"], ...base.filter((b) => !keys.has(b[0])), ...rows.filter((r) => r[1] !== undefined)] };
}

export const TT24_MEMBER_HEADER = [
  "STT",
  "Họ và tên",
  "Tổ chuyên môn",
  "Tuân thủ kỷ luật",
  "Hoàn thành chương trình học tập, bồi dưỡng",
  "Bồi dưỡng chuyển đổi số",
  "Chứng chỉ ngoại ngữ / tiếng DTTS",
  "Danh hiệu thi đua",
  "Danh hiệu Công dân học tập",
  "Không tính (lý do)",
];

/** The facts of a TT 24 member row, all met unless said otherwise. */
export interface Tt24MemberSpec {
  discipline?: boolean;
  training?: boolean;
  digital?: boolean;
  certificate?: boolean;
  title?: string | null;
  cdht?: boolean;
  excluded?: string;
}

/** One row per member under TT24_MEMBER_HEADER: [name, tổ, 2.1, 2.2, 2.3, 2.4, 2.5 title, 3.1, exclusion]. */
export function tt24Member(name: string, m: Tt24MemberSpec = {}, group = "Tổ 1"): CellValue[] {
  const yn = (v: boolean | undefined) => (v === false ? null : "x");
  return [
    name,
    group,
    yn(m.discipline),
    yn(m.training),
    yn(m.digital),
    yn(m.certificate),
    m.title === undefined ? "LĐTT" : m.title,
    yn(m.cdht),
    m.excluded ?? null,
  ];
}

/** `n` members; `spec(i)` says what member i lacks. */
export function tt24Members(n: number, spec: (i: number) => Tt24MemberSpec = () => ({}), header = TT24_MEMBER_HEADER): SheetGrid {
  return members(
    Array.from({ length: n }, (_, i) => tt24Member(`Thành viên Số ${i + 1}`, spec(i), i % 2 ? "Tổ 2" : "Tổ 1")),
    { header },
  );
}

export function tt24UnitItems(rows: CellValue[][]): SheetGrid {
  return { name: "Tiêu chí đơn vị", values: [["Mã chỉ tiêu", "Nội dung", "Kết quả tự đánh giá", "Mã minh chứng", "Giải trình"], ...rows.map((r) => [...r])] };
}

/** Each unit indicator "Đạt" with a code of its own; "Không áp dụng" for those in `na`. */
export function tt24Entries(ids: string[], na: string[] = []): CellValue[][] {
  return ids.map((id) => (na.includes(id) ? [id, "", "Không áp dụng", null, null] : [id, "", "Đạt", `H${id[0]}-${id}-01`, null]));
}

export const TT24_HUYEN_UNIT_IDS = ["1.1", "1.2", "1.3", "1.4", "1.5", "3.2", "3.3", "3.4", "3.5"];
export const TT24_TINH_UNIT_IDS = [...TT24_HUYEN_UNIT_IDS, "3.6"];

/** An evidence row per code, naming its indicator. */
export function tt24Evidence(ids: string[]): SheetGrid {
  return evidence(ids.map((id) => [`H${id[0]}-${id}-01`, id, `Minh chứng của chỉ tiêu ${id}`, null, null, null]));
}

/** A complete TT 24 workbook (cấp huyện primary school, 2026) in which everything is met at Mức độ 2. */
export function tt24Book(
  o: { info?: [string, CellValue][]; n?: number; member?: (i: number) => Tt24MemberSpec; entries?: CellValue[][]; ids?: string[]; na?: string[] } = {},
): WorkbookGrids {
  const ids = o.ids ?? TT24_HUYEN_UNIT_IDS;
  const na = o.na ?? ["3.5"];
  return book(
    tt24Info(o.info),
    tt24Members(o.n ?? 20, o.member),
    tt24UnitItems(o.entries ?? tt24Entries(ids, na)),
    tt24Evidence(ids.filter((i) => !na.includes(i))),
  );
}
