/**
 * Every sheet name the product spells, in one place: the clerk's input sheets (by role) and the
 * product's own sheets (by owned-sheet id).
 */
import type { Role } from "../model";

/**
 * The clerk's input sheets, by role: the names the template gives them. The reader finds them by
 * their content whatever they are called; these names are what the template writes and what a
 * message names when a sheet is missing.
 */
export const INPUT_SHEET_NAMES: Record<Role, string> = {
  unitInfo: "Thông tin",
  members: "Thành viên",
  unitItems: "Tiêu chí đơn vị",
  evidence: "Minh chứng",
  reportContent: "Nội dung báo cáo",
  overrides: "Hội đồng điều chỉnh",
  panel: "Tổ đánh giá",
};

/**
 * The product's sheets, by owned-sheet id: their preferred names. run() keeps the name the registry
 * records and never takes a clerk's sheet ("Biểu điểm (2)" instead); documents refer to each other
 * through the final names, falling back to these.
 */
export const SHEET_NAMES: Record<string, string> = {
  "kiem-tra": "Kiểm tra",
  "bieu-diem": "Biểu điểm",
  "ket-qua": "Kết quả",
  "bao-cao": "Báo cáo tự đánh giá",
  "bien-ban": "Biên bản",
  "danh-muc-minh-chung": "Danh mục minh chứng",
  "tong-hop-to": "Tổng hợp theo tổ",
  "ke-hoach-tien-do": "Kế hoạch - tiến độ",
  "to-trinh": "Tờ trình",
  "qd-to-danh-gia": "QĐ Tổ đánh giá",
  "tong-hop-tt24": "Bản tổng hợp",
  "thong-bao": "Thông báo kết quả",
  // The log of Hoàn tất and Mở khóa (issue 12, workbook/finalization.ts).
  "nhat-ky-hoan-tat": "Nhật ký hoàn tất",
  // The dated log of the council's overrides (workbook/overrides.ts).
  "nhat-ky-dieu-chinh": "Nhật ký điều chỉnh",
  // veryHidden: the automatic values of the last run's Kế hoạch – tiến độ (documents/dossier/ke-hoach.ts).
  "ke-hoach-tien-do-auto": "_dvht_tien_do",
  // veryHidden: the product's registry of what it owns (read/registry.ts).
  registry: "_dvht",
  // The district's consolidation workbook (district/index.ts).
  "tong-hop-don-vi": "Tổng hợp đơn vị",
  "ket-qua-chi-tieu": "Kết quả chỉ tiêu",
  "bao-cao-ket-qua": "Báo cáo kết quả",
  "du-thao-quyet-dinh": "Dự thảo quyết định",
};
