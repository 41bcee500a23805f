/**
 * Hand-made Office Open XML packages for tests: the shapes real writers produce and exceljs does not
 * (a chart sheet, a chart on a worksheet, a part no library knows, the .NET packaging API's prefixes,
 * cells without `r`, backslash zip paths …). Each helper builds the smallest package that shows one case.
 */
import JSZip from "jszip";

export const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
export const RELNS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const PKG_REL = "http://schemas.openxmlformats.org/package/2006/relationships";
const T = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const CT_SHEET = "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml";

export interface HandSheet {
  name: string;
  /** The worksheet's sheetData rows (inner XML), unprefixed; the builder adds the prefix. */
  rows: string;
  /** The part's name inside xl/ (default worksheets/sheetN.xml). */
  part?: string;
  state?: "hidden" | "veryHidden";
}

export interface HandOptions {
  /** The main namespace as a prefix ("x") instead of the default namespace (.NET's packaging API). */
  prefix?: string;
  /** A byte-order mark before every XML part. */
  bom?: boolean;
  /** Relationship targets as absolute part names ("/xl/worksheets/sheet1.xml"). */
  absoluteTargets?: boolean;
  /** Zip entry names with backslashes ("xl\\workbook.xml"). */
  backslashes?: boolean;
  /** Shared strings (each a plain string); cells refer to them with t="s". */
  sharedStrings?: string[];
  date1904?: boolean;
}

function pre(xml: string, p: string): string {
  if (!p) return xml;
  return xml.replace(/<(\/?)([A-Za-z_][\w.-]*)(?=[\s/>])/g, (_, s: string, n: string) => `<${s}${p}:${n}`);
}

