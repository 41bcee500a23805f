/**
 * An Office Open XML package (a zip of parts) as the writer sees it: parts by name, their content types
 * and relationships. Parts the writer does not change are carried over with their bytes untouched.
 *
 * Tolerant the way Excel is: part names are matched without regard to case, with or without a leading
 * "/", and a zip written with backslashes ("xl\workbook.xml") is read as the forward-slash names it
 * means (and written back with forward slashes: the one repair the writer makes to a package).
 */
import * as zlib from "zlib";
import JSZip from "jszip";
import { attrLocal, attrsOf, elements, escapeAttr, prefixFor, NS, setAttr, withPrefix } from "./xml";

export interface Relationship {
  id: string;
  type: string;
  target: string;
  external: boolean;
  /** The part the target resolves to (internal targets only). */
  part: string | null;
}

export const REL = {
  officeDocument: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument",
  worksheet: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet",
  chartsheet: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/chartsheet",
  styles: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles",
  sharedStrings: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings",
  calcChain: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/calcChain",
} as const;

export const CT = {
  worksheet: "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml",
  styles: "application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml",
} as const;

/** "/xl\\worksheets/../x.xml" → "xl/x.xml". */
export function normalisePartName(name: string): string {
  const parts: string[] = [];
  for (const seg of name.replace(/\\/g, "/").split("/")) {
    if (seg === "" || seg === ".") continue;
    if (seg === "..") parts.pop();
    else parts.push(seg);
  }
  return parts.join("/");
}

/** The relationships part of a part: "xl/workbook.xml" → "xl/_rels/workbook.xml.rels"; the package's own: "_rels/.rels". */
export function relsPartOf(part: string): string {
  const i = part.lastIndexOf("/");
  return i < 0 ? `_rels/${part}.rels` : `${part.slice(0, i)}/_rels/${part.slice(i + 1)}.rels`;
}

function dirOf(part: string): string {
  const i = part.lastIndexOf("/");
  return i < 0 ? "" : part.slice(0, i);
}

export function resolveTarget(sourcePart: string, target: string): string {
  const t = target.replace(/\\/g, "/");
  if (t.startsWith("/")) return normalisePartName(t);
  return normalisePartName(`${dirOf(sourcePart)}/${t}`);
}

/** A target written relative to the source part, as Excel writes them. */
export function relativeTarget(sourcePart: string, part: string): string {
  const from = dirOf(sourcePart).split("/").filter(Boolean);
  const to = part.split("/");
  let i = 0;
  while (i < from.length && i < to.length - 1 && from[i] === to[i]) i++;
  return [...Array(from.length - i).fill(".."), ...to.slice(i)].join("/");
}

/** JSZip's record of a loaded entry (its CompressedObject): what a native inflate needs. */
interface NativeEntry {
  compressedContent?: unknown;
  compression?: { magic?: string };
  uncompressedSize: number;
  crc32: number;
}
const STORE = "\x00\x00";
const DEFLATE = "\x08\x00";

export class ZipPackage {
  /** Normalised lower-case name → the entry's name in the zip. */
  private readonly entries = new Map<string, string>();
  /** Parts whose text the writer replaced, by normalised name (written in place of the entry). */
  private readonly replaced = new Map<string, string | Uint8Array>();
  private readonly removed = new Set<string>();
  /** True when some entry had a name that is not a clean part name (backslashes, a leading "/"). */
  readonly repairedNames: boolean;

  private constructor(private readonly zip: JSZip) {
    let repaired = false;
    zip.forEach((name, file) => {
      if (file.dir) return;
      const norm = normalisePartName(name);
      if (norm !== name) repaired = true;
      this.entries.set(norm.toLowerCase(), name);
    });
    this.repairedNames = repaired;
  }

  /**
   * `checkAll: false` skips JSZip's check of every entry at load, which inflates the whole package: a
   * reader that wants a few parts (the district's) checks each part it reads instead (see inflate).
   */
  static async load(bytes: Buffer | Uint8Array, o: { checkAll?: boolean } = {}): Promise<ZipPackage> {
    return new ZipPackage(await JSZip.loadAsync(bytes, { checkCRC32: o.checkAll ?? true }));
  }

  /** Normalised names of the parts, as they are now. */
  names(): string[] {
    const out: string[] = [];
    for (const name of this.entries.values()) {
      const n = normalisePartName(name);
      if (!this.removed.has(n.toLowerCase())) out.push(n);
    }
    for (const n of this.replaced.keys()) if (!this.entries.has(n.toLowerCase())) out.push(n);
    return out;
  }

  private key(name: string): string {
    return normalisePartName(name).toLowerCase();
  }

  /** The part's name as stored (its case), or null. */
  find(name: string): string | null {
    const k = this.key(name);
    if (this.removed.has(k)) return null;
    for (const n of this.replaced.keys()) if (n.toLowerCase() === k) return n;
    const e = this.entries.get(k);
    return e === undefined ? null : normalisePartName(e);
  }

