/**
 * The workbook's style table (xl/styles.xml), extended without renumbering anything: the clerk's cells
 * keep their style indexes, so new fonts, fills, borders, number formats and cell formats are only
 * ever appended (an identical one already there is reused, so a second run adds nothing).
 */
import type { CellStyle } from "../core";
import { attrsOf, element, elements, escapeAttr, prefixFor, NS, setAttr, withPrefix, withoutPrefix } from "./xml";

/** Excel's built-in number formats (ids below 164 need no numFmt element). */
const BUILTIN_FORMATS: Record<string, number> = {
  General: 0,
  "0": 1,
  "0.00": 2,
  "#,##0": 3,
  "#,##0.00": 4,
  "0%": 9,
  "0.00%": 10,
  "0.00E+00": 11,
  "# ?/?": 12,
  "# ??/??": 13,
  "mm-dd-yy": 14,
  "d-mmm-yy": 15,
  "d-mmm": 16,
  "mmm-yy": 17,
  "h:mm AM/PM": 18,
  "h:mm:ss AM/PM": 19,
  "h:mm": 20,
  "h:mm:ss": 21,
  "m/d/yy h:mm": 22,
  "mm:ss": 45,
  "[h]:mm:ss": 46,
  "mmss.0": 47,
  "##0.0E+0": 48,
  "@": 49,
};
const FIRST_CUSTOM_FORMAT = 164;

