/**
 * Whether the plan's targets (read from "Thông tin" into model.unit.targets, read/targets.ts) were met.
 * The measure is chosen from the label's words: a member column, the members' titles, the collective
 * title, the rating, the total; a label the product cannot measure takes the achieved value the clerk
 * typed in the third column, or is reported as not assessed (never a guessed "Đạt").
 */
import type { InfoRow, Member, Model } from "../model";
import type { EvaluationResult, PlanTarget } from "../result";
import type { MemberField, RuleSet } from "../rules/schema";
import { issue, type Issue } from "../messages";
import { matchCollectiveTitle, COLLECTIVE_TITLES } from "../rules/titles";
import { clean, fold, formatNumberVi, formatPercentVi } from "../text/vi";
import { INPUT_SHEET_NAMES } from "../workbook/sheets";

export type Measure =
  | { kind: "member-field"; field: MemberField; column: string }
  | { kind: "member-title"; minRank: number; what: string }
  | { kind: "member-cdht" }
  | { kind: "collective-title" }
  | { kind: "rating" }
  | { kind: "total" }
  | { kind: "manual" };

export type TargetValue =
  | { kind: "rate"; value: number } // 0..1
  | { kind: "number"; value: number }
  | { kind: "text"; value: string };

export function measureFor(label: string, targetRaw: InfoRow["value"], indicators: boolean): Measure {
  const f = fold(label);
  const has = (...w: string[]) => w.some((x) => new RegExp(`(^| )${x}( |$)`).test(f));
  if (has("gia dinh", "gdht")) {
    if (has("dang ky", "dk")) return { kind: "member-field", field: "familyRegistered", column: "Gia đình đăng ký GĐHT" };
    return { kind: "member-field", field: "familyRecognised", column: "Gia đình đạt GĐHT" };
  }
  if (has("ky nang so", "kns")) return { kind: "member-field", field: "digitalSkills", column: "Kỹ năng số" };
  if (has("cam ket")) return { kind: "member-field", field: "commitment", column: "Cam kết học tập suốt đời" };
  if (has("ke hoach tu hoc", "kh tu hoc", "tu boi duong", "ke hoach tu boi duong"))
    return { kind: "member-field", field: "selfStudyPlan", column: "Kế hoạch tự học (được phê duyệt)" };
  if (has("boi duong", "bdtx")) return { kind: "member-field", field: "training", column: "Hoàn thành bồi dưỡng" };
  if (has("ky luat", "noi quy")) return { kind: "member-field", field: "discipline", column: "Tuân thủ kỷ luật" };
  if (has("tap the", "danh hieu don vi", "danh hieu tap the", "thi dua don vi", "danh hieu thi dua don vi")) return { kind: "collective-title" };
  if (typeof targetRaw === "string" && matchCollectiveTitle(targetRaw) && matchCollectiveTitle(targetRaw)!.rank > 0) return { kind: "collective-title" };
  if (has("chien si thi dua", "cstd", "cstdcs")) return { kind: "member-title", minRank: 2, what: "Chiến sĩ thi đua cơ sở trở lên" };
  if (has("lao dong tien tien", "ldtt")) return { kind: "member-title", minRank: 1, what: "Lao động tiên tiến trở lên" };
  if (has("cong dan hoc tap", "cdht")) {
    if (indicators || has("danh hieu")) return { kind: "member-field", field: "cdhtTitle", column: "Danh hiệu Công dân học tập" };
    return { kind: "member-cdht" };
  }
  if (has("xep loai", "muc do", "cong nhan")) return { kind: "rating" };
  if (has("tong diem", "diem")) return { kind: "total" };
  return { kind: "manual" };
}

