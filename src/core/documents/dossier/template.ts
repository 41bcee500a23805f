/**
 * The clerk's input sheet for the report's prose ("Nội dung báo cáo"), for the lead's planTemplate,
 * and realistic inputs for the Bình An sample workbook (helper C's scripts/make-sample.ts).
 *
 * "Nội dung báo cáo" is the CLERK's sheet, not an owned one: the template adds it once when it is
 * missing; runs only read it, so what the clerk writes survives every re-run.
 */
import type { SheetPlan } from "../../plan";
import { SheetBuilder, S, merge, a4Print } from "../builder";
import { SECTIONS } from "./content";
import { INPUT_SHEET_NAMES } from "../../workbook/sheets";

/** [section key as written in column A, text] — several rows with the same key add paragraphs. */
export type ContentRow = [string, string];
/** [key, target, achieved typed by hand (optional)] — rows for "Thông tin". */
export type TargetRow = [string, string | number, (string | number)?];

/**
 * The input sheet: title, one instruction line, header "Phần | Nội dung | Hướng dẫn", one row per
 * section with the guidance in column C. `rows` pre-fills the text column (the sample workbook).
 */
export function reportContentSheet(rows: ContentRow[] = []): SheetPlan {
  const b = new SheetBuilder("noi-dung-bao-cao", INPUT_SHEET_NAMES.reportContent, [24, 80, 48], 12);
  b.block(0, 0, 2, "NỘI DUNG BÁO CÁO TỰ ĐÁNH GIÁ", merge(S.bold, { font: { size: 14 } }));
  b.block(
    1,
    0,
    2,
    "Nhập lời văn cho từng phần ở cột Nội dung (xuống dòng trong ô bằng Alt+Enter; thêm dòng bên dưới với cột Phần để trống để viết tiếp). " +
      "Phần để trống: phần mềm tự viết từ kết quả chấm. Trang này do bạn sở hữu; phần mềm chỉ đọc, không ghi đè.",
    merge(S.italic, { align: { wrap: true, v: "top" } }),
  );
  b.height(1, 34);
  b.line(2, 0, ["Phần", "Nội dung", "Hướng dẫn"], merge(S.box, S.bold, S.center, S.headerFill));
  let r = 3;
  const textFor = (label: string) => rows.filter(([k]) => k === label).map(([, t]) => t);
  for (const s of SECTIONS) {
    const texts = textFor(s.label);
    const first = texts[0] ?? null;
    b.set(r, 0, s.label, merge(S.box, S.bold, { align: { v: "top", wrap: true } }));
    b.set(r, 1, first, merge(S.box, { align: { v: "top", wrap: true } }));
    b.set(r, 2, s.hint, merge(S.box, S.italic, { font: { size: 11, color: "#595959" }, align: { v: "top", wrap: true } }));
    b.height(r, Math.max(48, estimate(first ?? "", 80), estimate(s.hint, 48)));
    r++;
    for (const more of texts.slice(1)) {
      b.set(r, 0, null, S.box);
      b.set(r, 1, more, merge(S.box, { align: { v: "top", wrap: true } }));
      b.set(r, 2, null, S.box);
      b.height(r, Math.max(20, estimate(more, 80)));
      r++;
    }
  }
  b.row = r;
  // Printable too (a clerk often reviews the prose on paper): A4 landscape, one page wide.
  return b.build({
    freeze: { rows: 3, cols: 1 },
    tabColor: "#FFC000",
    showGridLines: true,
    print: a4Print(
      { top: 0, left: 0, bottom: b.values.length - 1, right: 2 },
      { orientation: "landscape", repeatRows: { from: 2, to: 2 }, horizontalCentered: false },
    ),
  });
}

function estimate(text: string, width: number): number {
  const perLine = Math.floor(width * 1.1);
  const lines = text.split("\n").reduce((n, p) => n + Math.max(1, Math.ceil(p.length / perLine)), 0);
  return lines * 16 + 4;
}

/**
 * Inputs for the Bình An sample (from the school's 2023 plan, seeds/000): the plan's targets in
 * "Thông tin" and the report's prose. "Phương hướng" is left blank on purpose so that the sample also
 * shows a text the product derives from the scores.
 */