/** A workbook package written the way some non-Excel writer would write it. */
export async function handWorkbook(sheets: HandSheet[], o: HandOptions = {}): Promise<Buffer> {
  const zip = new JSZip();
  const p = o.prefix ?? "";
  const ns = p ? `xmlns:${p}="${MAIN}"` : `xmlns="${MAIN}"`;
  const bom = o.bom ? "\uFEFF" : "";
  const decl = `${bom}<?xml version="1.0" encoding="utf-8"?>`;
  const name = (n: string) => (o.backslashes ? n.replace(/\//g, "\\") : n);
  const target = (t: string) => (o.absoluteTargets ? `/xl/${t}` : t);
  const parts = sheets.map((s, i) => s.part ?? `worksheets/sheet${i + 1}.xml`);
  const overrides = parts.map((x) => `<Override PartName="/xl/${x}" ContentType="${CT_SHEET}"/>`).join("");
  zip.file(
    name("[Content_Types].xml"),
    `${decl}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>${overrides}${o.sharedStrings ? `<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>` : ""}</Types>`,
  );
  zip.file(
    name("_rels/.rels"),
    `${decl}<Relationships xmlns="${PKG_REL}"><Relationship Id="rId1" Type="${T}/officeDocument" Target="${o.absoluteTargets ? "/xl/workbook.xml" : "xl/workbook.xml"}"/></Relationships>`,
  );
  const rels = parts.map((x, i) => `<Relationship Id="rId${i + 1}" Type="${T}/worksheet" Target="${target(x)}"/>`);
  if (o.sharedStrings) rels.push(`<Relationship Id="rIdS" Type="${T}/sharedStrings" Target="${target("sharedStrings.xml")}"/>`);
  zip.file(name("xl/_rels/workbook.xml.rels"), `${decl}<Relationships xmlns="${PKG_REL}">${rels.join("")}</Relationships>`);
  const sheetEls = sheets.map((s, i) => `<sheet name="${s.name}" sheetId="${i + 1}"${s.state ? ` state="${s.state}"` : ""} r:id="rId${i + 1}"/>`).join("");
  zip.file(
    name("xl/workbook.xml"),
    `${decl}${pre(`<workbook ${ns} xmlns:r="${RELNS}">${o.date1904 ? `<workbookPr date1904="1"/>` : ""}<sheets>${sheetEls}</sheets></workbook>`, p).replace(`<${p}:workbook xmlns:${p}`, `<${p}:workbook xmlns:${p}`)}`,
  );
  sheets.forEach((s, i) => {
    zip.file(name(`xl/${parts[i]}`), `${decl}${pre(`<worksheet ${ns}><sheetData>${s.rows}</sheetData></worksheet>`, p)}`);
  });
  if (o.sharedStrings) {
    const si = o.sharedStrings.map((t) => `<si><t xml:space="preserve">${t}</t></si>`).join("");
    zip.file(
      name("xl/sharedStrings.xml"),
      `${decl}${pre(`<sst ${ns} count="${o.sharedStrings.length}" uniqueCount="${o.sharedStrings.length}">${si}</sst>`, p)}`,
    );
  }
  return zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" });
}

// ---------------------------------------------------------------------------------------------
// Things exceljs drops, added to a package exceljs wrote.

const CHART = (ref: string) =>
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<c:chartSpace xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:r="${RELNS}"><c:chart><c:plotArea><c:layout/><c:barChart><c:barDir val="col"/><c:grouping val="clustered"/><c:varyColors val="0"/><c:ser><c:idx val="0"/><c:order val="0"/><c:val><c:numRef><c:f>${ref}</c:f></c:numRef></c:val></c:ser><c:axId val="1"/><c:axId val="2"/></c:barChart><c:catAx><c:axId val="1"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="b"/><c:crossAx val="2"/></c:catAx><c:valAx><c:axId val="2"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="l"/><c:crossAx val="1"/></c:valAx></c:plotArea></c:chart></c:chartSpace>`;

const FRAME = `<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="2" name="Chart 1"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr><xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm><a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/chart"><c:chart xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" xmlns:r="${RELNS}" r:id="rId1"/></a:graphicData></a:graphic></xdr:graphicFrame><xdr:clientData/>`;
const DRAWING = (anchor: string) =>
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<xdr:wsDr xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main">${anchor}</xdr:wsDr>`;
const ABSOLUTE = `<xdr:absoluteAnchor><xdr:pos x="0" y="0"/><xdr:ext cx="8666400" cy="6300000"/>${FRAME}</xdr:absoluteAnchor>`;
const TWO_CELL = `<xdr:twoCellAnchor><xdr:from><xdr:col>5</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>1</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from><xdr:to><xdr:col>11</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>15</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:to>${FRAME}</xdr:twoCellAnchor>`;

async function edit(zip: JSZip, name: string, f: (s: string) => string): Promise<void> {
  zip.file(name, f(await zip.file(name)!.async("string")));
}

function rels(entries: [string, string, string][]): string {
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="${PKG_REL}">${entries.map(([id, type, target]) => `<Relationship Id="${id}" Type="${T}/${type}" Target="${target}"/>`).join("")}</Relationships>`;
}

/** The sheet part of a sheet named `name` in a package exceljs wrote (xl/worksheets/sheetN.xml). */
async function partOf(zip: JSZip, sheet: string): Promise<string> {
  const wb = await zip.file("xl/workbook.xml")!.async("string");
  const rid = new RegExp(`<sheet [^>]*name="${sheet}"[^>]*r:id="([^"]+)"`).exec(wb)![1];
  const r = await zip.file("xl/_rels/workbook.xml.rels")!.async("string");
  const t = new RegExp(`Id="${rid}"[^>]*Target="([^"]+)"`).exec(r)?.[1] ?? new RegExp(`Target="([^"]+)"[^>]*Id="${rid}"`).exec(r)![1];
  return `xl/${t.replace(/^\/?xl\//, "")}`;
}

export interface Extras {
  /** A chart sheet (its own tab) named so, charting `ref`. */
  chartSheet?: { name: string; ref: string };
  /** A chart drawn on this worksheet, charting `ref`. */
  chartOn?: { sheet: string; ref: string };
  /** A part nobody knows, related from the workbook. */
  unknownPart?: boolean;
  /** A custom XML part (as SharePoint and document-management systems add). */
  customXml?: boolean;
}

