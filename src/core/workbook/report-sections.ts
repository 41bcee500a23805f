/**
 * The parts of the self-assessment report a clerk writes in "Nội dung báo cáo" (one row per part):
 * the key the template writes, the other keys a clerk may use (folded), and the template's guidance.
 * Shared by the template, the reader (read/content.ts) and the report (documents/dossier/bao-cao.ts).
 */

export type SectionId = "can-cu" | "dac-diem" | "uu-diem" | "han-che" | "nguyen-nhan" | "phuong-huong" | "kien-nghi" | "noi-nhan";

export interface SectionDef {
  id: SectionId;
  /** The key the template writes. */
  label: string;
  /** Other keys a clerk may write (folded match). */
  aliases: string[];
  /** Guidance shown in the template's third column. */
  hint: string;
}

export const SECTIONS: SectionDef[] = [
  {
    id: "can-cu",
    label: "Căn cứ",
    aliases: ["can cu", "can cu phap ly", "van ban can cu"],
    hint: "Các văn bản cấp trên làm căn cứ (mỗi văn bản một dòng). Để trống: chỉ ghi Thông tư và kế hoạch của đơn vị.",
  },
  {
    id: "dac-diem",
    label: "Đặc điểm tình hình",
    aliases: ["dac diem tinh hinh", "dac diem", "tinh hinh", "tinh hinh chung", "thuan loi kho khan", "dac diem tinh hinh don vi"],
    hint: "Vài nét về đơn vị: quy mô, thuận lợi, khó khăn. Số thành viên theo tổ phần mềm tự ghi.",
  },
  {
    id: "uu-diem",
    label: "Ưu điểm",
    aliases: ["uu diem", "diem manh", "ket qua dat duoc", "nhung mat lam duoc"],
    hint: "Những mặt làm tốt. Để trống: phần mềm nêu các tiêu chí đạt điểm tối đa.",
  },
  {
    id: "han-che",
    label: "Hạn chế",
    aliases: ["han che", "ton tai", "ton tai han che", "han che ton tai", "diem yeu", "nhung mat con han che"],
    hint: "Những mặt còn hạn chế. Để trống: phần mềm nêu các tiêu chí chưa đạt tối đa và số thành viên chưa đạt.",
  },
  {
    id: "nguyen-nhan",
    label: "Nguyên nhân",
    aliases: ["nguyen nhan", "nguyen nhan han che", "nguyen nhan cua han che"],
    hint: "Nguyên nhân của hạn chế (không bắt buộc; để trống thì bỏ qua).",
  },
  {
    id: "phuong-huong",
    label: "Phương hướng",
    aliases: ["phuong huong", "giai phap", "phuong huong nhiem vu", "phuong huong giai phap", "bien phap khac phuc", "ke hoach khac phuc"],
    hint: "Biện pháp khắc phục, phương hướng năm tới. Để trống: phần mềm nêu việc cần làm cho từng tiêu chí chưa đạt.",
  },
  {
    id: "kien-nghi",
    label: "Kiến nghị",
    aliases: ["kien nghi", "de xuat", "kien nghi de xuat", "de xuat kien nghi", "de nghi"],
    hint: "Đề nghị với cấp trên. Để trống: đề nghị công nhận kết quả tự xếp loại.",
  },
  {
    id: "noi-nhan",
    label: "Nơi nhận",
    aliases: ["noi nhan"],
    hint: 'Mỗi nơi nhận một dòng (không cần dấu gạch đầu dòng); "Lưu: VT" phần mềm tự thêm. Để trống: Cơ quan nhận hồ sơ ở trang Thông tin.',
  },
];
