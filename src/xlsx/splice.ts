/**
 * Writes a plan into the clerk's own package, changing only what the product owns.
 *
 * exceljs rewrites a whole workbook from its model and loses what it does not model (charts, chart
 * sheets, pivot tables, slicers, macros, form controls, extensions), so it never sees the clerk's file
 * here. It only renders the product's sheets into an empty workbook; those sheet parts are then put into
 * the clerk's package. Everything else of the package keeps its bytes, except:
 *  - xl/workbook.xml: the product's sheets listed, its defined names, the tab opened first;
 *  - the workbook's relationships and [Content_Types].xml: the product's new sheet parts;
 *  - xl/styles.xml: new cell formats appended (existing indexes unchanged);
 *  - the clerk's sheets the plan patches: the patched rows only (and the column widths the patch sets);
 *  - the "selected tab" flag of the sheet that had it;
 *  - the calculation chain, dropped only if a patched cell held a formula (Excel rebuilds it).
 * A sheet the product owns is replaced whole, at its place in the tab order.
 */
import ExcelJS from "exceljs";
import type { CellPatch, OwnedSheetId, WritePlan, WriteReport } from "../core";
import { applyExcelJsFixes } from "./exceljs-fixes";
import { CT, REL, ZipPackage, mainPart, relsPartOf } from "./package";
import { patchSheetXml } from "./sheet-xml";
import { StyleSheet } from "./styles-xml";
import { renderSheet } from "./write";
import { attrLocal, attrsOf, element, elements, escapeAttr, NS, prefixFor, reEscape, setAttr, withPrefix } from "./xml";

/** Why a package cannot be written in place; the caller then writes a converted copy beside it. */
export type SpliceProblem = "no-workbook" | "strict-ooxml" | "unknown-namespace" | "name-taken-by-chart" | "malformed";

export class CannotSplice extends Error {
  constructor(
    readonly problem: SpliceProblem,
    readonly detail = "",
  ) {
    super(`${problem}${detail ? `: ${detail}` : ""}`);
  }
}

export interface SheetEntry {
  name: string;
  kind: "worksheet" | "chartsheet" | "dialogsheet" | "macrosheet" | "other";
  /** The part, resolved from the workbook's relationships. */
  part: string | null;
  state: string;
}

/** The sheets a package lists, in tab order (worksheets, chart sheets and the rest). */
export async function listSheets(pkg: ZipPackage): Promise<{ workbookPart: string; p: string; sheets: SheetEntry[] }> {
  const workbookPart = await mainPart(pkg);
  if (!workbookPart) throw new CannotSplice("no-workbook");
  const xml = await pkg.text(workbookPart);
  if (xml === null) throw new CannotSplice("no-workbook");
  const p = prefixFor(xml, NS.main);
  if (p === null) throw new CannotSplice(prefixFor(xml, NS.strictMain) !== null ? "strict-ooxml" : "unknown-namespace");
  const rels = await pkg.relationships(workbookPart);
  const sheetsEl = element(xml, p, "sheets");
  const sheets: SheetEntry[] = (sheetsEl?.inner ? elements(sheetsEl.inner, p, "sheet") : []).map((e) => {
    const a = attrsOf(e.start);
    const rel = rels.find((r) => r.id === attrLocal(a, "id"));
    const t = rel?.type ?? "";
    const kind = t.endsWith("/worksheet")
      ? "worksheet"
      : t.endsWith("/chartsheet")
        ? "chartsheet"
        : t.endsWith("/dialogsheet")
          ? "dialogsheet"
          : t.endsWith("/xlMacrosheet") || t.endsWith("/macrosheet")
            ? "macrosheet"
            : "other";
    return { name: a.name ?? "", kind, part: rel?.part ? pkg.find(rel.part) : null, state: a.state ?? "visible" };
  });
  return { workbookPart, p, sheets };
}

const sameName = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();

interface ScratchSheet {
  name: string;
  xml: string;
  state: string;
}

