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
  | "ownership"
  | "tier"
  | "digitalLevel"
  | "accreditation"
  | "learnersCdht"
  | "learners"
  | "currentLevel"
  | "currentNumber"
  | "currentDate"
  | "dossierDate"
  | "approver"
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
  | "minutesNumber"
  | "awardLevel"
  | "awardNumber"
  | "awardDate"
  | "postingPlace"
  | "commentDays"
  | "panelDecisionNumber"
  | "panelDecisionDate";

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
  /** The framework whose template lists the key (absent: both). */
  only?: "TT22" | "TT24";
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
  {
    field: "year",
    label: "Năm đánh giá",
    phrases: ["nam danh gia", "nam"],
    hint: "Năm dương lịch (số liệu từ 01/01 đến 31/12), không ghi năm học. Đến 2023: Thông tư 22/2020; từ 2024: Thông tư 24/2023",
  },
  // The template's guidance for these two lists the rule sets and presets it knows (documents/template.ts).
  { field: "framework", label: "Bộ tiêu chí", phrases: ["bo tieu chi", "khung danh gia", "thong tu ap dung"] },
  { field: "preset", label: "Phương án địa phương", phrases: ["phuong an dia phuong", "phuong an", "dia phuong ap dung"], only: "TT22" },
  // Thông tư 24's unit (read/unit-type.ts): its type, public or not, its level; the template offers the choices.
  {
    field: "unitType",
    label: "Loại hình đơn vị",
    phrases: ["loai hinh don vi", "loai hinh", "cap hoc"],
    hint: "Chọn trong danh sách, ví dụ Trường tiểu học; quyết định chỉ tiêu nào áp dụng (Thông tư 24)",
  },
  {
    field: "ownership",
    label: "Công lập / ngoài công lập",
    phrases: ["cong lap ngoai cong lap", "cong lap hay ngoai cong lap", "cong lap hoac ngoai cong lap"],
    hint: "Trường học, đơn vị sự nghiệp: công lập hoặc ngoài công lập (tư thục, dân lập); để trống là công lập",
    only: "TT24",
  },
  {
    field: "tier",
    label: "Cấp đơn vị",
    phrases: ["cap don vi"],
    hint: "cấp huyện (Điều 6, 7) hoặc cấp tỉnh (Điều 12, 13); để trống: theo loại hình (THPT, GDTX, trung cấp, cao đẳng, đại học: cấp tỉnh)",
    only: "TT24",
  },
  {
    field: "digitalLevel",
    label: "Mức độ chuyển đổi số",
    phrases: ["muc do chuyen doi so", "muc chuyen doi so"],
    hint: "Cơ sở giáo dục phổ thông, đại học: chưa đạt / đáp ứng cơ bản / đáp ứng tốt (QĐ 4725, 4740/QĐ-BGDĐT); chỉ tiêu 3.4, 3.5",
    only: "TT24",
  },
  {
    field: "accreditation",
    label: "Kiểm định chất lượng GDNN",
    phrases: ["kiem dinh chat luong gdnn", "kiem dinh chat luong giao duc nghe nghiep", "kiem dinh chat luong"],
    hint: "Cơ sở giáo dục nghề nghiệp: Có / Không (đạt kiểm định chất lượng)",
    only: "TT24",
  },
  // "… đạt CDHT" first: the reader takes the first key a row starts with.
  {
    field: "learnersCdht",
    label: "Số người học đạt CDHT",
    phrases: ["so nguoi hoc dat cdht", "so nguoi hoc dat cong dan hoc tap", "so nguoi hoc dat danh hieu cong dan hoc tap"],
    hint: 'Chỉ tiêu 3.1, chỉ khi đơn vị có Người học (không tính mầm non, tiểu học, THCS): số người học đạt "Công dân học tập"',
    only: "TT24",
  },
  {
    field: "learners",
    label: "Số người học",
    phrases: ["so nguoi hoc"],
    hint: "Chỉ tiêu 3.1, chỉ khi đơn vị có Người học (THPT, GDTX, GDNN, đại học …)",
    only: "TT24",
  },
  {
    field: "currentLevel",
    label: "Công nhận hiện có: mức độ",
    phrases: ["cong nhan hien co muc do", "muc do cong nhan hien co", "muc do da duoc cong nhan"],
    hint: "Mức độ 1 / Mức độ 2 nếu đơn vị đang được công nhận; để trống nếu chưa",
    only: "TT24",
  },
  {
    field: "currentNumber",
    label: "Công nhận hiện có: số quyết định",
    phrases: ["cong nhan hien co so quyet dinh", "so quyet dinh cong nhan"],
    hint: "Ví dụ 215/QĐ-UBND",
    only: "TT24",
  },
  {
    field: "currentDate",
    label: "Công nhận hiện có: ngày quyết định",
    phrases: ["cong nhan hien co ngay quyet dinh", "ngay quyet dinh cong nhan"],
    hint: "dd/mm/yyyy; được bảo lưu 03 năm tiếp theo năm công nhận, nâng mức độ 2 sau ít nhất 12 tháng",
    only: "TT24",
  },
  {
    field: "dossierDate",
    label: "Ngày trình hồ sơ",
    phrases: ["ngay trinh ho so", "ngay nop ho so", "ngay gui ho so"],
    hint: "dd/mm/yyyy; để trống: 15/01 năm sau",
    only: "TT24",
  },
  { field: "principal", label: "Hiệu trưởng", phrases: ["hieu truong", "thu truong don vi", "thu truong", "giam doc"], hint: "Người ký báo cáo, biểu điểm" },
  { field: "chair", label: "Chủ tịch Hội đồng", phrases: ["chu tich hoi dong", "chu tri"], hint: "Chủ trì cuộc họp tự đánh giá" },
  { field: "secretary", label: "Thư ký", phrases: ["thu ky"], hint: "Thư ký cuộc họp" },
  // Thông tư 24, Điều 10: the head's decision setting up the Tổ đánh giá (its members: the sheet "Tổ đánh giá").
  {
    field: "panelDecisionNumber",
    label: "Số quyết định thành lập Tổ đánh giá",
    phrases: ["so quyet dinh thanh lap to danh gia", "quyet dinh thanh lap to danh gia so"],
    hint: 'Ví dụ 112/QĐ-THTP; để trống: in "Số: ……" để văn thư điền. Thành viên Tổ: trang Tổ đánh giá',
    only: "TT24",
  },
  {
    field: "panelDecisionDate",
    label: "Ngày quyết định thành lập Tổ đánh giá",
    phrases: ["ngay quyet dinh thanh lap to danh gia"],
    hint: "dd/mm/yyyy",
    only: "TT24",
  },
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
    hint: "Ví dụ: UBND xã/phường … (từ 01/7/2025, đơn vị cấp huyện trước đây), Sở GD&ĐT … (cấp tỉnh)",
  },
  {
    field: "approver",
    label: "Người, cơ quan quyết định công nhận",
    phrases: ["nguoi co quan quyet dinh cong nhan", "nguoi quyet dinh cong nhan", "co quan quyet dinh cong nhan"],
    hint: "Để trống: Chủ tịch UBND cấp xã (đơn vị cấp huyện trước đây) hoặc Chủ tịch UBND cấp tỉnh",
    only: "TT24",
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
  // The announcement's (Thông báo kết quả tự đánh giá): where the full results are posted, and for how many days comments are taken.
  { field: "postingPlace", label: "Nơi niêm yết kết quả", phrases: ["noi niem yet ket qua", "noi niem yet"], exact: true },
  { field: "commentDays", label: "Thời gian góp ý (ngày)", phrases: ["thoi gian gop y ngay", "thoi gian gop y", "so ngay gop y"], exact: true },
  // The decision on this year's dossier, when it has come (Tạo sổ năm sau carries it into "Công nhận hiện có").
  { field: "awardLevel", label: "Quyết định công nhận năm nay: mức độ", phrases: ["quyet dinh cong nhan nam nay muc do"], exact: true },
  { field: "awardNumber", label: "Quyết định công nhận năm nay: số quyết định", phrases: ["quyet dinh cong nhan nam nay so quyet dinh"], exact: true },
  { field: "awardDate", label: "Quyết định công nhận năm nay: ngày quyết định", phrases: ["quyet dinh cong nhan nam nay ngay quyet dinh"], exact: true },
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
