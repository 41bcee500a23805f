/**
 * Preferred names of the product's sheets, by owned-sheet id: one table for run() (which resolves
 * clashes with the clerk's sheets) and for the documents that refer to each other by name.
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
  "tong-hop-tt24": "Bản tổng hợp",
  "ke-hoach-tien-do-auto": "_dvht_tien_do",
};