/** The product's sheets rendered by exceljs in an empty workbook: their parts, styles and names. */
async function renderScratch(
  plan: WritePlan,
): Promise<{ sheets: ScratchSheet[]; styles: StyleSheet; names: { name: string; local: string | null; attrs: string; formula: string }[]; cells: number }> {
  applyExcelJsFixes();
  const wb = new ExcelJS.Workbook();
  let cells = 0;
  for (const s of plan.sheets) cells += renderSheet(wb, s).cells;
  // A scratch package, read back at once: stored, not deflated (deflating it cost seconds on a large unit).
  const pkg = await ZipPackage.load(Buffer.from(await wb.xlsx.writeBuffer({ zip: { compression: "STORE" } } as ExcelJS.XlsxWriteOptions)));
  const { workbookPart, sheets } = await listSheets(pkg);
  const wbXml = (await pkg.text(workbookPart))!;
  const sst = await pkg.text("xl/sharedStrings.xml");
  const strings = sst ? elements(sst, "", "si").map((e) => e.inner ?? "") : [];
  const styles = new StyleSheet((await pkg.text("xl/styles.xml")) ?? undefined);
  const out: ScratchSheet[] = [];
  for (const s of sheets) {
    if (s.part && (await pkg.text(relsPartOf(s.part))) !== null) {
      // exceljs gives a sheet relationships only for external links and pictures, which plans never hold.
      throw new Error(`the rendered sheet "${s.name}" has relationships`);
    }
    let xml = (await pkg.text(s.part!))!;
    // Shared strings → inline strings: the clerk's shared-string table stays as it is.
    // An empty string is an empty cell in Excel: only its format is written.
    xml = xml.replace(/<c\b([^>]*?)\s?t="s"([^>]*)><v>(\d+)<\/v><\/c>/g, (_, a: string, b: string, i: string) => {
      const si = strings[Number(i)] ?? "";
      return /^\s*(<t[^>]*\/>|<t[^>]*><\/t>)?\s*$/.test(si) ? `<c${a}${b}/>` : `<c${a} t="inlineStr"${b}><is>${si}</is></c>`;
    });
    out.push({ name: s.name, xml, state: s.state });
  }
  const namesEl = element(wbXml, "", "definedNames");
  const names = (namesEl?.inner ? elements(namesEl.inner, "", "definedName") : []).map((e) => {
    const a = attrsOf(e.start);
    return { name: a.name ?? "", local: a.localSheetId ?? null, attrs: e.start, formula: e.inner ?? "" };
  });
  return { sheets: out, styles, names, cells };
}

/** Gives the rendered sheet's cells, rows and columns the style indexes of the clerk's style table. */
function remapStyles(xml: string, map: number[]): string {
  const to = (s: string) => String(map[Number(s)] ?? 0);
  return xml
    .replace(/(<c\b[^>]*?\ss=")(\d+)(")/g, (_, a: string, s: string, b: string) => a + to(s) + b)
    .replace(/(<row\b[^>]*?\ss=")(\d+)(")/g, (_, a: string, s: string, b: string) => a + to(s) + b)
    .replace(/(<col\b[^>]*?\sstyle=")(\d+)(")/g, (_, a: string, s: string, b: string) => a + to(s) + b);
}

/** Elements that follow definedNames in a workbook part (where a new definedNames goes). */
const AFTER_DEFINED_NAMES = [
  "calcPr",
  "oleSize",
  "customWorkbookViews",
  "pivotCaches",
  "smartTagPr",
  "smartTagTypes",
  "webPublishing",
  "fileRecoveryPr",
  "webPublishObjects",
  "extLst",
];

function insertBeforeFirst(xml: string, p: string, followers: string[], closing: string, snippet: string): string {
  let at = -1;
  for (const f of followers) {
    const m = new RegExp(`<${reEscape(p + f)}(?=[\\s/>])`).exec(xml);
    if (m && (at < 0 || m.index < at)) at = m.index;
  }
  if (at < 0) at = xml.lastIndexOf(`</${p}${closing}>`);
  return xml.slice(0, at) + snippet + xml.slice(at);
}

export interface SpliceResult {
  bytes: Buffer;
  report: WriteReport;
  /** Sheet parts of the clerk's that were changed (patched, or their selected-tab flag). */
  changedClerkSheets: string[];
}

