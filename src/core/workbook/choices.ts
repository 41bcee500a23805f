/**
 * The values the template offers as dropdowns for Thông tư 24's "Thông tin" keys, and that the reader
 * reads back (read/unit-type.ts, read/tt24-values.ts): one list each, so what the template offers is
 * always what the reader understands. The unit types' labels are data (rules/tt24-unit-types.json).
 */

/** "Cấp đơn vị". */
export const TIER_CHOICES: readonly string[] = ["cấp huyện", "cấp tỉnh"];

/** "Công lập / ngoài công lập". */
export const PUBLIC_CHOICES: readonly string[] = ["công lập", "ngoài công lập (tư thục, dân lập)"];

/** "Mức độ chuyển đổi số" (QĐ 4725/QĐ-BGDĐT, 4740/QĐ-BGDĐT), lowest first. */
export const DIGITAL_LEVEL_CHOICES: readonly string[] = ["chưa đạt", "đáp ứng cơ bản", "đáp ứng tốt"];

/** "Công nhận hiện có: mức độ". */
export const RECOGNITION_LEVEL_CHOICES: readonly string[] = ["Mức độ 1", "Mức độ 2"];

/** A unit indicator's result in "Tiêu chí đơn vị" under Thông tư 24 (Điều 9.2), and "not applicable". */
export const TT24_ENTRY_CHOICES: readonly string[] = ["Đạt", "Không đạt", "Không áp dụng"];

/**
 * The Tổ đánh giá's roles ("Nhiệm vụ trong Tổ đánh giá"), as its table's dropdown offers them and as the
 * documents print them; the reader reads them back (read/panel.ts).
 */
export const PANEL_ROLE_LABEL = {
  lead: "Tổ trưởng",
  deputy: "Phó Tổ trưởng",
  secretary: "Thư ký",
  member: "Thành viên",
} as const;
export const PANEL_ROLE_CHOICES: readonly string[] = Object.values(PANEL_ROLE_LABEL);