  has(name: string): boolean {
    return this.find(name) !== null;
  }

  /** Total uncompressed size the zip declares (read before anything is inflated: a zip bomb is refused unread). */
  declaredSize(): number {
    let total = 0;
    for (const name of this.entries.values()) {
      const f = this.zip.file(name) as unknown as { _data?: { uncompressedSize?: number } } | null;
      total += f?._data?.uncompressedSize ?? 0;
    }
    return total;
  }

  async bytes(name: string): Promise<Uint8Array | null> {
    const k = this.key(name);
    if (this.removed.has(k)) return null;
    for (const [n, v] of this.replaced) if (n.toLowerCase() === k) return typeof v === "string" ? new TextEncoder().encode(v) : v;
    const e = this.entries.get(k);
    if (e === undefined) return null;
    return this.inflate(e) ?? this.zip.file(e)!.async("uint8array");
  }

  /**
   * A part's bytes inflated by Node's zlib, its CRC checked as JSZip checks it: many times faster than
   * JSZip's JavaScript inflater on the small parts a reader wants (the district reads a thousand files).
   * null when the entry is not a plain stored or deflated one (JSZip then reads it).
   */
  private inflate(entry: string): Uint8Array | null {
    const data = (this.zip.file(entry) as unknown as { _data?: NativeEntry } | null)?._data;
    const magic = data?.compression?.magic;
    if (!data || !(data.compressedContent instanceof Uint8Array) || typeof zlib.crc32 !== "function" || (magic !== STORE && magic !== DEFLATE)) return null;
    const out = magic === STORE ? data.compressedContent : zlib.inflateRawSync(data.compressedContent);
    if (out.length !== data.uncompressedSize || zlib.crc32(out) >>> 0 !== data.crc32 >>> 0) throw new Error("Corrupted zip: CRC32 mismatch");
    return out;
  }

  /** A part's text (UTF-8; a byte-order mark is dropped). */
  async text(name: string): Promise<string | null> {
    const k = this.key(name);
    if (this.removed.has(k)) return null;
    for (const [n, v] of this.replaced) if (n.toLowerCase() === k) return typeof v === "string" ? v : new TextDecoder().decode(v);
    const e = this.entries.get(k);
    if (e === undefined) return null;
    const raw = this.inflate(e);
    return stripBom(raw ? Buffer.from(raw.buffer, raw.byteOffset, raw.byteLength).toString("utf8") : await this.zip.file(e)!.async("string"));
  }

  /** The first bytes of a part, inflating no more than that (to look for a DTD before any parser sees the part). */
  async head(name: string, n = 4096): Promise<string> {
    const e = this.entries.get(this.key(name));
    if (e === undefined) return "";
    const stream = this.zip.file(e)!.nodeStream("nodebuffer");
    return new Promise<string>((resolve, reject) => {
      let got = Buffer.alloc(0);
      const done = () => {
        stream.removeAllListeners();
        (stream as unknown as { pause?: () => void }).pause?.();
        resolve(stripBom(got.subarray(0, n).toString("utf8")));
      };
      stream.on("data", (chunk: Buffer) => {
        got = Buffer.concat([got, chunk]);
        if (got.length >= n) done();
      });
      stream.on("end", done);
      stream.on("error", reject);
    });
  }

  setText(name: string, text: string): void {
    this.set(name, text);
  }

  set(name: string, content: string | Uint8Array): void {
    const existing = this.find(name);
    const n = existing ?? normalisePartName(name);
    this.removed.delete(n.toLowerCase());
    for (const k of [...this.replaced.keys()]) if (k.toLowerCase() === n.toLowerCase()) this.replaced.delete(k);
    this.replaced.set(n, content);
  }

  remove(name: string): void {
    const k = this.key(name);
    for (const n of [...this.replaced.keys()]) if (n.toLowerCase() === k) this.replaced.delete(n);
    if (this.entries.has(k)) this.removed.add(k);
  }

  /** The zip, every unchanged part with its original bytes (re-compressed), changed parts replaced, names cleaned. */
  async toBuffer(): Promise<Buffer> {
    const out = new JSZip();
    const written = new Set<string>();
    for (const [k, name] of this.entries) {
      if (this.removed.has(k)) continue;
      const norm = normalisePartName(name);
      const rep = [...this.replaced.entries()].find(([n]) => n.toLowerCase() === k);
      if (rep) out.file(rep[0], rep[1]);
      else out.file(norm, await this.zip.file(name)!.async("uint8array"));
      written.add(k);
    }
    for (const [n, v] of this.replaced) if (!written.has(n.toLowerCase())) out.file(n, v);
    return out.generateAsync({ type: "nodebuffer", compression: "DEFLATE", compressionOptions: { level: 6 } });
  }

  // -------------------------------------------------------------------------------------------
  // Relationships and content types

