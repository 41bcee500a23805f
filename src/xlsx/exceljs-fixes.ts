/**
 * Three fixes to exceljs 4.4.0 internals, applied once when the adapter is loaded.
 *
 * Internal links ("go to the cell") are how the Kiểm tra sheet points the clerk at each problem, so
 * they must work in Excel. exceljs 4.4.0 writes a link given as "#'Sheet'!A1" with BOTH an external
 * relationship and a `location` that keeps the "#", which Excel resolves to "#'Sheet'!A1#'Sheet'!A1"
 * (a dead link; exceljs issue #3027). And on reading it drops every link that has only a `location`
 * (the way Excel itself stores internal links), so a clerk's own links would vanish on save.
 *
 * The fixes: write an internal link as `location` only (no relationship reference), and read a
 * location-only link back as "#location", the same form the writer takes.
 */
/*
 * Data bars (the district's counts): Excel 2010 bars (an x14 extension: solid, no bar for 0) are linked
 * to their rule by an id that exceljs draws at random (uuid v4), so two runs would write two different
 * files. The id is made from the rule itself instead: the same rule, the same id.
 */
/* eslint-disable @typescript-eslint/no-require-imports -- patching CommonJS internals of exceljs */

interface HyperlinkModel {
  address: string;
  rId?: string;
  tooltip?: string;
  target?: string;
}
interface XmlStream {
  leafNode(name: string, attributes: Record<string, string | undefined>): void;
}

let applied = false;

export function applyExcelJsFixes(): void {
  if (applied) return;
  applied = true;
  const HyperlinkXform = require("exceljs/lib/xlsx/xform/sheet/hyperlink-xform.js");
  const CfRuleExtXform = require("exceljs/lib/xlsx/xform/sheet/cf-ext/cf-rule-ext-xform.js");
  CfRuleExtXform.prototype.prepare = function (this: unknown, model: Record<string, unknown>) {
    if (!CfRuleExtXform.isExt(model)) return;
    const hex = fnvHex(JSON.stringify({ ...model, x14Id: undefined }));
    model.x14Id = `{${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-8${hex.slice(17, 20)}-${hex.slice(20, 32)}}`.toUpperCase();
  };
  const WorksheetXform = require("exceljs/lib/xlsx/xform/sheet/worksheet-xform.js");
  const RelType = require("exceljs/lib/xlsx/rel-type.js");

  // Internal links need no relationship: drop the ones exceljs creates for them (ids stay unique).
  const prepare = WorksheetXform.prototype.prepare as (this: unknown, model: Record<string, unknown>, options: unknown) => void;
  WorksheetXform.prototype.prepare = function (this: unknown, model: Record<string, unknown>, options: unknown) {
    prepare.call(this, model, options);
    const links = (model.hyperlinks as HyperlinkModel[] | undefined) ?? [];
    const internal = new Set(links.filter((h) => h.target?.startsWith("#") && h.rId).map((h) => h.rId!));
    if (internal.size === 0) return;
    model.rels = ((model.rels as { Id: string }[] | undefined) ?? []).filter((r) => !internal.has(r.Id));
    for (const h of links) if (h.rId && internal.has(h.rId)) delete h.rId;
  };

  const render = HyperlinkXform.prototype.render as (this: unknown, xml: XmlStream, model: HyperlinkModel) => void;
  HyperlinkXform.prototype.render = function (this: unknown, xml: XmlStream, model: HyperlinkModel) {
    if (model.target && model.target.startsWith("#")) {
      xml.leafNode("hyperlink", { ref: model.address, location: model.target.slice(1), tooltip: model.tooltip });
      return;
    }
    render.call(this, xml, model);
  };

  const reconcile = WorksheetXform.prototype.reconcile as (this: unknown, model: Record<string, unknown>, options: unknown) => void;
  WorksheetXform.prototype.reconcile = function (this: unknown, model: Record<string, unknown>, options: unknown) {
    const links = (model.hyperlinks as HyperlinkModel[] | undefined) ?? [];
    const rels = ((model.relationships as { Id: string; Type: string; Target: string }[] | undefined) ?? []).slice();
    let n = 0;
    for (const h of links) {
      if (!h.rId && h.target) {
        const Id = `dvhtLocation${++n}`;
        rels.push({ Id, Type: RelType.Hyperlink, Target: `#${h.target}` });
        h.rId = Id;
      }
    }
    if (n > 0) model.relationships = rels;
    reconcile.call(this, model, options);
  };
}

/** 32 hex digits from a text (two FNV-1a 64 passes): an id, not a secret. */
function fnvHex(text: string): string {
  const pass = (seed: bigint) => {
    let h = seed;
    for (let i = 0; i < text.length; i++) {
      h ^= BigInt(text.charCodeAt(i));
      h = (h * 0x100000001b3n) & 0xffffffffffffffffn;
    }
    return h.toString(16).padStart(16, "0");
  };
  return pass(0xcbf29ce484222325n) + pass(0x84222325cbf29ce4n);
}