const DEFAULT_STYLES = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<styleSheet xmlns="${NS.main}"><fonts count="1"><font><sz val="11"/><color theme="1"/><name val="Calibri"/><family val="2"/><scheme val="minor"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs><cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>`;

type Section = "numFmts" | "fonts" | "fills" | "borders" | "cellXfs";
/** Where a missing section goes: before the first of these that exists (the schema's order). */
const FOLLOWERS: Record<Section, string[]> = {
  numFmts: ["fonts", "fills", "borders", "cellStyleXfs", "cellXfs", "cellStyles", "dxfs", "tableStyles", "colors", "extLst"],
  fonts: ["fills", "borders", "cellStyleXfs", "cellXfs", "cellStyles", "dxfs", "tableStyles", "colors", "extLst"],
  fills: ["borders", "cellStyleXfs", "cellXfs", "cellStyles", "dxfs", "tableStyles", "colors", "extLst"],
  borders: ["cellStyleXfs", "cellXfs", "cellStyles", "dxfs", "tableStyles", "colors", "extLst"],
  cellXfs: ["cellStyles", "dxfs", "tableStyles", "colors", "extLst"],
};
const ITEM: Record<Section, string> = { numFmts: "numFmt", fonts: "font", fills: "fill", borders: "border", cellXfs: "xf" };

const key = (xml: string) => xml.replace(/>\s+</g, "><").trim();

function argb(hex: string): string {
  const h = hex.replace(/^#/, "").toUpperCase();
  return h.length === 8 ? h : `FF${h.padStart(6, "0")}`;
}

/** Child elements of an element (one level), as [local name, text]. */
function children(inner: string | null): [string, string][] {
  if (!inner) return [];
  const out: [string, string][] = [];
  const re = /<([A-Za-z_][\w.-]*)(?=[\s/>])[^>]*?(?:\/>|>[\s\S]*?<\/\1\s*>)/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(inner))) out.push([m[1], m[0]]);
  return out;
}

const FONT_ORDER = ["b", "i", "strike", "condense", "extend", "outline", "shadow", "u", "vertAlign", "sz", "color", "name", "family", "charset", "scheme"];
const BORDER_ORDER = ["start", "end", "left", "right", "top", "bottom", "diagonal", "vertical", "horizontal"];

function innerOf(el: string): string | null {
  if (/\/>$/.test(el) && !/>[\s\S]*</.test(el.slice(el.indexOf(">") + 1))) return null;
  const start = el.indexOf(">") + 1;
  const end = el.lastIndexOf("</");
  return end > start ? el.slice(start, end) : "";
}

function startTagOf(el: string): string {
  return el.slice(0, el.indexOf(">") + 1);
}

export class StyleSheet {
  private readonly p: string;
  private readonly items: Record<Section, string[]> = { numFmts: [], fonts: [], fills: [], borders: [], cellXfs: [] };
  private readonly added: Record<Section, string[]> = { numFmts: [], fonts: [], fills: [], borders: [], cellXfs: [] };
  private readonly index: Record<Section, Map<string, number>> = {
    numFmts: new Map(),
    fonts: new Map(),
    fills: new Map(),
    borders: new Map(),
    cellXfs: new Map(),
  };
  private readonly formats = new Map<string, number>();
  private nextFormat = FIRST_CUSTOM_FORMAT;
  private readonly memo = new Map<string, number>();
  private readonly byStyle = new WeakMap<CellStyle, Map<number, number>>();

  constructor(private readonly xml: string = DEFAULT_STYLES) {
    this.p = prefixFor(xml, NS.main) ?? "";
    for (const s of ["numFmts", "fonts", "fills", "borders", "cellXfs"] as Section[]) {
      const sec = element(xml, this.p, s);
      const list = sec?.inner ? elements(sec.inner, this.p, ITEM[s]).map((e) => withoutPrefix(e.text, this.p)) : [];
      this.items[s] = list;
      list.forEach((x, i) => {
        if (!this.index[s].has(key(x))) this.index[s].set(key(x), i);
      });
    }
    for (const nf of this.items.numFmts) {
      const a = attrsOf(nf);
      const id = Number(a.numFmtId);
      if (!Number.isFinite(id)) continue;
      if (a.formatCode !== undefined && !this.formats.has(a.formatCode)) this.formats.set(a.formatCode, id);
      if (id >= this.nextFormat) this.nextFormat = id + 1;
    }
  }

  /** True when something was appended (the part must be written back). */
  get changed(): boolean {
    return Object.values(this.added).some((l) => l.length > 0);
  }

  get cellXfCount(): number {
    return this.items.cellXfs.length + this.added.cellXfs.length;
  }

  private all(s: Section): string[] {
    return [...this.items[s], ...this.added[s]];
  }

  private add(s: Section, xml: string): number {
    const k = key(xml);
    const hit = this.index[s].get(k);
    if (hit !== undefined) return hit;
    const i = this.items[s].length + this.added[s].length;
    this.added[s].push(xml);
    this.index[s].set(k, i);
    return i;
  }

  numFmtId(code: string): number {
    if (code in BUILTIN_FORMATS) return BUILTIN_FORMATS[code];
    const have = this.formats.get(code);
    if (have !== undefined) return have;
    const id = this.nextFormat++;
    this.formats.set(code, id);
    this.add("numFmts", `<numFmt numFmtId="${id}" formatCode="${escapeAttr(code)}"/>`);
    return id;
  }

  private formatCodeOf(id: number): string | null {
    for (const [code, n] of this.formats) if (n === id) return code;
    for (const [code, n] of Object.entries(BUILTIN_FORMATS)) if (n === id) return code;
    return null;
  }

  private xf(i: number): string {
    const all = this.all("cellXfs");
    return all[i] ?? all[0] ?? `<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>`;
  }

  /** The cell format index for a cell whose format was `base`, with a plan style applied on top (property by property). */
  xfFor(base: number, style: CellStyle): number {
    // A style object is shared by every cell of its range: memoised by identity first (a band of
    // 30,000 rows asks for a handful of formats), then by content.
    let byBase = this.byStyle.get(style);
    if (!byBase) this.byStyle.set(style, (byBase = new Map()));
    const quick = byBase.get(base);
    if (quick !== undefined) return quick;
    const memoKey = `${base}|${JSON.stringify(style)}`;
    const hit = this.memo.get(memoKey);
    if (hit !== undefined) {
      byBase.set(base, hit);
      return hit;
    }
    const baseXf = this.xf(base);
    const a = attrsOf(baseXf);
    let tag = startTagOf(baseXf).replace(/\/>$/, ">");
    let inner = innerOf(baseXf) ?? "";
    if (style.font) {
      const fonts = this.all("fonts");
      const font = fonts[Number(a.fontId ?? 0)] ?? fonts[0] ?? "<font/>";
      tag = setAttr(tag, "fontId", String(this.add("fonts", editFont(font, style.font))));
      tag = setAttr(tag, "applyFont", "1");
    }
    if (style.fill !== undefined) {
      const c = argb(style.fill);
      tag = setAttr(
        tag,
        "fillId",
        String(this.add("fills", `<fill><patternFill patternType="solid"><fgColor rgb="${c}"/><bgColor rgb="${c}"/></patternFill></fill>`)),
      );
      tag = setAttr(tag, "applyFill", "1");
    }
    if (style.border) {
      const borders = this.all("borders");
      const border = borders[Number(a.borderId ?? 0)] ?? "<border/>";
      tag = setAttr(tag, "borderId", String(this.add("borders", editBorder(border, style.border))));
      tag = setAttr(tag, "applyBorder", "1");
    }
    if (style.numberFormat !== undefined) {
      tag = setAttr(tag, "numFmtId", String(this.numFmtId(style.numberFormat)));
      tag = setAttr(tag, "applyNumberFormat", "1");
    }
    if (style.align) {
      inner = editAlignment(inner, style.align);
      tag = setAttr(tag, "applyAlignment", "1");
    }
    const xf = inner ? `${tag}${inner}</xf>` : tag.replace(/>$/, "/>");
    const i = this.add("cellXfs", xf);
    this.memo.set(memoKey, i);
    byBase.set(base, i);
    return i;
  }

  /**
   * Brings every cell format of another style table (the product's sheets rendered by exceljs) into
   * this one, with its fonts, fills, borders and number formats; returns old index → new index.
   */
  importAll(other: StyleSheet): number[] {
    const map: number[] = [];
    const fontMap = other.all("fonts").map((f) => this.add("fonts", f));
    const fillMap = other.all("fills").map((f) => this.add("fills", f));
    const borderMap = other.all("borders").map((b) => this.add("borders", b));
    other.all("cellXfs").forEach((xf, i) => {
      if (i === 0) {
        // The default format: the workbook's own default, as a new sheet's cells get in Excel.
        map.push(0);
        return;
      }
      const a = attrsOf(xf);
      let tag = startTagOf(xf);
      const code = other.formatCodeOf(Number(a.numFmtId ?? 0));
      tag = setAttr(tag, "numFmtId", String(code === null ? 0 : this.numFmtId(code)));
      tag = setAttr(tag, "fontId", String(fontMap[Number(a.fontId ?? 0)] ?? 0));
      tag = setAttr(tag, "fillId", String(fillMap[Number(a.fillId ?? 0)] ?? 0));
      tag = setAttr(tag, "borderId", String(borderMap[Number(a.borderId ?? 0)] ?? 0));
      tag = setAttr(tag, "xfId", "0");
      const inner = innerOf(xf);
      map.push(this.add("cellXfs", inner === null ? tag : `${tag.replace(/\/>$/, ">")}${inner}</xf>`));
    });
    return map;
  }

  /** styles.xml with the appended items (the original bytes elsewhere). */
  toXml(): string {
    let xml = this.xml;
    for (const s of ["numFmts", "fonts", "fills", "borders", "cellXfs"] as Section[]) {
      if (this.added[s].length === 0) continue;
      const count = this.items[s].length + this.added[s].length;
      const snippet = withPrefix(this.added[s].join(""), this.p);
      const sec = element(xml, this.p, s);
      if (sec) {
        const start = setAttr(sec.start.replace(/\/>$/, ">"), "count", String(count));
        const body = `${start}${sec.inner ?? ""}${snippet}</${this.p}${s}>`;
        xml = xml.slice(0, sec.index) + body + xml.slice(sec.index + sec.text.length);
      } else {
        const body = `<${this.p}${s} count="${count}">${snippet}</${this.p}${s}>`;
        let at = -1;
        for (const f of FOLLOWERS[s]) {
          const e = element(xml, this.p, f);
          if (e) {
            at = e.index;
            break;
          }
        }
        if (at < 0) at = xml.lastIndexOf(`</${this.p}styleSheet>`);
        xml = xml.slice(0, at) + body + xml.slice(at);
      }
    }
    return xml;
  }
}

function editFont(font: string, f: NonNullable<CellStyle["font"]>): string {
  const kids = new Map<string, string>();
  for (const [name, text] of children(innerOf(font))) kids.set(name, text);
  const flag = (name: string, on: boolean | undefined, el: string) => {
    if (on === undefined) return;
    if (on) kids.set(name, el);
    else kids.delete(name);
  };
  flag("b", f.bold, "<b/>");
  flag("i", f.italic, "<i/>");
  flag("u", f.underline, "<u/>");
  if (f.size !== undefined) kids.set("sz", `<sz val="${f.size}"/>`);
  if (f.color !== undefined) kids.set("color", `<color rgb="${argb(f.color)}"/>`);
  if (f.name !== undefined) {
    kids.set("name", `<name val="${escapeAttr(f.name)}"/>`);
    // The old font's theme scheme, family and character set belonged to the old name (a scheme font
    // would even override the name in Excel).
    kids.delete("scheme");
    kids.delete("family");
    kids.delete("charset");
  }
  const ordered = [...kids.entries()].sort((x, y) => rank(FONT_ORDER, x[0]) - rank(FONT_ORDER, y[0])).map(([, t]) => t);
  return `<font>${ordered.join("")}</font>`;
}

function rank(order: string[], name: string): number {
  const i = order.indexOf(name);
  return i < 0 ? order.length : i;
}

function editBorder(border: string, b: NonNullable<CellStyle["border"]>): string {
  const kids = new Map<string, string>();
  for (const [name, text] of children(innerOf(border))) kids.set(name, text);
  for (const side of ["left", "right", "top", "bottom"] as const) {
    const w = b[side];
    if (w === undefined) continue;
    kids.set(side, w === "none" ? `<${side}/>` : `<${side} style="${w}"/>`);
  }
  for (const side of ["left", "right", "top", "bottom", "diagonal"])
    if (!kids.has(side) && !kids.has(side === "left" ? "start" : side === "right" ? "end" : side)) kids.set(side, `<${side}/>`);
  const ordered = [...kids.entries()].sort((x, y) => rank(BORDER_ORDER, x[0]) - rank(BORDER_ORDER, y[0])).map(([, t]) => t);
  const tag = startTagOf(border).replace(/\/>$/, ">");
  return `${tag.startsWith("<border") ? tag : "<border>"}${ordered.join("")}</border>`;
}

const V_ALIGN_XML = { top: "top", middle: "center", bottom: "bottom" } as const;

function editAlignment(inner: string, al: NonNullable<CellStyle["align"]>): string {
  const kids = children(inner);
  const existing = kids.find(([n]) => n === "alignment");
  // <alignment> has no children: its start tag, self-closed, is the whole element.
  let tag = existing ? startTagOf(existing[1]).replace(/\s*\/?>$/, "/>") : "<alignment/>";
  if (al.h !== undefined) tag = setAttr(tag, "horizontal", al.h);
  if (al.v !== undefined) tag = setAttr(tag, "vertical", V_ALIGN_XML[al.v]);
  if (al.wrap !== undefined) tag = setAttr(tag, "wrapText", al.wrap ? "1" : null);
  if (al.indent !== undefined) tag = setAttr(tag, "indent", al.indent ? String(al.indent) : null);
  // alignment comes first in an xf (then protection, extLst).
  return (
    tag +
    kids
      .filter(([n]) => n !== "alignment")
      .map(([, t]) => t)
      .join("")
  );
}