  async relationships(sourcePart: string): Promise<Relationship[]> {
    const xml = await this.text(relsPartOf(sourcePart));
    if (xml === null) return [];
    const p = prefixFor(xml, NS.pkgRel) ?? "";
    return elements(xml, p, "Relationship").map((e) => {
      const a = attrsOf(e.start);
      const external = (a.TargetMode ?? "").toLowerCase() === "external";
      const target = a.Target ?? "";
      return { id: a.Id ?? "", type: a.Type ?? "", target, external, part: external ? null : resolveTarget(sourcePart, target) };
    });
  }

  /** Adds a relationship from sourcePart and returns its id. */
  async addRelationship(sourcePart: string, type: string, targetPart: string): Promise<string> {
    const relsName = relsPartOf(sourcePart);
    let xml = await this.text(relsName);
    if (xml === null) xml = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="${NS.pkgRel}"></Relationships>`;
    const p = prefixFor(xml, NS.pkgRel) ?? "";
    const ids = new Set(elements(xml, p, "Relationship").map((e) => attrsOf(e.start).Id));
    let n = ids.size + 1;
    while (ids.has(`rId${n}`)) n++;
    const id = `rId${n}`;
    const el = withPrefix(`<Relationship Id="${id}" Type="${escapeAttr(type)}" Target="${escapeAttr(relativeTarget(sourcePart, targetPart))}"/>`, p);
    this.setText(relsName, insertBeforeClose(xml, `${p}Relationships`, el));
    return id;
  }

  async removeRelationship(sourcePart: string, id: string): Promise<void> {
    const relsName = relsPartOf(sourcePart);
    const xml = await this.text(relsName);
    if (xml === null) return;
    const p = prefixFor(xml, NS.pkgRel) ?? "";
    const el = elements(xml, p, "Relationship").find((e) => attrsOf(e.start).Id === id);
    if (el) this.setText(relsName, xml.slice(0, el.index) + xml.slice(el.index + el.text.length));
  }

  /** The content type of a part (Override first, then Default by extension). */
  async contentType(part: string): Promise<string | null> {
    const xml = await this.text("[Content_Types].xml");
    if (xml === null) return null;
    const p = prefixFor(xml, NS.contentTypes) ?? "";
    const norm = `/${normalisePartName(part)}`.toLowerCase();
    for (const e of elements(xml, p, "Override")) {
      const a = attrsOf(e.start);
      if ((a.PartName ?? "").replace(/\\/g, "/").toLowerCase() === norm) return a.ContentType ?? null;
    }
    const ext = norm.slice(norm.lastIndexOf(".") + 1);
    for (const e of elements(xml, p, "Default")) {
      const a = attrsOf(e.start);
      if ((a.Extension ?? "").toLowerCase() === ext) return a.ContentType ?? null;
    }
    return null;
  }

  async setOverride(part: string, contentType: string | null): Promise<void> {
    const xml = await this.text("[Content_Types].xml");
    if (xml === null) return;
    const p = prefixFor(xml, NS.contentTypes) ?? "";
    const norm = `/${normalisePartName(part)}`;
    let out = xml;
    for (const e of elements(xml, p, "Override").reverse()) {
      const a = attrsOf(e.start);
      if ((a.PartName ?? "").replace(/\\/g, "/").toLowerCase() === norm.toLowerCase()) out = out.slice(0, e.index) + out.slice(e.index + e.text.length);
    }
    if (contentType !== null) {
      out = insertBeforeClose(out, `${p}Types`, withPrefix(`<Override PartName="${escapeAttr(norm)}" ContentType="${escapeAttr(contentType)}"/>`, p));
    }
    this.setText("[Content_Types].xml", out);
  }
}

export function stripBom(s: string): string {
  return s.charCodeAt(0) === 0xfeff ? s.slice(1) : s;
}

/** Inserts a snippet just before `</name>`, opening a self-closed `<name/>` if need be. */
export function insertBeforeClose(xml: string, qname: string, snippet: string): string {
  const close = xml.lastIndexOf(`</${qname}>`);
  if (close >= 0) return xml.slice(0, close) + snippet + xml.slice(close);
  const selfClosed = new RegExp(`<${qname.replace(/[.:]/g, "\\$&")}(\\s[^>]*)?/>`).exec(xml);
  if (!selfClosed) throw new Error(`no <${qname}> element`);
  const open = selfClosed[0].replace(/\s*\/>$/, ">");
  return xml.slice(0, selfClosed.index) + open + snippet + `</${qname}>` + xml.slice(selfClosed.index + selfClosed[0].length);
}

/** The package's main part (the workbook), from the package relationships. */
export async function mainPart(pkg: ZipPackage): Promise<string | null> {
  const rels = await pkg.relationships("");
  const main = rels.find((r) => r.type === REL.officeDocument || r.type.endsWith("/officeDocument"));
  if (main?.part && pkg.has(main.part)) return pkg.find(main.part);
  return null;
}

export { setAttr, attrLocal };
