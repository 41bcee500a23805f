/**
 * What Thông tư 24's dossier says: the Tổ đánh giá's table (read/panel.ts) and the request letter that is
 * not written when there is nothing to request. Indicators are met or not; never points.
 */
import type { Entry } from "./entry";

export const TT24_DOSSIER_MESSAGES = {
  PANEL_MISSING: {
    severity: "warning",
    vi: (p) =>
      `Chưa có danh sách Tổ đánh giá (trang "${p.sheet}"); Quyết định thành lập Tổ đánh giá ghi Tổ trưởng, Thư ký theo trang Thông tin và để dòng chấm cho các thành viên khác.`,
    fix: (p) =>
      `Thêm trang "${p.sheet}" (nút Tạo mẫu hoặc lệnh dvht template): mỗi thành viên một dòng với Họ và tên, Chức vụ, Nhiệm vụ trong Tổ đánh giá (Tổ trưởng, Phó Tổ trưởng, Thư ký, Thành viên).`,
    en: () => "No list of the Tổ đánh giá; the decision prints the chair and the secretary from Thông tin and dotted lines for the others.",
  },
  PANEL_ROW_WITHOUT_NAME: {
    severity: "warning",
    vi: (p) => `dòng ${p.row} của danh sách Tổ đánh giá có nhiệm vụ hoặc chức vụ nhưng chưa có họ và tên; dòng này không được dùng.`,
    fix: () => "Ghi họ và tên, hoặc xóa dòng.",
    en: (p) => `row ${p.row} of the Tổ đánh giá has no name; not used.`,
  },
  PANEL_NO_LEAD: {
    severity: "warning",
    vi: (p) => `Trang "${p.sheet}" chưa ghi ai là Tổ trưởng Tổ đánh giá; quyết định và biên bản để dấu chấm ở chỗ Tổ trưởng.`,
    fix: () => 'Ghi "Tổ trưởng" ở cột "Nhiệm vụ trong Tổ đánh giá" cho một người.',
    en: () => "The Tổ đánh giá has no chair.",
  },
  PANEL_TWO_LEADS: {
    severity: "warning",
    vi: (p) => `Tổ đánh giá có nhiều Tổ trưởng (${p.names}); văn bản ghi người đầu tiên.`,
    fix: () => "Chỉ ghi một Tổ trưởng; người khác ghi Phó Tổ trưởng hoặc Thành viên.",
    en: (p) => `The Tổ đánh giá has several chairs (${p.names}); the first is used.`,
  },
  PANEL_NO_SECRETARY: {
    severity: "info",
    vi: (p) => `Trang "${p.sheet}" chưa ghi Thư ký Tổ đánh giá; biên bản dùng "Thư ký" của trang Thông tin.`,
    fix: () => 'Ghi "Thư ký" ở cột "Nhiệm vụ trong Tổ đánh giá" cho người ghi biên bản.',
    en: () => "The Tổ đánh giá has no secretary; the minutes use the one in Thông tin.",
  },
  TT24_NO_REQUEST: {
    severity: "info",
    vi: (p) => `Không lập Tờ trình đề nghị công nhận năm ${p.year}: ${p.why}`,
    fix: (p) => `${p.todo}`,
    en: (p) => `No request letter for ${p.year}: nothing to request.`,
  },
} satisfies Record<string, Entry>;