/** "100%", "90 %", 0.9 (a cell formatted as %), "9/10", "85", "85 điểm", "Tốt". */
export function parseTargetValue(v: InfoRow["value"] | undefined, expectRate: boolean): TargetValue | null {
  if (v === null || v === undefined || v === "") return null;
  if (typeof v === "boolean") return null;
  if (typeof v === "number") {
    if (expectRate) return { kind: "rate", value: v <= 1 ? v : v / 100 };
    return { kind: "number", value: v };
  }
  const s = clean(v);
  const pctM = /^(\d+(?:[.,]\d+)?)\s*%$/.exec(s);
  if (pctM) return { kind: "rate", value: Number(pctM[1].replace(",", ".")) / 100 };
  const frac = /^(\d+)\s*\/\s*(\d+)$/.exec(s);
  if (frac && Number(frac[2]) > 0) return { kind: "rate", value: Number(frac[1]) / Number(frac[2]) };
  const num = /^(\d+(?:[.,]\d+)?)(?:\s*(?:điểm|diem|đ))?$/i.exec(s);
  if (num) {
    const n = Number(num[1].replace(",", "."));
    if (expectRate) return { kind: "rate", value: n <= 1 ? n : n / 100 };
    return { kind: "number", value: n };
  }
  return { kind: "text", value: s };
}

const rateText = (r: number) => formatPercentVi(r).replace(",0%", "%");

function counted(members: Member[]): Member[] {
  return members.filter((m) => !m.excludedReason);
}

/** What the evaluation of the plan's targets needs: the model, the result, the rule set. */
export interface TargetsInput {
  model: Model;
  result: EvaluationResult;
  ruleSet: RuleSet;
}

