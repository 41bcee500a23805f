/**
 * The keys of "Thông tin", in one table: the label the template writes in column A (and messages
 * name), the folded phrases the reader accepts, and the template's guidance. The reader matches a
 * row's key to the first field whose phrase equals it or starts it ("Năm đánh giá 2023" is the year);
 * `exact` keys are looked up on their own, by whole key, the first filled row winning (optional
 * settings of the documents that the template does not list).
 */

export type InfoField =
  | "parentBody"
  | "name"
  | "code"
  | "place"
  | "year"
  | "framework"
  | "preset"
  | "unitType"
  | "principal"
  | "chair"
  | "secretary"
  | "collectiveTitle"
  | "recipient"
  | "documentNumber"
  | "meetingDate"
  | "meetingTime"
  | "meetingEnd"
  | "meetingPlace"
  | "attendees"
  | "absentees"
  | "vote"
  | "deadline"
  | "reportDate"
  | "requestDate"
  | "requestNumber"
  | "minutesNumber";

export interface InfoKey {
  field: InfoField;
  /** The key as the template writes it. */
  label: string;
  /** Folded keys the reader accepts (fold() of text/vi: no case, diacritics or punctuation). */
  phrases: string[];
  /** Guidance in the template's third column. */
  hint?: string;
  /** Looked up by whole key, independently of the other fields; not in the template. */
  exact?: boolean;
}

export const INFO_KEYS: InfoKey[] = [
  {
    field: "parentBody",
    label: "Cơ quan chủ quản",
    phrases: ["co quan chu quan", "don vi chu quan", "cap tren truc tiep"],
    hint: "Ví dụ: UBND HUYỆN THỦ THỪA (in hoa trên văn bản)",
  },
  { field: "name", label: "Tên đơn vị", phrases: ["ten don vi", "ten truong", "don vi"], hint: "Ví dụ: TRƯỜNG TIỂU HỌC BÌNH AN" },
  {
    field: "code",
    label: "Mã/viết tắt đơn vị",
    phrases: ["ma don vi", "viet tat", "ma viet tat", "ky hieu don vi"],
    hint: "Dùng trong số văn bản, ví dụ THBA → Số: …/BC-THBA",
  },
  { field: "place", label: "Địa danh", phrases: ["dia danh", "dia phuong noi ban hanh"], hint: "Nơi ban hành văn bản, ví dụ Bình An" },
  { field: "year", label: "Năm đánh giá", phrases: ["nam danh gia", "nam"], hint: "Đến 2023: Thông tư 22/2020; từ 2024: Thông tư 24/2023" },
  // The template's guidance for these two lists the rule sets and presets it knows (documents/template.ts).
  { field: "framework", label: "Bộ tiêu chí", phrases: ["bo tieu chi", "khung danh gia", "thong tu ap dung"] },
  { field: "preset", label: "Phương án địa phương", phrases: ["phuong an dia phuong", "phuong an", "dia phuong ap dung"] },
  {
    field: "unitType",
    label: "Loại hình đơn vị",
    phrases: ["loai hinh don vi", "loai hinh", "cap hoc"],
    hint: "Ví dụ: công lập, tiểu học (dùng cho Thông tư 24)",
  },
  { field: "principal", label: "Hiệu trưởng", phrases: ["hieu truong", "thu truong don vi", "thu truong", "giam doc"], hint: "Người ký báo cáo, biểu điểm" },
  { field: "chair", label: "Chủ tịch Hội đồng", phrases: ["chu tich hoi dong", "chu tri"], hint: "Chủ trì cuộc họp tự đánh giá" },
  { field: "secretary", label: "Thư ký", phrases: ["thu ky"], hint: "Thư ký cuộc họp" },
  {
    field: "collectiveTitle",
    label: "Danh hiệu tập thể năm đánh giá",
    phrases: ["danh hieu tap the", "danh hieu thi dua tap the", "danh hieu don vi"],
    hint: "Ví dụ: Tập thể lao động tiên tiến",
  },
  {
    field: "recipient",
    label: "Cơ quan nhận hồ sơ",
    phrases: ["co quan nhan ho so", "noi nhan ho so", "gui ho so den"],
    hint: "Ví dụ: Phòng GD&ĐT huyện …, hoặc UBND xã/phường …",
  },
  {
    field: "documentNumber",
    label: "Số văn bản",
    phrases: ["so van ban", "so bao cao", "so hieu van ban"],
    hint: 'Để trống: văn bản in "Số: ……" để văn thư điền',
  },
  { field: "meetingDate", label: "Ngày họp hội đồng", phrases: ["ngay hop hoi dong", "ngay hop"], hint: "dd/mm/yyyy" },
  { field: "meetingTime", label: "Giờ họp", phrases: ["gio hop", "thoi gian hop", "gio bat dau"], hint: "Ví dụ: 14 giờ 00" },
  { field: "meetingEnd", label: "Giờ kết thúc", phrases: ["gio ket thuc", "ket thuc luc"], hint: "Ví dụ: 16 giờ 30" },
  { field: "meetingPlace", label: "Địa điểm họp", phrases: ["dia diem hop", "dia diem"], hint: "Ví dụ: Phòng họp Hội đồng nhà trường" },
  {
    field: "attendees",
    label: "Thành phần dự họp",
    phrases: ["thanh phan du hop", "thanh phan", "co mat"],
    hint: "Ví dụ: 15/15 thành viên Hội đồng Thi đua – Khen thưởng",
  },
  { field: "absentees", label: "Vắng mặt", phrases: ["vang mat", "vang"], hint: "Ví dụ: không" },
  { field: "vote", label: "Kết quả biểu quyết", phrases: ["ket qua bieu quyet", "bieu quyet"], hint: "Ví dụ: 15/15 (100%) thành viên nhất trí" },
  // Optional settings of the documents, by whole key.
  { field: "deadline", label: "Hạn nộp hồ sơ", phrases: ["han nop ho so", "han nop"], exact: true },
  { field: "reportDate", label: "Ngày báo cáo", phrases: ["ngay bao cao", "ngay lap bao cao", "ngay ky bao cao"], exact: true },
  // The tờ trình is dated like the report when it has no date of its own.
  { field: "requestDate", label: "Ngày tờ trình", phrases: ["ngay to trinh", "ngay bao cao", "ngay lap bao cao"], exact: true },
  { field: "requestNumber", label: "Số tờ trình", phrases: ["so to trinh"], exact: true },
  { field: "minutesNumber", label: "Số biên bản", phrases: ["so bien ban"], exact: true },
];

const BY_FIELD = new Map(INFO_KEYS.map((k) => [k.field, k]));

/** The label of a field, as the template writes it ("Giờ họp"). */
export function infoLabel(field: InfoField): string {
  return BY_FIELD.get(field)!.label;
}

/** The field a folded key names, if any (the first match in table order; `exact` keys excluded). */
export function infoField(keyFolded: string): InfoField | null {
  for (const k of INFO_KEYS) if (!k.exact && k.phrases.some((p) => keyFolded === p || keyFolded.startsWith(`${p} `))) return k.field;
  return null;
}
