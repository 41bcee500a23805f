/**
 * What the product says about the council's overrides (docs/domain/rules.md §2): each applied override,
 * and each one that cannot be applied, at its cell.
 */
import type { Entry } from "./entry";

export const COUNCIL_MESSAGES = {
  OVERRIDE_APPLIED: {
    severity: "info",
    vi: (p) => `Tiêu chí ${p.item}: ${p.text}.`,
    fix: () => "Không cần làm gì; điều chỉnh được ghi vào trang Nhật ký điều chỉnh. Muốn bỏ, xóa giá trị điều chỉnh rồi chạy lại.",
    en: (p) => `Item ${p.item} overridden by the council: ${p.value} (computed ${p.computed}).`,
  },
  OVERRIDE_NO_REASON: {
    severity: "error",
    vi: (p) => `Hội đồng điều chỉnh tiêu chí ${p.item} thành ${p.value} nhưng chưa ghi lý do; điều chỉnh chưa được áp dụng.`,
    fix: () => "Ghi lý do điều chỉnh (theo biên bản họp Hội đồng) vào ô này, hoặc xóa giá trị điều chỉnh nếu không điều chỉnh.",
    en: (p) => `The council's override of ${p.item} has no reason; it was not applied.`,
  },
  OVERRIDE_BAD_VALUE: {
    severity: "error",
    vi: (p) => `Giá trị điều chỉnh "${p.value}" của tiêu chí ${p.item} không dùng được: ${p.expected}.`,
    fix: (p) => `Sửa lại thành ${p.expected}.`,
    en: (p) => `The override "${p.value}" of ${p.item} is not usable: ${p.expected}.`,
  },
  OVERRIDE_UNKNOWN_ITEM: {
    severity: "error",
    vi: (p) => `Trang điều chỉnh ghi tiêu chí "${p.value}", không có trong ${p.ruleSet}.`,
    fix: (p) => `Dùng mã tiêu chí của ${p.ruleSet}: ${p.known}.`,
    en: (p) => `The override names item "${p.value}", which ${p.ruleSet} does not have.`,
  },
  OVERRIDE_DUPLICATE: {
    severity: "error",
    vi: (p) => `Tiêu chí ${p.item} được điều chỉnh hai lần (đã có ở dòng ${p.other}); chỉ dòng đầu được áp dụng.`,
    fix: () => "Giữ một dòng điều chỉnh cho mỗi tiêu chí, xóa dòng còn lại.",
    en: (p) => `Item ${p.item} is overridden twice (first at row ${p.other}).`,
  },
  OVERRIDE_NOT_APPLICABLE: {
    severity: "error",
    vi: (p) => `Tiêu chí ${p.item} không áp dụng cho đơn vị này nên không điều chỉnh được.`,
    fix: () => "Xóa dòng điều chỉnh này.",
    en: (p) => `Item ${p.item} does not apply to this unit; it cannot be overridden.`,
  },
  MEMBER_ITEM_IN_UNIT_SHEET: {
    severity: "warning",
    vi: (p) => `Tiêu chí ${p.item} được tính từ danh sách thành viên; giá trị ghi ở dòng này không được dùng.`,
    fix: (p) => `Nếu Hội đồng quyết định khác kết quả tính được, ghi vào trang "${p.sheet}" (mã tiêu chí, giá trị điều chỉnh, lý do).`,
    en: (p) => `Item ${p.item} is computed from the members sheet; the value on this row is not used.`,
  },
} satisfies Record<string, Entry>;
