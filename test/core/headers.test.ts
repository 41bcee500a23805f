/**
 * Every header variant of workbook.md's members table is accepted, spelled in NFC and in NFD, in a
 * sheet that has every other column too (so a variant that would take another column's place fails),
 * and the abbreviations schools write (KH, BD/BDTX, LĐTT, CSTĐ, TĐ, CDHT, GĐHT, CĐS, NN, DTTS, TT).
 */
import { readWorkbook, run } from "../../src/core";
import { headerKey } from "../../src/core/read/headers";
import { book, evidence, FULL_EVIDENCE, FULL_UNIT_ITEMS, info, members, MEMBER_HEADER, okMember, TODAY, unitItems } from "./helpers";

/** One column per field, in the standard template's words. */
const FULL: [field: string, header: string][] = [
  ["seq", "STT"],
  ["name", "Họ và tên"],
  ["position", "Chức vụ"],
  ["group", "Tổ chuyên môn"],
  ["selfStudyPlan", "KH tự học được duyệt"],
  ["approvalDate", "Ngày phê duyệt"],
  ["discipline", "Tuân thủ kỷ luật"],
  ["training", "Hoàn thành BDTX"],
  ["title", "Danh hiệu thi đua"],
  ["competencesAll", "Đáp ứng năng lực, phẩm chất CDHT"],
  ["commitment", "Cam kết học tập suốt đời"],
  ["cdhtTitle", "Danh hiệu Công dân học tập"],
  ["digitalTraining", "Bồi dưỡng chuyển đổi số"],
  ["languageCertificate", "Chứng chỉ ngoại ngữ / tiếng DTTS"],
  ["languageLevel", "Trình độ ngoại ngữ / tiếng DTTS đáp ứng yêu cầu"],
  ["digitalSkills", "Kỹ năng số"],
  ["familyRegistered", "Gia đình đăng ký GĐHT"],
  ["familyRecognised", "Gia đình đạt GĐHT"],
  ["exclusion", "Không tính (lý do)"],
  ["note", "Ghi chú"],
];

/** workbook.md, "Thành viên": the variants the reader must accept, optional words both with and without. */
const VARIANTS: Record<string, string[]> = {
  seq: ["STT", "TT", "Số TT"],
  name: ["Họ và tên", "Họ tên", "Tên cán bộ", "Họ và tên CB-GV-NV"],
  position: ["Chức vụ", "Chức danh", "Vị trí việc làm"],
  group: ["Tổ", "Tổ chuyên môn", "Bộ phận", "Tổ/Bộ phận"],
  selfStudyPlan: ["Kế hoạch tự học", "Kế hoạch tự học (được phê duyệt)", "KH tự bồi dưỡng", "Có KH tự học, tự bồi dưỡng được duyệt"],
  approvalDate: ["Ngày phê duyệt", "Ngày phê duyệt (KH)"],
  discipline: ["Tuân thủ kỷ luật", "Tuân thủ kỷ luật (lao động)", "Chấp hành nội quy", "Kỷ luật – nội quy"],
  training: [
    "Hoàn thành bồi dưỡng",
    "Hoàn thành bồi dưỡng (bắt buộc)",
    "Hoàn thành BDTX",
    "Hoàn thành chương trình bồi dưỡng",
    "Hoàn thành chương trình học tập, bồi dưỡng",
  ],
  title: ["Danh hiệu thi đua", "Danh hiệu TĐ", "Danh hiệu", "Thi đua", "Thi đua (năm)", "DHTĐ"],
  competencesAll: ["Đáp ứng năng lực, phẩm chất CDHT"],
  commitment: ["Cam kết học tập suốt đời"],
  cdhtTitle: ["Danh hiệu Công dân học tập", "Đạt CDHT", "CDHT"],
  digitalTraining: ["Bồi dưỡng chuyển đổi số", "Được đào tạo, bồi dưỡng và tham gia chuyển đổi số", "Tham gia CĐS", "CĐS"],
  languageCertificate: ["Chứng chỉ ngoại ngữ / tiếng DTTS", "Chứng chỉ, chứng nhận ngoại ngữ hoặc tiếng dân tộc thiểu số", "CC ngoại ngữ"],
  languageLevel: ["Trình độ ngoại ngữ / tiếng DTTS đáp ứng yêu cầu", "Trình độ NN đáp ứng"],
  digitalSkills: ["Kỹ năng số"],
  familyRegistered: ["Gia đình đăng ký GĐHT"],
  familyRecognised: ["Gia đình đạt GĐHT"],
  exclusion: ["Không tính (lý do)", "Loại trừ"],
  note: ["Ghi chú"],
};

const CASES = Object.entries(VARIANTS).flatMap(([field, vs]) =>
  vs.flatMap((v) => (["NFC", "NFD"] as const).map((form) => [`${field}: "${v}" (${form})`, field, v.normalize(form)] as const)),
);

test.each(CASES)("%s", (_name, field, header) => {
  const at = FULL.findIndex(([f]) => f === field);
  const headers = FULL.map(([, h], i) => (i === at ? header : h));
  const r = readWorkbook(book(info(), { name: "Danh sách", values: [headers, [1, "Lê Thị Hoa"]] }));
  const columns = r.model.recognition.find((x) => x.role === "members")!.columns;
  // Every field in its own column: the variant took its field's place and no other.
  expect(columns).toEqual(Object.fromEntries(FULL.map(([f], i) => [f, i])));
});

describe("abbreviations", () => {
  test.each([
    ["KH tự BD", "ke hoach tu boi duong"],
    ["Hoàn thành BDTX", "hoan thanh boi duong thuong xuyen"],
    ["Đạt LĐTT", "dat lao dong tien tien"],
    ["CSTĐ cơ sở", "chien si thi dua co so"],
    ["Danh hiệu TĐ", "danh hieu thi dua"],
    ["Đạt CDHT", "dat cong dan hoc tap"],
    ["Gia đình đạt GĐHT", "gia dinh dat gia dinh hoc tap"],
    ["Tham gia CĐS", "tham gia chuyen doi so"],
    ["Trình độ NN", "trinh do ngoai ngu"],
    ["Tiếng DTTS", "tieng dan toc thieu so"],
    ["Chức vụ (TT, TP)", "chuc vu to truong tp"],
    ["TT", "stt"],
    ["Số TT", "stt"],
  ])("%s → %s", (header, key) => {
    expect(headerKey(header)).toBe(key);
  });

  test('"Danh hiệu TĐ" is the title column: the whole evaluation runs', () => {
    const header = MEMBER_HEADER.map((h) => (h === "Danh hiệu thi đua" ? "Danh hiệu TĐ" : h));
    const out = run(book(info(), members([okMember("Lê Thị Hoa")], { header }), unitItems(FULL_UNIT_ITEMS), evidence(FULL_EVIDENCE)), { today: TODAY });
    expect(out.fatal).toBe(false);
    expect(out.result!.items.find((i) => i.id === "2d")!.rate).toBe(1);
  });
});
