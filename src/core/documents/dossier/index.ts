import type { DocContext, DocOutput } from "../context";

/** The dossier documents (báo cáo, biên bản, danh mục minh chứng, tổng hợp theo tổ, kế hoạch – tiến độ). */
export function buildDossier(_ctx: DocContext): DocOutput {
  return { sheets: [], patches: [], issues: [] };
}