/** Writes the plan into the package (which is changed) and returns the new file's bytes. */
export async function splicePlan(pkg: ZipPackage, plan: WritePlan): Promise<SpliceResult> {
  const { workbookPart, p, sheets } = await listSheets(pkg);
  let wbXml = (await pkg.text(workbookPart))!;
  const rels = await pkg.relationships(workbookPart);
  const wbDir = workbookPart.includes("/") ? workbookPart.slice(0, workbookPart.lastIndexOf("/")) : "";

  const owned = plan.owned ? new Set(plan.owned.map((n) => n.normalize("NFC").toLowerCase())) : null;
  for (const s of plan.sheets) {
    const holder = sheets.find((x) => sameName(x.name, s.name));
    if (holder && holder.kind !== "worksheet") throw new CannotSplice("name-taken-by-chart", holder.name);
    // Only the sheets the plan says the product owns may be replaced (as the exceljs writer checks): any
    // other would be a bug in the core, refused before anything is written.
    if (holder && owned && !owned.has(holder.name.normalize("NFC").toLowerCase())) {
      throw new Error(`Write plan replaces the sheet "${holder.name}", which the product does not own; nothing was written.`);
    }
  }

  const scratch = await renderScratch(plan);
  const stylesRel = rels.find((r) => r.type === REL.styles || r.type.endsWith("/styles"));
  const stylesPart = stylesRel?.part && pkg.has(stylesRel.part) ? pkg.find(stylesRel.part)! : null;
  const styles = new StyleSheet(stylesPart ? ((await pkg.text(stylesPart)) ?? undefined) : undefined);
  const xfMap = styles.importAll(scratch.styles);

  // ---- The product's sheets: replaced in place, or appended.
  const rPrefix = prefixFor(wbXml, NS.rel);
  const order = sheets.map((s) => s.name);
  const ownedIndex = new Set<number>();
  const report: WriteReport = { sheets: {}, cellsWritten: scratch.cells };
  const usedParts = new Set(pkg.names().map((n) => n.toLowerCase()));
  const sheetIds = elements(element(wbXml, p, "sheets")?.inner ?? "", p, "sheet").map((e) => Number(attrsOf(e.start).sheetId) || 0);
  let nextSheetId = Math.max(0, ...sheetIds) + 1;
  for (let i = 0; i < plan.sheets.length; i++) {
    const planSheet = plan.sheets[i];
    const rendered = scratch.sheets[i];
    const xml = remapStyles(rendered.xml, xfMap);
    const at = sheets.findIndex((x) => sameName(x.name, planSheet.name));
    const state = rendered.state === "visible" ? null : rendered.state;
    if (at >= 0 && sheets[at].part) {
      const part = sheets[at].part!;
      pkg.set(part, xml);
      // The old sheet's own relationships (a printer setting, a picture the clerk dropped on it) went with it.
      pkg.remove(relsPartOf(part));
      wbXml = editSheetElement(wbXml, p, at, (tag) => setAttr(tag, "state", state));
      ownedIndex.add(at);
    } else {
      let n = 1;
      let part = `${wbDir ? `${wbDir}/` : ""}worksheets/sheet${n}.xml`;
      while (usedParts.has(part.toLowerCase())) part = `${wbDir ? `${wbDir}/` : ""}worksheets/sheet${++n}.xml`;
      usedParts.add(part.toLowerCase());
      pkg.set(part, xml);
      const rid = await pkg.addRelationship(workbookPart, REL.worksheet, part);
      await pkg.setOverride(part, CT.worksheet);
      const ridAttr = rPrefix !== null ? `${rPrefix}id="${rid}"` : `xmlns:r="${NS.rel}" r:id="${rid}"`;
      const el = `<${p}sheet name="${escapeAttr(planSheet.name)}" sheetId="${nextSheetId++}"${state ? ` state="${state}"` : ""} ${ridAttr}/>`;
      wbXml = appendToSheets(wbXml, p, el);
      sheets.push({ name: planSheet.name, kind: "worksheet", part, state: state ?? "visible" });
      order.push(planSheet.name);
      ownedIndex.add(sheets.length - 1);
    }
    report.sheets[planSheet.id] = planSheet.name;
  }

  // ---- Mở khóa: the product's own sheets it protected when finalizing and does not replace now.
  for (const name of plan.unprotect ?? []) {
    const at = sheets.findIndex((x) => sameName(x.name, name));
    const part = at >= 0 ? sheets[at].part : null;
    if (!part || ownedIndex.has(at) || !owned?.has(sheets[at].name.normalize("NFC").toLowerCase())) continue;
    const xml = await pkg.text(part);
    if (xml === null) continue;
    const sp = prefixFor(xml, NS.main) ?? "";
    const next = xml.replace(new RegExp(`<${reEscape(sp)}sheetProtection\\b[^>]*?(/>|>[\\s\\S]*?</${reEscape(sp)}sheetProtection>)`), "");
    if (next !== xml) pkg.set(part, next);
  }

  // ---- Defined names: the product's replace its own (same name, or local to a replaced sheet).
  wbXml = spliceNames(wbXml, p, scratch, plan, sheets, ownedIndex);

  // ---- Patches into the clerk's sheets.
  const changedClerkSheets: string[] = [];
  const byPart = new Map<string, CellPatch[]>();
  for (const patch of plan.patches) {
    const target =
      sheets.find((s) => s.kind === "worksheet" && s.name === patch.sheet) ??
      sheets.find((s) => s.kind === "worksheet" && s.name.normalize("NFC") === patch.sheet.normalize("NFC"));
    if (!target?.part) throw new Error(`Không tìm thấy trang "${patch.sheet}" để ghi kết quả.`);
    const list = byPart.get(target.part) ?? [];
    list.push(patch);
    byPart.set(target.part, list);
  }
  let dropCalcChain = false;
  for (const [part, patches] of byPart) {
    const xml = (await pkg.text(part))!;
    const sp = prefixFor(xml, NS.main) ?? "";
    const r = patchSheetXml(xml, sp, patches, styles);
    pkg.set(part, r.xml);
    report.cellsWritten += r.cellsWritten;
    dropCalcChain ||= r.formulaTouched;
    changedClerkSheets.push(part);
  }
  if (dropCalcChain) {
    const cc = rels.find((r) => r.type === REL.calcChain || r.type.endsWith("/calcChain"));
    if (cc?.part) {
      pkg.remove(cc.part);
      await pkg.removeRelationship(workbookPart, cc.id);
      await pkg.setOverride(cc.part, null);
    }
  }

  // ---- The tab the workbook opens on.
  if (plan.activate) {
    const name = report.sheets[plan.activate as OwnedSheetId] ?? plan.activate;
    const idx = sheets.findIndex((s) => s.name === name);
    if (idx >= 0 && sheets[idx].state === "visible") {
      wbXml = activateTab(wbXml, p, idx);
      for (let i = 0; i < sheets.length; i++) {
        const part = sheets[i].part;
        if (!part) continue;
        const xml = await pkg.text(part);
        if (xml === null) continue;
        const next = selectTab(xml, prefixFor(xml, NS.main) ?? "", i === idx);
        if (next !== xml) {
          pkg.set(part, next);
          if (!ownedIndex.has(i) && !changedClerkSheets.includes(part)) changedClerkSheets.push(part);
        }
      }
    }
  }

  // ---- Styles.
  if (styles.changed) {
    if (stylesPart) pkg.set(stylesPart, styles.toXml());
    else {
      const part = `${wbDir ? `${wbDir}/` : ""}styles.xml`;
      pkg.set(part, styles.toXml());
      await pkg.addRelationship(workbookPart, REL.styles, part);
      await pkg.setOverride(part, CT.styles);
    }
  }
  pkg.set(workbookPart, wbXml);
  return { bytes: await pkg.toBuffer(), report, changedClerkSheets };
}

