/**
 * What the district's consolidation reports about the units' result workbooks, its roster and its
 * settings. The table says the same things on each unit's row; these are the Kiểm tra sheet's lines.
 */
import type { Entry } from "./entry";

export const DISTRICT_MESSAGES = {
  DISTRICT_FILE_UNUSABLE: {
    severity: "error",
    vi: (p) => `Tệp ${p.source} không dùng được nên không có trong bảng tổng hợp: ${p.detail}`,
    fix: () => "Đề nghị đơn vị gửi lại tệp kết quả (sổ đã bấm Đánh giá), rồi chạy lại tổng hợp.",
    en: (p) => `${p.source} cannot be used.`,
  },
  DISTRICT_NO_BLOCK: {
    severity: "error",
    vi: (p) => `Tệp ${p.source}: không có khối kết quả DVHT_KETQUA (trang Kết quả).`,
    fix: () => "Đề nghị đơn vị mở sổ, bấm Đánh giá (hoặc chạy dvht evaluate) rồi gửi lại tệp kết quả.",
    en: (p) => `${p.source}: no DVHT_KETQUA block.`,
  },
  DISTRICT_NO_RESULT: {
    severity: "error",
    vi: (p) => `Tệp ${p.source} (${p.unit}): sổ chưa chấm được (còn lỗi nghiêm trọng), không có kết quả để tổng hợp.`,
    fix: () => "Đề nghị đơn vị xem trang Kiểm tra của sổ, sửa lỗi, bấm Đánh giá rồi gửi lại.",
    en: (p) => `${p.source}: the unit's workbook has no result.`,
  },
  DISTRICT_HASH_MISMATCH: {
    severity: "error",
    vi: (p) => `Tệp ${p.source} (${p.unit}): khối kết quả đã bị sửa sau khi đánh giá (mã kiểm tra không khớp), nên không tính vào tổng hợp.`,
    fix: () => "Đề nghị đơn vị bấm Đánh giá lại và gửi tệp mới; không sửa tay trang Kết quả.",
    en: (p) => `${p.source}: the summary block was edited after evaluation; not counted.`,
  },
  DISTRICT_PRINTED_EDITED: {
    severity: "error",
    vi: (p) => `Tệp ${p.source} (${p.unit}): kết quả in trên trang ${p.printed} đã bị sửa tay, khác kết quả đã đánh giá, nên không tính vào tổng hợp.`,
    fix: (p) => `Đề nghị đơn vị bấm Đánh giá lại và gửi tệp mới; không sửa tay trang ${p.printed}.`,
    en: (p) => `${p.source}: the printed result on ${p.printed} was edited; not counted.`,
  },
  DISTRICT_PRINTED_MISSING: {
    severity: "warning",
    vi: (p) => `Tệp ${p.source} (${p.unit}): không còn trang ${p.printed} để đối chiếu kết quả in; kết quả vẫn được tính theo khối kết quả.`,
    fix: () => "Nếu cần bản in, đề nghị đơn vị bấm Đánh giá lại và gửi tệp mới.",
    en: (p) => `${p.source}: the printed result's sheet ${p.printed} is gone; counted from the block.`,
  },
  DISTRICT_DUPLICATE_UNIT: {
    severity: "warning",
    vi: (p) => `Đơn vị ${p.unit} gửi ${p.count} tệp: tính tệp ${p.kept} (${p.why}); không tính: ${p.setAside}.`,
    fix: () => "Nếu cần tính tệp khác, bỏ các tệp thừa khỏi thư mục rồi chạy lại.",
    en: (p) => `Unit ${p.unit} sent ${p.count} files; ${p.kept} is counted.`,
  },
  DISTRICT_OTHER_YEAR: {
    severity: "warning",
    vi: (p) => `Tệp ${p.source} (${p.unit}) là kết quả năm ${p.year}, không phải năm ${p.usual}: ghi riêng, không tính vào bảng năm ${p.usual}.`,
    fix: (p) => `Đề nghị đơn vị gửi kết quả năm ${p.usual}; nếu cần tổng hợp năm khác, chạy với --nam.`,
    en: (p) => `${p.source} is a ${p.year} result, not ${p.usual}; listed apart.`,
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
  DISTRICT_NOT_ON_ROSTER: {
    severity: "warning",
    vi: (p) => `Tệp ${p.source}: đơn vị ${p.unit} không có trong danh sách đơn vị, nên ghi riêng, không tính vào bảng.`,
    fix: () => "Kiểm tra tên (hoặc mã) đơn vị trong danh sách; nếu thiếu, thêm đơn vị vào danh sách rồi chạy lại.",
    en: (p) => `${p.source}: ${p.unit} is not on the roster; listed apart.`,
  },
  DISTRICT_AMBIGUOUS_MATCH: {
    severity: "warning",
    vi: (p) => `Tệp ${p.source}: đơn vị ${p.unit} khớp với nhiều dòng của danh sách (${p.candidates}), nên ghi riêng, không tính.`,
    fix: () => "Thêm cột Mã đơn vị vào danh sách (đơn vị ghi cùng mã ở trang Thông tin), hoặc sửa tên cho phân biệt.",
    en: (p) => `${p.source}: ${p.unit} matches several roster rows.`,
  },
  DISTRICT_NOT_SENT: {
    severity: "warning",
    vi: (p) => `${p.count} đơn vị trong danh sách chưa gửi kết quả năm ${p.year}: ${p.units}.`,
    fix: () => "Nhắc các đơn vị này gửi tệp kết quả (sổ đã bấm Đánh giá), rồi chạy lại tổng hợp.",
    en: (p) => `${p.count} units on the roster sent no result.`,
  },
  DISTRICT_NO_ROSTER: {
    severity: "info",
    vi: () => "Chưa có danh sách đơn vị: bảng chỉ liệt kê các đơn vị đã gửi tệp, không biết đơn vị nào chưa gửi.",
    fix: () => 'Thêm trang "Danh sách đơn vị" (cột Tên đơn vị, có thể thêm Mã đơn vị, Loại hình) vào sổ tổng hợp, hoặc chạy với --roster.',
    en: () => "No roster: only the units that sent a file are listed.",
  },
  DISTRICT_ROSTER_NO_HEADER: {
    severity: "error",
    vi: (p) => `Trang ${p.sheet} không có cột "Tên đơn vị" trong 10 dòng đầu, nên không đọc được danh sách đơn vị.`,
    fix: () => 'Ghi tiêu đề cột "Tên đơn vị" (và nếu có: "Mã đơn vị", "Loại hình") ở dòng đầu của danh sách.',
    en: (p) => `${p.sheet}: no "Tên đơn vị" column.`,
  },
  DISTRICT_ROSTER_DUPLICATE: {
    severity: "warning",
    vi: (p) => `Danh sách đơn vị (${p.source}): đơn vị ${p.unit} ghi hai lần (dòng ${p.first} và một dòng sau); chỉ giữ dòng đầu.`,
    fix: () => "Xóa dòng trùng trong danh sách đơn vị.",
    en: (p) => `${p.unit} is listed twice on the roster.`,
  },
} satisfies Record<string, Entry>;