/** Every target read from "Thông tin" (model.unit.targets), with what was achieved. */
export function evaluateTargets(ctx: TargetsInput): { targets: PlanTarget[]; issues: Issue[] } {
  const issues: Issue[] = [];
  const targets: PlanTarget[] = [];
  const sheet = ctx.model.unit.sheet ?? INPUT_SHEET_NAMES.unitInfo;
  const indicators = ctx.result.ruleSet.model === "indicators";
  const people = counted(ctx.model.members);
  // What a target may say, in the framework's words (TT 24 has no points and no rating bands).
  const examples = indicators
    ? "phần trăm (100%, 90%) hoặc tên danh hiệu, mức độ (Tập thể lao động tiên tiến, Mức độ 1)"
    : "phần trăm (100%, 90%), số (85 điểm) hoặc tên danh hiệu/xếp loại (Tập thể lao động tiên tiến, Tốt)";
  for (const t of ctx.model.unit.targets) {
    const { label, target: raw, manual, cell } = t;
    const measure = measureFor(label, raw, indicators);
    const base = { label, cell, row: t.row, measure: measure.kind, failing: [] as string[], detail: "" };
    const rateLike = measure.kind === "member-field" || measure.kind === "member-title" || measure.kind === "member-cdht";
    const tv = parseTargetValue(raw, rateLike);
    const targetText = tv?.kind === "rate" ? rateText(tv.value) : tv?.kind === "number" ? formatNumberVi(tv.value) : tv?.kind === "text" ? tv.value : "";
    if (!tv && measure.kind !== "collective-title") {
      issues.push(issue("TARGET_UNPARSED", { value: String(raw ?? ""), label, examples }, { sheet, cell }));
      targets.push({ ...base, targetText: String(raw ?? ""), achievedText: "Chưa đánh giá", met: null });
      continue;
    }
    if (rateLike) {
      if (tv!.kind !== "rate") {
        issues.push(issue("TARGET_UNPARSED", { value: String(raw), label, examples }, { sheet, cell }));
        targets.push({ ...base, targetText, achievedText: "Chưa đánh giá", met: null });
        continue;
      }
      const test = memberTest(ctx, measure);
      if (!test) {
        const column = measure.kind === "member-field" ? measure.column : label;
        issues.push(issue("TARGET_NO_DATA", { label, column }));
        targets.push({ ...base, targetText, achievedText: "Chưa có dữ liệu", met: null });
        continue;
      }
      const ok = people.filter(test);
      const rate = people.length ? ok.length / people.length : 0;
      const met = people.length > 0 && rate + 1e-9 >= tv!.value;
      const failing = people.filter((m) => !test(m)).map((m) => m.name);
      targets.push({
        ...base,
        targetText,
        achievedText: rateText(rate),
        met,
        detail: `${ok.length}/${people.length} thành viên`,
        failing,
      });
      continue;
    }
    if (measure.kind === "collective-title") {
      const want =
        (typeof raw === "string" ? matchCollectiveTitle(raw) : null) ?? matchCollectiveTitle(label) ?? COLLECTIVE_TITLES.find((t) => t.code === "TTLDTT")!;
      const have = ctx.model.unit.collectiveTitle ?? null;
      const haveText = have?.label ?? ctx.model.unit.collectiveTitleText ?? "";
      targets.push({
        ...base,
        targetText: `${want.label}${want.rank >= 1 ? " trở lên" : ""}`,
        achievedText: haveText || "Chưa có danh hiệu",
        met: have ? have.rank >= want.rank && want.rank > 0 : haveText ? false : null,
      });
      if (!have && !haveText) issues.push(issue("TARGET_NO_DATA", { label, column: "Danh hiệu tập thể năm đánh giá (trang Thông tin)" }));
      continue;
    }
    if (measure.kind === "rating") {
      const order = ratingOrder(ctx);
      const want = tv!.kind === "text" ? order.findIndex((l) => fold(l) === fold(tv!.value)) : -1;
      const have = order.findIndex((l) => fold(l) === fold(ctx.result.rating));
      if (want < 0) {
        issues.push(issue("TARGET_UNPARSED", { value: String(raw), label, examples }, { sheet, cell }));
        targets.push({ ...base, targetText, achievedText: ctx.result.rating, met: null });
        continue;
      }
      // order: best first.
      targets.push({ ...base, targetText: order[want], achievedText: ctx.result.rating, met: have >= 0 && have <= want });
      continue;
    }
    if (measure.kind === "total") {
      const total = ctx.result.total;
      if (tv!.kind !== "number" || total === undefined) {
        issues.push(issue("TARGET_UNPARSED", { value: String(raw), label, examples }, { sheet, cell }));
        targets.push({ ...base, targetText, achievedText: total === undefined ? "Chưa đánh giá" : formatNumberVi(total), met: null });
        continue;
      }
      targets.push({ ...base, targetText: `${formatNumberVi(tv!.value)} điểm`, achievedText: `${formatNumberVi(total)} điểm`, met: total + 1e-9 >= tv!.value });
      continue;
    }
    // manual: the achieved value typed by hand in the third column, compared when both are figures.
    const manualText =
      manual === null || manual === undefined || manual === ""
        ? ""
        : typeof manual === "number" && tv!.kind === "rate"
          ? rateText(manual <= 1 ? manual : manual / 100)
          : clean(String(manual));
    let met: boolean | null = null;
    if (manualText) {
      const got = parseTargetValue(manual, tv!.kind === "rate");
      if (got && got.kind === tv!.kind && got.kind !== "text") met = got.value + 1e-9 >= (tv as { value: number }).value;
      else if (got?.kind === "text" && /^(dat|co|x|hoan thanh)$/.test(fold(got.value))) met = true;
      else if (got?.kind === "text" && /^(chua dat|khong|khong dat|chua)$/.test(fold(got.value))) met = false;
    }
    const shown = manualText || "Chưa đánh giá";
    if (!manualText) issues.push(issue("TARGET_UNKNOWN_MEASURE", { label, shown }, { sheet, cell }));
    targets.push({ ...base, targetText, achievedText: shown, met });
  }
  for (const t of targets)
    if (t.met === false) issues.push(issue("TARGET_NOT_MET", { label: t.label, target: t.targetText, achieved: t.achievedText }, { sheet, cell: t.cell }));
  return { targets, issues };
}

function ratingOrder(ctx: TargetsInput): string[] {
  const r = ctx.ruleSet.rating;
  if (r.kind === "bands") return r.bands.map((b) => b.label);
  return [...r.levels]
    .reverse()
    .map((l) => l.label)
    .concat(r.notReached);
}

/** A test per member, or null when the workbook holds no data for it (the column is absent). */
function memberTest(ctx: TargetsInput, m: Measure): ((x: Member) => boolean) | null {
  const ms = counted(ctx.model.members);
  if (m.kind === "member-field") {
    if (!ms.some((x) => x.fields[m.field] !== undefined)) return null;
    return (x) => x.fields[m.field] === true;
  }
  if (m.kind === "member-title") return (x) => (x.title?.rank ?? 0) >= m.minRank;
  if (m.kind === "member-cdht") {
    const byRow = new Map(ctx.result.memberResults.map((r) => [r.row, r.cdht]));
    if (!byRow.size) return null;
    return (x) => byRow.get(x.row) === true;
  }
  return null;
}