function editSheetElement(wbXml: string, p: string, index: number, edit: (tag: string) => string): string {
  const sheetsEl = element(wbXml, p, "sheets")!;
  const innerStart = sheetsEl.index + sheetsEl.start.length;
  const el = elements(sheetsEl.inner ?? "", p, "sheet")[index];
  const at = innerStart + el.index;
  return wbXml.slice(0, at) + edit(el.text) + wbXml.slice(at + el.text.length);
}

function appendToSheets(wbXml: string, p: string, el: string): string {
  const sheetsEl = element(wbXml, p, "sheets");
  if (!sheetsEl) throw new CannotSplice("malformed", "no <sheets>");
  const close = `</${p}sheets>`;
  if (sheetsEl.inner === null) {
    const open = sheetsEl.start.replace(/\s*\/>$/, ">");
    return wbXml.slice(0, sheetsEl.index) + open + el + close + wbXml.slice(sheetsEl.index + sheetsEl.text.length);
  }
  const at = sheetsEl.index + sheetsEl.text.length - close.length;
  return wbXml.slice(0, at) + el + wbXml.slice(at);
}

function spliceNames(
  wbXml: string,
  p: string,
  scratch: Awaited<ReturnType<typeof renderScratch>>,
  plan: WritePlan,
  sheets: SheetEntry[],
  ownedIndex: Set<number>,
): string {
  if (scratch.names.length === 0 && ownedIndex.size === 0) return wbXml;
  const globals = new Set(scratch.names.filter((n) => n.local === null).map((n) => n.name.toLowerCase()));
  const namesEl = element(wbXml, p, "definedNames");
  const kept: string[] = [];
  for (const e of namesEl?.inner ? elements(namesEl.inner, p, "definedName") : []) {
    const a = attrsOf(e.start);
    const local = a.localSheetId !== undefined ? Number(a.localSheetId) : null;
    if (local !== null && ownedIndex.has(local)) continue;
    if (local === null && globals.has((a.name ?? "").toLowerCase())) continue;
    kept.push(e.text);
  }
  for (const n of scratch.names) {
    let tag = n.attrs;
    if (n.local !== null) {
      const planSheet = plan.sheets[Number(n.local)];
      const idx = planSheet ? sheets.findIndex((s) => sameName(s.name, planSheet.name)) : -1;
      if (idx < 0) continue;
      tag = setAttr(tag, "localSheetId", String(idx));
    }
    kept.push(withPrefix(`${tag}${n.formula}</definedName>`, p));
  }
  const body = kept.length ? `<${p}definedNames>${kept.join("")}</${p}definedNames>` : "";
  if (namesEl) return wbXml.slice(0, namesEl.index) + body + wbXml.slice(namesEl.index + namesEl.text.length);
  return body ? insertBeforeFirst(wbXml, p, AFTER_DEFINED_NAMES, "workbook", body) : wbXml;
}

