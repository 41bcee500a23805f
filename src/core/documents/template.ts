import type { WritePlan } from "../plan";

/**
 * The standard input sheets (Thông tin, Thành viên, Tiêu chí đơn vị, Minh chứng, Nội dung báo cáo)
 * with headers, dropdowns, frozen header rows and short instructions. `existing` are the sheet
 * names already in the workbook: those are never touched (the pane's Tạo mẫu adds only what is missing).
 */
export function planTemplate(_existing: string[] = []): WritePlan {
  throw new Error("not implemented yet");
}
