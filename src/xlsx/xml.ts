/**
 * The few XML operations the package writer needs, on text: the writer changes a handful of elements
 * in parts it otherwise keeps byte for byte, so it never re-serialises a whole document (a DOM round
 * trip would reorder attributes, drop the byte-order mark, rewrite namespaces: bytes the clerk's file
 * did not ask to change).
 *
 * Elements are matched with their namespace prefix, whatever it is (`<sheet>`, `<x:sheet>`): the
 * prefix of a document is read from its root element.
 */

export const NS = {
  main: "http://schemas.openxmlformats.org/spreadsheetml/2006/main",
  rel: "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
  pkgRel: "http://schemas.openxmlformats.org/package/2006/relationships",
  contentTypes: "http://schemas.openxmlformats.org/package/2006/content-types",
  strictMain: "http://purl.oclc.org/ooxml/spreadsheetml/main",
} as const;

export function escapeText(s: string): string {
  return s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

export function escapeAttr(s: string): string {
  return escapeText(s).replace(/"/g, "&quot;");
}

/**
 * Characters XML 1.0 cannot carry (most C0 controls, lone surrogates) written the way Excel writes them
 * in cell text: `_xHHHH_`. A literal `_x…_` in the text is protected the same way, as Excel does.
 */
export function excelText(s: string): string {
  // Most text needs nothing: skip the replacements.
  // eslint-disable-next-line no-control-regex -- the control characters XML cannot carry
  if (!/[&<>_\u0000-\u001f\ud800-\udfff\ufffe\uffff]/.test(s)) return s;
  return escapeText(
    s.replace(/_x([0-9A-Fa-f]{4})_/g, "_x005F_x$1_").replace(
      // eslint-disable-next-line no-control-regex -- matching the control characters XML cannot carry is the point
      /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g,
      (c) => `_x${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")}_`,
    ),
  );
}

export function decodeEntities(s: string): string {
  return s.replace(/&(#x[0-9a-fA-F]+|#\d+|amp|lt|gt|quot|apos);/g, (_, e: string) => {
    if (e === "amp") return "&";
    if (e === "lt") return "<";
    if (e === "gt") return ">";
    if (e === "quot") return '"';
    if (e === "apos") return "'";
    return String.fromCodePoint(e[1] === "x" ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10));
  });
}

/** Attributes of a start tag (`<x:sheet name="A" r:id="rId1"/>`), decoded, by qualified name. */
export function attrsOf(tag: string): Record<string, string> {
  const out: Record<string, string> = {};
  const re = /([\w:.-]+)\s*=\s*("([^"]*)"|'([^']*)')/g;
  // Skip the element name.
  const start = tag.search(/\s/);
  if (start < 0) return out;
  let m: RegExpExecArray | null;
  const body = tag.slice(start);
  while ((m = re.exec(body))) out[m[1]] = decodeEntities(m[3] ?? m[4] ?? "");
  return out;
}

/** The attribute whose local name is `local`, whatever its prefix (`r:id`, `ns1:id`). */
export function attrLocal(attrs: Record<string, string>, local: string): string | undefined {
  if (local in attrs) return attrs[local];
  for (const [k, v] of Object.entries(attrs)) if (k.endsWith(`:${local}`) && !k.startsWith("xmlns")) return v;
  return undefined;
}

/** Sets (or, with null, removes) one attribute of a start tag, keeping every other byte of it. */
export function setAttr(tag: string, name: string, value: string | null): string {
  const re = new RegExp(`(\\s)${name.replace(/[.:]/g, "\\$&")}\\s*=\\s*("[^"]*"|'[^']*')`);
  if (re.test(tag)) return value === null ? tag.replace(re, "") : tag.replace(re, `$1${name}="${escapeAttr(value)}"`);
  if (value === null) return tag;
  const close = tag.endsWith("/>") ? tag.length - 2 : tag.length - 1;
  const head = tag.slice(0, close).replace(/\s+$/, "");
  return `${head} ${name}="${escapeAttr(value)}"${tag.slice(close)}`;
}

/** The root element's start tag (after the declaration, comments and any byte-order mark). */
export function rootTag(xml: string): string {
  const m = /<([A-Za-z_][\w.-]*(?::[\w.-]+)?)\b[^>]*>/.exec(xml.replace(/<\?[\s\S]*?\?>|<!--[\s\S]*?-->/g, (s) => " ".repeat(s.length)));
  return m ? m[0] : "";
}

/** "x:" when the root declares `xmlns:x="ns"` (and no default namespace ns), "" when ns is the default. */
export function prefixFor(xml: string, ns: string): string | null {
  const root = rootTag(xml);
  const a = attrsOf(root);
  if (a.xmlns === ns) return "";
  for (const [k, v] of Object.entries(a)) if (k.startsWith("xmlns:") && v === ns) return `${k.slice(6)}:`;
  return null;
}

/** Escapes a string for use in a RegExp. */
export function reEscape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** Every element `name` (with prefix p): its full text, start tag and position. Handles `<a/>` and `<a>…</a>` (no nesting of the same name). */
export function elements(
  xml: string,
  p: string,
  name: string,
  from = 0,
  to = xml.length,
): { text: string; start: string; index: number; inner: string | null }[] {
  const q = reEscape(p + name);
  const re = new RegExp(`<${q}(?=[\\s/>])[^>]*?(/>|>([\\s\\S]*?)</${q}\\s*>)`, "g");
  re.lastIndex = from;
  const out: { text: string; start: string; index: number; inner: string | null }[] = [];
  let m: RegExpExecArray | null;
  while ((m = re.exec(xml)) && m.index < to) {
    const text = m[0];
    const selfClosing = m[1] === "/>";
    const start = selfClosing ? text : text.slice(0, text.indexOf(">") + 1);
    out.push({ text, start, index: m.index, inner: selfClosing ? null : (m[2] ?? "") });
  }
  return out;
}

/** The first element `name`, or null. */
export function element(xml: string, p: string, name: string): { text: string; start: string; index: number; inner: string | null } | null {
  return elements(xml, p, name)[0] ?? null;
}

/** Gives every element of a snippet written without a prefix the prefix p (for inserting into a prefixed document). */
export function withPrefix(snippet: string, p: string): string {
  if (!p) return snippet;
  return snippet.replace(/<(\/?)([A-Za-z_][\w.-]*)(?=[\s/>])/g, (_, slash: string, name: string) => `<${slash}${p}${name}`);
}

/** Removes the prefix p from every element of a snippet (to compare elements across documents). */
export function withoutPrefix(snippet: string, p: string): string {
  if (!p) return snippet;
  return snippet.replace(new RegExp(`<(/?)${reEscape(p)}`, "g"), "<$1");
}
