/**
 * What the product says about where it writes in the clerk's workbook: the result band beside the
 * members table, and the cells it fills.
 */
import type { Entry } from "./entry";

export const OUTPUT_MESSAGES = {
  BAND_SKIPS_COLUMNS: {
    severity: "info",
    vi: (p) =>
      `Cột ${p.columns} của trang ${p.sheet} có dữ liệu của bạn nằm giữa các cột kết quả; phần mềm giữ nguyên và ghi kết quả vào các cột trống bên cạnh.`,
    fix: (p) => `Không cần làm gì. Muốn các cột kết quả liền nhau, chuyển dữ liệu ở cột ${p.columns} sang chỗ khác rồi chạy lại.`,
    en: (p) => `Column(s) ${p.columns} of ${p.sheet} hold the clerk's data among the result columns; they were kept and skipped.`,
  },
  BAND_BESIDE_TABLE: {
    severity: "warning",
    vi: (p) =>
      `Trang ${p.sheet} có dữ liệu tới tận cột cuối cùng Excel cho phép (XFD), nên cột kết quả không đặt sau mọi dữ liệu được; ` +
      `kết quả được ghi vào các cột trống ${p.to} ngay bên phải danh sách.`,
    fix: (p) => `Nếu dữ liệu ở các cột cuối trang ${p.sheet} là nhập nhầm, hãy xóa đi.`,
    en: (p) => `Sheet ${p.sheet} has data up to Excel's last column; the result band was written to the free columns ${p.to}.`,
  },
  BAND_NO_ROOM: {
    severity: "warning",
    vi: (p) =>
      `Không ghi được cột kết quả bên phải danh sách trang ${p.sheet}: cần ${p.width} cột trống liền nhau ở các dòng của danh sách, ` +
      `nhưng bên phải danh sách không còn đủ cột trống trước cột cuối cùng Excel cho phép (XFD).`,
    fix: (p) => `Xóa dữ liệu thừa ở các cột bên phải danh sách trang ${p.sheet} rồi chạy lại. Điểm và Biểu điểm vẫn được tính đủ.`,
    en: (p) => `No room for the ${p.width}-column result band right of the table on ${p.sheet} before Excel's last column.`,
  },
} satisfies Record<string, Entry>;
