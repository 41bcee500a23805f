/**
 * The tổ's forms and the other sheets the product makes for the clerk that are not input (issue 12):
 * how they are told apart. Each carries, in its first row, a marker cell the reader recognises:
 *
 *   dvht:phieu-to:<year>:<tổ>        a tổ's self-assessment form (Phiếu tự đánh giá của tổ)
 *   dvht:tham-khao:<what>:<year>     a sheet kept for reference (last year's evidence in next year's workbook)
 *
 * They are the clerk's once written (a tổ trưởng types the answers into the form), so the product never
 * replaces them; the reader never takes them for the members or the evidence table (their headers are
 * the same words). A tổ's name may hold ":" (it is the rest of the text).
 */

export const FORM_PREFIX = "dvht:phieu-to:";
export const REFERENCE_PREFIX = "dvht:tham-khao:";

export interface FormMarker {
  year: number | null;
  /** The tổ as the members sheet names it ("" for members without a tổ). */
  group: string;
}

export function formMarkerText(m: FormMarker): string {
  return `${FORM_PREFIX}${m.year ?? ""}:${m.group}`;
}

export function parseFormMarker(v: unknown): FormMarker | null {
  if (typeof v !== "string" || !v.startsWith(FORM_PREFIX)) return null;
  const rest = v.slice(FORM_PREFIX.length);
  const i = rest.indexOf(":");
  if (i < 0) return null;
  const y = rest.slice(0, i);
  return { year: /^\d{4}$/.test(y) ? Number(y) : null, group: rest.slice(i + 1) };
}

export function referenceMarkerText(what: string, year: number): string {
  return `${REFERENCE_PREFIX}${what}:${year}`;
}

/** Whether a cell's text marks a sheet that is not the clerk's input (a form, a reference sheet). */
export function isNotInputMarker(v: unknown): boolean {
  return typeof v === "string" && (v.startsWith(FORM_PREFIX) || v.startsWith(REFERENCE_PREFIX));
}

/** The label of the members without a tổ, on their form and in messages (the dossier's word, tong-hop-to). */
export const NO_GROUP_LABEL = "Chưa phân tổ";

/**
 * The answer columns of a form, by members-sheet field, with the header each framework's form writes (the
 * reader's words, read/headers.ts: a form is read like a members table). The template's own headers.
 */
export const FORM_HEADERS: Record<string, { tt24?: string; tt22?: string }> = {
  selfStudyPlan: { tt22: "KH tự học, tự bồi dưỡng được duyệt" },
  discipline: { tt24: "Tuân thủ kỷ luật, nội quy (2.1)", tt22: "Tuân thủ kỷ luật, nội quy" },
  training: { tt24: "Hoàn thành chương trình học tập, bồi dưỡng (2.2)", tt22: "Hoàn thành bồi dưỡng bắt buộc" },
  digitalTraining: { tt24: "Được đào tạo, bồi dưỡng và tham gia chuyển đổi số (2.3)" },
  languageCertificate: { tt24: "Chứng chỉ ngoại ngữ / tiếng DTTS (2.4)" },
  languageLevel: { tt24: "Trình độ ngoại ngữ / tiếng DTTS đáp ứng yêu cầu (2.4, Mức độ 2)" },
  title: { tt24: "Danh hiệu thi đua (2.5)", tt22: "Danh hiệu thi đua" },
  cdhtTitle: { tt24: "Danh hiệu Công dân học tập (3.1)" },
  competencesAll: { tt22: "Đáp ứng năng lực, phẩm chất Công dân học tập" },
};

/** The 8 competence columns' group header (TT 22, 3a), numbered 1–8 under it as the template writes them. */
export const FORM_COMPETENCE_GROUP = "Năng lực, phẩm chất Công dân học tập";

/** The line under a form's table that counts the answers (read back as the table's end). */
export const FORM_TOTAL_LABEL = "Tổng số đạt";