/** Adds what exceljs would lose on a round trip to an .xlsx that exceljs wrote. */
export async function withExtras(xlsx: Buffer, x: Extras): Promise<Buffer> {
  const zip = await JSZip.loadAsync(xlsx);
  const types: string[] = [];
  const wbRels: [string, string, string][] = [];
  if (x.chartSheet) {
    zip.file("xl/charts/chart1.xml", CHART(x.chartSheet.ref));
    zip.file("xl/drawings/drawing91.xml", DRAWING(ABSOLUTE));
    zip.file("xl/drawings/_rels/drawing91.xml.rels", rels([["rId1", "chart", "../charts/chart1.xml"]]));
    zip.file(
      "xl/chartsheets/sheet1.xml",
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<chartsheet xmlns="${MAIN}" xmlns:r="${RELNS}"><sheetPr/><sheetViews><sheetView zoomScale="90" workbookViewId="0" zoomToFit="1"/></sheetViews><pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/><drawing r:id="rId1"/></chartsheet>`,
    );
    zip.file("xl/chartsheets/_rels/sheet1.xml.rels", rels([["rId1", "drawing", "../drawings/drawing91.xml"]]));
    types.push(
      `<Override PartName="/xl/charts/chart1.xml" ContentType="application/vnd.openxmlformats-officedocument.drawingml.chart+xml"/>`,
      `<Override PartName="/xl/drawings/drawing91.xml" ContentType="application/vnd.openxmlformats-officedocument.drawing+xml"/>`,
      `<Override PartName="/xl/chartsheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.chartsheet+xml"/>`,
    );
    wbRels.push(["rIdChart1", "chartsheet", "chartsheets/sheet1.xml"]);
    await edit(zip, "xl/workbook.xml", (s) => s.replace("</sheets>", `<sheet name="${x.chartSheet!.name}" sheetId="90" r:id="rIdChart1"/></sheets>`));
  }
  if (x.chartOn) {
    const part = await partOf(zip, x.chartOn.sheet);
    const relsName = part.replace(/([^/]+)$/, "_rels/$1.rels");
    if (zip.file(relsName)) throw new Error("the sheet already has relationships");
    zip.file("xl/charts/chart2.xml", CHART(x.chartOn.ref));
    zip.file("xl/drawings/drawing92.xml", DRAWING(TWO_CELL));
    zip.file("xl/drawings/_rels/drawing92.xml.rels", rels([["rId1", "chart", "../charts/chart2.xml"]]));
    zip.file(relsName, rels([["rId1", "drawing", "../drawings/drawing92.xml"]]));
    await edit(zip, part, (s) => s.replace(/(<\/worksheet>)$/, `<drawing r:id="rId1"/>$1`));
    types.push(
      `<Override PartName="/xl/charts/chart2.xml" ContentType="application/vnd.openxmlformats-officedocument.drawingml.chart+xml"/>`,
      `<Override PartName="/xl/drawings/drawing92.xml" ContentType="application/vnd.openxmlformats-officedocument.drawing+xml"/>`,
    );
  }
  if (x.unknownPart) {
    zip.file("xl/dvht-test/unknown.bin", Buffer.from([0, 1, 2, 3, 254, 255]));
    types.push(`<Default Extension="bin" ContentType="application/octet-stream"/>`);
    wbRels.push(["rIdUnknown1", "unknownThing", "dvht-test/unknown.bin"]);
  }
  if (x.customXml) {
    zip.file("customXml/item1.xml", `<?xml version="1.0" encoding="UTF-8"?><root xmlns="urn:example:dms"><id>42</id></root>`);
  }
  if (types.length) await edit(zip, "[Content_Types].xml", (s) => s.replace("</Types>", `${types.join("")}</Types>`));
  if (wbRels.length) {
    await edit(zip, "xl/_rels/workbook.xml.rels", (s) =>
      s.replace(
        "</Relationships>",
        `${wbRels.map(([id, type, target]) => `<Relationship Id="${id}" Type="${T}/${type}" Target="${target}"/>`).join("")}</Relationships>`,
      ),
    );
  }
  return zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" });
}

/** Every part of a package, by name, as bytes (to compare two packages part by part). */
export async function partsOf(xlsx: Buffer): Promise<Map<string, Buffer>> {
  const zip = await JSZip.loadAsync(xlsx);
  const out = new Map<string, Buffer>();
  for (const [n, f] of Object.entries(zip.files)) if (!f.dir) out.set(n, Buffer.from(await f.async("uint8array")));
  return out;
}