export function sampleDossierInputs(): { reportContentRows: ContentRow[]; infoTargetRows: TargetRow[]; sheets: SheetPlan[]; patches: [] } {
  const inputs = sampleRows();
  // Also shaped as a write plan (sheets, patches): the sample generator writes `sheets` as ordinary
  // clerk sheets; the target rows belong in its "Thông tin" sheet.
  return { ...inputs, sheets: [reportContentSheet(inputs.reportContentRows)], patches: [] };
}

function sampleRows(): { reportContentRows: ContentRow[]; infoTargetRows: TargetRow[] } {
  return {
    infoTargetRows: [
      ["Chỉ tiêu: Kế hoạch tự học, tự bồi dưỡng được duyệt", "100%"],
      ["Chỉ tiêu: Cam kết học tập suốt đời", "100%"],
      ["Chỉ tiêu: Lao động tiên tiến", "100%"],
      ["Chỉ tiêu: Danh hiệu tập thể", "Tập thể lao động tiên tiến"],
      ["Chỉ tiêu: Gia đình đăng ký GĐHT", "100%"],
      ["Chỉ tiêu: Gia đình đạt GĐHT", "100%"],
      ["Chỉ tiêu: Kỹ năng số", "90%"],
      ["Chỉ tiêu: Không có cá nhân vi phạm pháp luật", "100%", "100%"],
    ],
    reportContentRows: [
      [
        "Căn cứ",
        "Kế hoạch số 2823/KH-UBND ngày 13/9/2022 của UBND tỉnh Long An về tổ chức công nhận danh hiệu các mô hình học tập cấp xã giai đoạn 2021-2030 trên địa bàn tỉnh Long An",
      ],
      [
        "Căn cứ",
        "Kế hoạch số 443/KH-UBND ngày 25/01/2021 của UBND huyện Thủ Thừa về triển khai thực hiện Thông tư số 22/2020/TT-BGDĐT trên địa bàn huyện Thủ Thừa",
      ],
      [
        "Căn cứ",
        "Công văn số 1525/PGDĐT ngày 09/12/2022 của Phòng GD&ĐT Thủ Thừa về việc đẩy mạnh triển khai thực hiện công tác xây dựng xã hội học tập, các mô hình học tập",
      ],
      [
        "Đặc điểm tình hình",
        'Trường Tiểu học Bình An thuộc xã Bình An, huyện Thủ Thừa. Năm 2023, nhà trường xây dựng và triển khai Kế hoạch đăng ký danh hiệu "Đơn vị học tập"; 100% cán bộ, giáo viên, nhân viên lập kế hoạch tự học, tự bồi dưỡng và ký bản cam kết học tập suốt đời, trong đó có nội dung hình thành kỹ năng số theo Quyết định số 749/QĐ-TTg ngày 03/6/2020 của Thủ tướng Chính phủ.',
      ],
      [
        "Đặc điểm tình hình",
        "Thuận lợi: Chi ủy, Ban Giám hiệu quan tâm chỉ đạo; đội ngũ đoàn kết, tích cực tự học. Khó khăn: một số giáo viên ở xa trường, thiết bị phục vụ học trực tuyến còn thiếu.",
      ],
      [
        "Ưu điểm",
        "Việc học tập thường xuyên được đưa vào tiêu chí thi đua hằng năm; nhà trường bố trí thời gian, kinh phí cho thành viên tham gia bồi dưỡng theo chương trình giáo dục phổ thông 2018; tổ chức Tuần lễ hưởng ứng học tập suốt đời và chia sẻ kinh nghiệm với các trường trong huyện.",
      ],
      [
        "Hạn chế",
        "Tỉ lệ thành viên đạt danh hiệu Lao động tiên tiến chưa đạt chỉ tiêu kế hoạch; kỹ năng sử dụng ngoại ngữ, công nghệ thông tin của một số thành viên còn hạn chế.",
      ],
      [
        "Kiến nghị",
        "Đề nghị Phòng Giáo dục và Đào tạo Thủ Thừa xem xét, công nhận kết quả tự đánh giá của nhà trường; tiếp tục tổ chức các lớp bồi dưỡng kỹ năng số cho giáo viên.",
      ],
      ["Nơi nhận", "Phòng GD&ĐT huyện Thủ Thừa (để báo cáo)\nHội Khuyến học huyện\nCB, GV, NV"],
    ],
  };
}
