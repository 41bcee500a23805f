/**
 * What the district's consolidation reports about the schools' result workbooks.
 */
import type { Entry } from "./entry";

export const DISTRICT_MESSAGES = {
  DISTRICT_NO_BLOCK: {
    severity: "error",
    vi: (p) => `Tệp ${p.source}: không có khối kết quả DVHT_KETQUA (trang Kết quả).`,
    fix: () => "Đề nghị đơn vị mở sổ, bấm Đánh giá (hoặc chạy dvht evaluate) rồi gửi lại tệp kết quả.",
    en: (p) => `${p.source}: no DVHT_KETQUA block.`,
  },
  DISTRICT_HASH_MISMATCH: {
    severity: "warning",
    vi: (p) => `Tệp ${p.source}: khối kết quả đã bị sửa sau khi chấm (mã kiểm tra không khớp).`,
    fix: () => "Đề nghị đơn vị chạy Đánh giá lại và gửi tệp mới; không sửa tay trang Kết quả.",
    en: (p) => `${p.source}: the summary block was edited after evaluation.`,
  },
  DISTRICT_DUPLICATE_UNIT: {
    severity: "error",
    vi: (p) => `Đơn vị ${p.unit} (năm ${p.year}) có trong hai tệp: ${p.first} và ${p.source}; chỉ tính tệp đầu.`,
    fix: () => "Giữ lại tệp mới nhất của đơn vị, bỏ tệp còn lại.",
    en: (p) => `Unit ${p.unit} appears twice.`,
  },
  DISTRICT_MIXED: {
    severity: "warning",
    vi: (p) => `Tệp ${p.source}: ${p.what} là ${p.value}, khác với đa số (${p.usual}).`,
    fix: () => "Kiểm tra năm đánh giá và bộ tiêu chí trong trang Thông tin của đơn vị.",
    en: (p) => `${p.source}: ${p.what} differs.`,
  },
  DISTRICT_SCHOOL_ERRORS: {
    severity: "warning",
    vi: (p) => `Tệp ${p.source}: kết quả của đơn vị còn ${p.errors} lỗi dữ liệu chưa sửa.`,
    fix: () => "Đề nghị đơn vị xem trang Kiểm tra, sửa lỗi, chấm lại rồi gửi lại.",
    en: (p) => `${p.source}: the unit's result still has ${p.errors} data errors.`,
  },
} satisfies Record<string, Entry>;