function activateTab(wbXml: string, p: string, index: number): string {
  const view = element(wbXml, p, "workbookView");
  if (!view) {
    const views = `<${p}bookViews><${p}workbookView activeTab="${index}"/></${p}bookViews>`;
    const sheetsAt = new RegExp(`<${reEscape(p)}sheets(?=[\\s/>])`).exec(wbXml);
    return sheetsAt ? wbXml.slice(0, sheetsAt.index) + views + wbXml.slice(sheetsAt.index) : wbXml;
  }
  let tag = setAttr(view.start, "activeTab", String(index));
  const first = Number(attrsOf(view.start).firstSheet ?? 0);
  if (first > index) tag = setAttr(tag, "firstSheet", String(index));
  return wbXml.slice(0, view.index) + tag + wbXml.slice(view.index + view.start.length);
}

/** Sets or clears the selected-tab flag of a sheet's first view (several selected tabs = Excel's group editing). */
function selectTab(xml: string, p: string, selected: boolean): string {
  const m = new RegExp(`<${reEscape(p)}sheetView(?=[\\s/>])[^>]*>`).exec(xml);
  if (!m) return xml;
  const has = /\stabSelected\s*=\s*["'](1|true)["']/.test(m[0]);
  if (has === selected) return xml;
  const tag = setAttr(m[0], "tabSelected", selected ? "1" : null);
  return xml.slice(0, m.index) + tag + xml.slice(m.index + m[0].length);
}
