/**
 * An in-memory Excel, faithful to the part of Office.js the adapter uses (src/excel/).
 *
 * Why not office-addin-mock: it returns a string for unloaded properties instead of throwing and
 * has no collections. What this fake enforces, because the real Excel does:
 * - proxies queue their work; nothing happens until `context.sync()`;
 * - reading a property that was not loaded (and synced) throws PropertyNotLoaded;
 * - `getItem` of a missing sheet fails at sync with ItemNotFound; `*OrNullObject` gives a null object;
 * - `worksheets.getFirst()` / `getNextOrNullObject()` walk the sheets in tab order (hidden ones
 *   included unless `visibleOnly`); after the last sheet comes a null object, and what is asked of a
 *   null object (its next sheet, its used range, its merges) is a null object too, whose properties
 *   read as undefined once synced (as in Office.js); `nullChaining = "refuse"` makes the fake a
 *   host that fails such a request instead, so the adapter's fallback is tested;
 * - 2-D arrays whose shape differs from the range fail with InvalidArgument;
 * - a protected sheet refuses every write (AccessDenied);
 * - a written string that starts with = + - @ becomes a formula, and a numeric-looking string a
 *   number, unless the cell's number format is text ("@") — so tests catch formula injection;
 * - every sync is counted with the byte size of its request (and response); a request over
 *   5,000,000 bytes fails with RequestPayloadSizeLimitExceeded, as on Excel on the web.
 *
 * The file has no runtime imports: the browser test transpiles it as is and injects it into the page.
 */
import type { CellValue, Rect, SheetGrid, WorkbookGrids } from "../../src/core/grid";

export const PAYLOAD_LIMIT = 5_000_000;

export class FakeOfficeError extends Error {
  code: string;
  debugInfo: { code: string; message: string; errorLocation?: string };
  constructor(code: string, message: string, location?: string) {
    super(message);
    this.name = "RichApi.Error";
    this.code = code;
    this.debugInfo = { code, message, errorLocation: location };
  }
}

export interface FakeCell {
  value: string | number | boolean;
  formula?: string;
  error?: string;
  numberFormat?: string;
  /** Formats set through range.format (font, fill, alignment, borders), merged property by property. */
  format?: Record<string, unknown>;
  hyperlink?: { documentReference?: string; address?: string; textToDisplay?: string };
}

export interface FakeValidation {
  rect: Rect;
  rule?: unknown;
  errorAlert?: unknown;
}

export interface FakeSheet {
  name: string;
  cells: Map<string, FakeCell>;
  merges: Rect[];
  visibility: "Visible" | "Hidden" | "VeryHidden";
  protected: boolean;
  tabColor: string;
  showGridlines: boolean;
  freeze?: { rows: number; cols: number };
  columnWidths: Map<number, number>;
  hiddenColumns: Set<number>;
  rowHeights: Map<number, number>;
  validations: FakeValidation[];
  pageLayout: Record<string, unknown>;
}

export interface SyncRecord {
  requestBytes: number;
  responseBytes: number;
  actions: number;
  /** The Office.js error code when this sync was refused. */
  failed?: string;
}

const key = (r: number, c: number) => `${r},${c}`;

// The fake is transpiled on its own into the browser test's page, so it imports nothing at run time
// (hence its own column letters and byte count rather than the core's).
export function colLetters(col: number): string {
  let s = "";
  for (let n = col + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

function colIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

function parseAddress(addr: string): Rect {
  const local = addr.includes("!") ? addr.slice(addr.lastIndexOf("!") + 1) : addr;
  const parts = local.replace(/\$/g, "").split(":");
  const cell = (p: string) => {
    const m = /^([A-Za-z]{1,3})(\d+)$/.exec(p.trim());
    if (m) return { row: Number(m[2]) - 1, col: colIndex(m[1]) };
    const rowOnly = /^(\d+)$/.exec(p.trim());
    if (rowOnly) return { row: Number(rowOnly[1]) - 1, col: -1 };
    const colOnly = /^([A-Za-z]{1,3})$/.exec(p.trim());
    if (colOnly) return { row: -1, col: colIndex(colOnly[1]) };
    throw new FakeOfficeError("InvalidArgument", `Bad address ${addr}`);
  };
  const a = cell(parts[0]);
  const b = cell(parts[1] ?? parts[0]);
  const top = a.row < 0 ? 0 : Math.min(a.row, b.row);
  const bottom = a.row < 0 ? 1048575 : Math.max(a.row, b.row);
  const left = a.col < 0 ? 0 : Math.min(a.col, b.col);
  const right = a.col < 0 ? 16383 : Math.max(a.col, b.col);
  return { top, left, bottom, right };
}

export function quoteSheet(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

function rectAddress(r: Rect): string {
  const a = `${colLetters(r.left)}${r.top + 1}`;
  const b = `${colLetters(r.right)}${r.bottom + 1}`;
  return a === b ? a : `${a}:${b}`;
}

const overlaps = (a: Rect, b: Rect) => a.left <= b.right && b.left <= a.right && a.top <= b.bottom && b.top <= a.bottom;

// TextEncoder, not Buffer: the fake also runs inside the browser test's page.
const encoder = new TextEncoder();
const utf8Length = (s: string) => encoder.encode(s).length;

/**
 * Approximate JSON size of a request action (what Excel on the web counts towards its 5 MB): the
 * arguments plus about 100 bytes of envelope, as in Office.js's RichApi requests, where each action
 * carries ids, an action type, a name and an object path entry.
 */
function sizeOf(desc: unknown): number {
  return utf8Length(JSON.stringify(desc) ?? "") + 100;
}

const EXCEL_ERRORS = /^#(NULL!|DIV\/0!|VALUE!|REF!|NAME\?|NUM!|N\/A|GETTING_DATA|SPILL!|CALC!|FIELD!|BLOCKED!|CONNECT!|BUSY!|UNKNOWN!)$/;

/** The workbook state, shared by every context (each Excel.run gets a fresh context). */
export class FakeWorkbook {
  sheets: FakeSheet[] = [];
  names = new Map<string, { sheet: string; rect: Rect }>();
  activeSheet?: string;
  selection?: { sheet: string; address: string };
  syncLog: SyncRecord[] = [];
  /** Set by tests: the next request over this size fails (default: Excel on the web's 5 MB). */
  payloadLimit = PAYLOAD_LIMIT;
  /** Set by tests: every sync fails with this code (e.g. InvalidOperationInCellEditMode). */
  failNextSyncWith?: string;
  /**
   * What a request that uses a null object as a parent gets: a null object ("propagate", what
   * Office.js documents for *OrNullObject chains), or a failed sync ("refuse", to test fallbacks).
   */
  nullChaining: "propagate" | "refuse" = "propagate";
  /** Hook run before each sync executes (tests use it to rename a sheet "during" a run). */
  beforeSync?: (syncIndex: number) => void;
  suspendedCalc = 0;
  suspendedScreen = 0;
  /** Workbooks opened by Excel.createWorkbook, as the base64 .xlsx each was given ("" for a blank one). */
  createdWorkbooks: string[] = [];
  /** Set by tests: Excel.createWorkbook fails with this code (a host that refuses, e.g. a blocked window). */
  failCreateWith?: string;

  /** Excel.createWorkbook: not a request of this workbook (no sync); Excel rejects what is not base64. */
  async createWorkbook(base64?: string): Promise<void> {
    if (this.failCreateWith) throw new FakeOfficeError(this.failCreateWith, "The workbook could not be created.");
    if (base64 !== undefined && !/^[A-Za-z0-9+/]*={0,2}$/.test(base64))
      throw new FakeOfficeError("InvalidArgument", "The argument is invalid or missing or has an incorrect format.");
    this.createdWorkbooks.push(base64 ?? "");
  }

  static fromGrids(grids: WorkbookGrids): FakeWorkbook {
    const wb = new FakeWorkbook();
    for (const g of grids.sheets) wb.addSheetFromGrid(g);
    wb.activeSheet = wb.sheets.find((s) => s.visibility === "Visible")?.name;
    return wb;
  }

  addSheetFromGrid(g: SheetGrid): FakeSheet {
    const s = this.addSheet(g.name);
    s.visibility = g.visibility === "hidden" ? "Hidden" : g.visibility === "veryHidden" ? "VeryHidden" : "Visible";
    g.values.forEach((row, r) =>
      row.forEach((v, c) => {
        const nf = g.numberFormats?.[r]?.[c] ?? undefined;
        if (v === null || v === undefined || v === "") {
          if (nf) s.cells.set(key(r, c), { value: "", numberFormat: nf });
          return;
        }
        const cell: FakeCell = typeof v === "object" ? { value: v.error, error: v.error } : { value: v };
        if (nf) cell.numberFormat = nf;
        s.cells.set(key(r, c), cell);
      }),
    );
    for (const m of g.merges ?? []) s.merges.push({ ...m });
    return s;
  }

  addSheet(name: string): FakeSheet {
    const s: FakeSheet = {
      name,
      cells: new Map(),
      merges: [],
      visibility: "Visible",
      protected: false,
      tabColor: "",
      showGridlines: true,
      columnWidths: new Map(),
      hiddenColumns: new Set(),
      rowHeights: new Map(),
      validations: [],
      pageLayout: {},
    };
    this.sheets.push(s);
    return s;
  }

  sheet(name: string): FakeSheet | undefined {
    const n = name.toLowerCase();
    return this.sheets.find((s) => s.name.toLowerCase() === n);
  }

  /** The grid a test expects to read back (values as Excel reports them, "" → null). */
  toGrid(name: string): SheetGrid {
    const s = this.sheet(name);
    if (!s) throw new Error(`no sheet ${name}`);
    let rows = 0;
    let cols = 0;
    for (const [k, c] of s.cells) {
      if (c.value === "" && !c.formula) continue;
      const [r, col] = k.split(",").map(Number);
      rows = Math.max(rows, r + 1);
      cols = Math.max(cols, col + 1);
    }
    const values: CellValue[][] = [];
    for (let r = 0; r < rows; r++) {
      const row: CellValue[] = [];
      for (let c = 0; c < cols; c++) {
        const cell = s.cells.get(key(r, c));
        row.push(!cell || cell.value === "" ? null : cell.error ? { error: cell.error } : cell.value);
      }
      while (row.length > 0 && row[row.length - 1] === null) row.pop();
      values.push(row);
    }
    return { name: s.name, values, merges: s.merges.map((m) => ({ ...m })) };
  }

  /** Every cell holding a formula, as "Sheet!A1: =…" (tests assert this is empty). */
  formulaCells(): string[] {
    const out: string[] = [];
    for (const s of this.sheets)
      for (const [k, c] of s.cells)
        if (c.formula) {
          const [r, col] = k.split(",").map(Number);
          out.push(`${s.name}!${colLetters(col)}${r + 1}: ${c.formula}`);
        }
    return out;
  }

  get syncCount(): number {
    return this.syncLog.length;
  }

  get maxRequestBytes(): number {
    return this.syncLog.reduce((m, s) => Math.max(m, s.requestBytes), 0);
  }

  resetLog(): void {
    this.syncLog = [];
  }

  /** The body of Excel.run: a fresh context over this workbook. */
  run<T>(batch: (ctx: FakeRequestContext) => Promise<T>): Promise<T> {
    return batch(new FakeRequestContext(this));
  }
}

interface Action {
  bytes: number;
  exec: () => number | void; // returns response bytes
}

export class FakeRequestContext {
  readonly workbook: FakeWorkbookProxy;
  readonly application: FakeApplication;
  private queue: Action[] = [];
  constructor(readonly wb: FakeWorkbook) {
    this.workbook = new FakeWorkbookProxy(this);
    this.application = new FakeApplication(this);
  }

  enqueue(desc: unknown, exec: () => number | void): void {
    this.queue.push({ bytes: sizeOf(desc), exec });
  }

  async sync(): Promise<void> {
    await Promise.resolve();
    const queue = this.queue;
    this.queue = [];
    const requestBytes = queue.reduce((n, a) => n + a.bytes, 0) + 200;
    const record: SyncRecord = { requestBytes, responseBytes: 0, actions: queue.length };
    this.wb.syncLog.push(record);
    this.wb.beforeSync?.(this.wb.syncLog.length);
    if (this.wb.failNextSyncWith) {
      const code = this.wb.failNextSyncWith;
      this.wb.failNextSyncWith = undefined;
      record.failed = code;
      throw new FakeOfficeError(code, `Fake failure ${code}`);
    }
    if (requestBytes > this.wb.payloadLimit) {
      record.failed = "RequestPayloadSizeLimitExceeded";
      throw new FakeOfficeError("RequestPayloadSizeLimitExceeded", "The request payload size has exceeded the limit.");
    }
    // Like Excel: actions run in order; the first failure stops the batch (earlier ones stay applied).
    for (const a of queue) {
      let r: number | void;
      try {
        r = a.exec();
      } catch (e) {
        record.failed = (e as { code?: string }).code ?? "GeneralException";
        throw e;
      }
      if (typeof r === "number") record.responseBytes += r;
      if (record.responseBytes > this.wb.payloadLimit) {
        record.failed = "ResponsePayloadSizeLimitExceeded";
        throw new FakeOfficeError("ResponsePayloadSizeLimitExceeded", "The response payload size has exceeded the limit.");
      }
    }
    this.wb.suspendedCalc = 0;
    this.wb.suspendedScreen = 0;
  }

  /** Office.js API parity: tracked objects are not needed by the fake. */
  trackedObjects = { add: () => undefined, remove: () => undefined };
}

function notLoaded(prop: string): never {
  throw new FakeOfficeError(
    "PropertyNotLoaded",
    `The property '${prop}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
  );
}

function parseLoad(spec: string | string[] | { select?: string } | undefined): string[] {
  if (!spec) return [];
  if (Array.isArray(spec))
    return spec
      .flatMap((s) => s.split(","))
      .map((s) => s.trim())
      .filter(Boolean);
  if (typeof spec === "object") return parseLoad(spec.select);
  return spec
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean);
}

class FakeApplication {
  constructor(private ctx: FakeRequestContext) {}
  suspendApiCalculationUntilNextSync(): void {
    this.ctx.enqueue({ m: "suspendApiCalculationUntilNextSync" }, () => {
      this.ctx.wb.suspendedCalc++;
    });
  }
  suspendScreenUpdatingUntilNextSync(): void {
    this.ctx.enqueue({ m: "suspendScreenUpdatingUntilNextSync" }, () => {
      this.ctx.wb.suspendedScreen++;
    });
  }
}

class FakeWorkbookProxy {
  readonly worksheets: FakeWorksheetCollection;
  readonly names: FakeNamedItemCollection;
  constructor(private ctx: FakeRequestContext) {
    this.worksheets = new FakeWorksheetCollection(ctx);
    this.names = new FakeNamedItemCollection(ctx);
  }
}

/** Base of loadable proxies: values become readable only after load + sync. */
class Loadable {
  protected loaded = new Map<string, unknown>();
  protected isNull = false;
  protected nullable = false;
  constructor(protected ctx: FakeRequestContext) {}
  protected get$(prop: string): unknown {
    // As Office.js: a null object's properties read as undefined once synced (it has none to load).
    if (!this.loaded.has(prop) && this.loaded.get("isNullObject") !== true) notLoaded(prop);
    return this.loaded.get(prop);
  }
  get isNullObject(): boolean {
    if (this.loaded.has("isNullObject")) return this.loaded.get("isNullObject") as boolean;
    // Lenient for objects that can only be null through a null parent (getItem, getRange…).
    if (!this.nullable) return false;
    return this.get$("isNullObject") as boolean;
  }
}

export class FakeWorksheetCollection extends Loadable {
  private itemsLoaded?: FakeWorksheet[];
  get items(): FakeWorksheet[] {
    if (!this.itemsLoaded) notLoaded("items");
    return this.itemsLoaded;
  }
  load(spec?: string | string[]): this {
    const props = parseLoad(spec).map((p) => p.replace(/^items\//, ""));
    this.ctx.enqueue({ m: "load", props }, () => {
      this.itemsLoaded = this.ctx.wb.sheets.map((s) => {
        const w = new FakeWorksheet(this.ctx, () => s, false);
        w.fill(s, props.length ? props : ["name", "position", "visibility"]);
        return w;
      });
      return sizeOf(this.itemsLoaded.map((w) => props.map((p) => w.peek(p))));
    });
    return this;
  }
  getItem(name: string): FakeWorksheet {
    return new FakeWorksheet(
      this.ctx,
      () => {
        const s = this.ctx.wb.sheet(name);
        if (!s) throw new FakeOfficeError("ItemNotFound", `The requested resource doesn't exist: worksheet '${name}'.`);
        return s;
      },
      false,
    );
  }
  getItemOrNullObject(name: string): FakeWorksheet {
    return new FakeWorksheet(this.ctx, () => this.ctx.wb.sheet(name) ?? null, true);
  }
  add(name: string): FakeWorksheet {
    let created: FakeSheet | undefined;
    this.ctx.enqueue({ m: "add", name }, () => {
      if (this.ctx.wb.sheet(name)) throw new FakeOfficeError("ItemAlreadyExists", `A sheet named '${name}' already exists.`);
      if (name.length > 31 || /[\\/?*[\]:]/.test(name) || !name.trim()) throw new FakeOfficeError("InvalidArgument", `Bad sheet name '${name}'.`);
      created = this.ctx.wb.addSheet(name);
    });
    return new FakeWorksheet(
      this.ctx,
      () => {
        if (!created) throw new FakeOfficeError("ItemNotFound", "The worksheet was not created.");
        return created;
      },
      false,
    );
  }
  /** ExcelApi 1.5: the first sheet in tab order (never a null object: a workbook has a sheet). */
  getFirst(visibleOnly = false): FakeWorksheet {
    return new FakeWorksheet(
      this.ctx,
      () => {
        const s = this.ctx.wb.sheets.find((x) => !visibleOnly || x.visibility === "Visible");
        if (!s) throw new FakeOfficeError("ItemNotFound", "The workbook has no such worksheet.");
        return s;
      },
      false,
    );
  }
  getActiveWorksheet(): FakeWorksheet {
    return new FakeWorksheet(this.ctx, () => this.ctx.wb.sheet(this.ctx.wb.activeSheet ?? "") ?? this.ctx.wb.sheets[0], false);
  }
}

class FakeProtection {
  constructor(private ws: FakeWorksheet) {}
  get protected(): boolean {
    return this.ws.read("protection/protected") as boolean;
  }
  /** Without a password, as Hoàn tất protects (ExcelApi 1.2). */
  protect() {
    this.ws.write({ m: "protect" }, (s) => (s.protected = true), true);
  }
  unprotect() {
    this.ws.write({ m: "unprotect" }, (s) => (s.protected = false), true);
  }
}

class FakeFreezePanes {
  constructor(private ws: FakeWorksheet) {}
  private set(desc: string, f: (s: FakeSheet) => void) {
    this.ws.write({ m: `freeze.${desc}` }, f);
  }
  freezeRows(n: number) {
    this.set("rows", (s) => (s.freeze = { rows: n, cols: s.freeze?.cols ?? 0 }));
  }
  freezeColumns(n: number) {
    this.set("cols", (s) => (s.freeze = { rows: s.freeze?.rows ?? 0, cols: n }));
  }
  freezeAt(r: FakeRange) {
    this.set("at", () => {
      const t = r.target();
      t.sheet.freeze = { rows: t.rect.bottom + 1, cols: t.rect.right + 1 };
    });
  }
  unfreeze() {
    this.set("unfreeze", (s) => (s.freeze = undefined));
  }
}

class FakePageLayout {
  headersFooters: { defaultForAllPages: Record<string, string> };
  constructor(private ws: FakeWorksheet) {
    const hf: Record<string, string> = {};
    // The Proxy's trap has its own `this`; the page layout's is needed inside it.
    // eslint-disable-next-line @typescript-eslint/no-this-alias
    const self = this;
    this.headersFooters = {
      defaultForAllPages: new Proxy(hf, {
        set(_t, p, v) {
          self.ws.write({ m: "hf", p, v }, (s) => (s.pageLayout[`footer.${String(p)}`] = v));
          return true;
        },
      }),
    };
    return new Proxy(this, {
      set(t, p, v) {
        if (p === "headersFooters") return false;
        t.ws.write({ m: "pageLayout", p, v }, (s) => (s.pageLayout[String(p)] = v));
        return true;
      },
    });
  }
  setPrintArea(a: string | FakeRange) {
    this.ws.write({ m: "printArea" }, (s) => (s.pageLayout.printArea = typeof a === "string" ? a : rectAddress(a.target().rect)));
  }
  setPrintTitleRows(a: string | FakeRange) {
    this.ws.write({ m: "titleRows" }, (s) => (s.pageLayout.printTitleRows = typeof a === "string" ? a : rectAddress(a.target().rect)));
  }
}

export class FakeWorksheet extends Loadable {
  readonly protection = new FakeProtection(this);
  readonly freezePanes = new FakeFreezePanes(this);
  readonly pageLayout: FakePageLayout;
  constructor(
    ctx: FakeRequestContext,
    private resolve: () => FakeSheet | null,
    nullable: boolean,
  ) {
    super(ctx);
    this.nullable = nullable;
    this.pageLayout = new FakePageLayout(this);
  }

  /** Resolve at execution time; a null object's writes are errors, as in Office.js. */
  sheet(): FakeSheet {
    const s = this.resolve();
    if (!s) throw new FakeOfficeError("InvalidOperation", "The object is a null object.");
    return s;
  }

  /**
   * The sheet, or null when this is a null object, for a request that uses this object as a parent:
   * its result is a null object too, unless the host refuses (FakeWorkbook.nullChaining).
   */
  orNull(): FakeSheet | null {
    const s = this.resolve();
    if (!s && this.ctx.wb.nullChaining === "refuse") throw new FakeOfficeError("InvalidArgument", "The object is a null object and cannot be used here.");
    return s;
  }

  /** ExcelApi 1.5: the next sheet in tab order, a null object after the last one (or after a null object). */
  getNextOrNullObject(visibleOnly = false): FakeWorksheet {
    return new FakeWorksheet(
      this.ctx,
      () => {
        const s = this.orNull();
        if (!s) return null;
        const all = this.ctx.wb.sheets;
        return all.slice(all.indexOf(s) + 1).find((x) => !visibleOnly || x.visibility === "Visible") ?? null;
      },
      true,
    );
  }

  peek(prop: string): unknown {
    return this.loaded.get(prop);
  }

  read(prop: string): unknown {
    return this.get$(prop);
  }

  fill(s: FakeSheet | null, props: string[]) {
    this.loaded.set("isNullObject", s === null);
    if (!s) return;
    for (const p of props) {
      const v =
        p === "name"
          ? s.name
          : p === "position"
            ? this.ctx.wb.sheets.indexOf(s)
            : p === "visibility"
              ? s.visibility
              : p === "protection/protected"
                ? s.protected
                : p === "tabColor"
                  ? s.tabColor
                  : p === "showGridlines"
                    ? s.showGridlines
                    : p === "id"
                      ? `{${s.name}}`
                      : notLoaded(p);
      this.loaded.set(p, v);
    }
  }

  load(spec?: string | string[]): this {
    const props = parseLoad(spec);
    this.ctx.enqueue({ m: "load", props }, () => {
      this.fill(this.resolve(), props.length ? props : ["name", "position", "visibility"]);
      return 60;
    });
    return this;
  }

  /** A write on this sheet: refused on protected sheets. */
  write(desc: unknown, f: (s: FakeSheet) => void, allowProtected = false): void {
    this.ctx.enqueue(desc, () => {
      const s = this.sheet();
      if (s.protected && !allowProtected) throw new FakeOfficeError("AccessDenied", `The sheet '${s.name}' is protected.`);
      f(s);
    });
  }

  get name(): string {
    return this.get$("name") as string;
  }
  set name(v: string) {
    this.write({ m: "rename", v }, (s) => (s.name = v), true);
  }
  get position(): number {
    return this.get$("position") as number;
  }
  get visibility(): string {
    return this.get$("visibility") as string;
  }
  set visibility(v: string) {
    this.ctx.enqueue({ m: "visibility", v }, () => {
      const s = this.sheet();
      if (v !== "Visible" && this.ctx.wb.sheets.filter((x) => x.visibility === "Visible" && x !== s).length === 0) {
        throw new FakeOfficeError("InvalidOperation", "A workbook must contain at least one visible worksheet.");
      }
      s.visibility = v as FakeSheet["visibility"];
    });
  }
  get tabColor(): string {
    return this.get$("tabColor") as string;
  }
  set tabColor(v: string) {
    this.write({ m: "tabColor", v }, (s) => (s.tabColor = v), true);
  }
  get showGridlines(): boolean {
    return this.get$("showGridlines") as boolean;
  }
  set showGridlines(v: boolean) {
    this.write({ m: "showGridlines", v }, (s) => (s.showGridlines = v), true);
  }

  activate(): void {
    this.ctx.enqueue({ m: "activate" }, () => {
      const s = this.sheet();
      if (s.visibility !== "Visible") throw new FakeOfficeError("InvalidOperation", "Cannot activate a hidden sheet.");
      this.ctx.wb.activeSheet = s.name;
    });
  }

  delete(): void {
    this.ctx.enqueue({ m: "delete" }, () => {
      const s = this.sheet();
      this.ctx.wb.sheets.splice(this.ctx.wb.sheets.indexOf(s), 1);
    });
  }

  getRange(address?: string): FakeRange {
    return new FakeRange(this.ctx, this, () => (address ? parseAddress(address) : { top: 0, left: 0, bottom: 1048575, right: 16383 }), false);
  }

  getRangeByIndexes(row: number, col: number, rows: number, cols: number): FakeRange {
    return new FakeRange(
      this.ctx,
      this,
      () => {
        if (rows < 1 || cols < 1 || row < 0 || col < 0) throw new FakeOfficeError("InvalidArgument", "Bad range indexes.");
        return { top: row, left: col, bottom: row + rows - 1, right: col + cols - 1 };
      },
      false,
    );
  }

  getCell(row: number, col: number): FakeRange {
    return this.getRangeByIndexes(row, col, 1, 1);
  }

  getUsedRangeOrNullObject(valuesOnly = false): FakeRange {
    return new FakeRange(
      this.ctx,
      this,
      () => {
        const s = this.sheet();
        let top = Infinity,
          left = Infinity,
          bottom = -1,
          right = -1;
        for (const [k, c] of s.cells) {
          if (valuesOnly && c.value === "" && !c.formula) continue;
          const [r, col] = k.split(",").map(Number);
          top = Math.min(top, r);
          left = Math.min(left, col);
          bottom = Math.max(bottom, r);
          right = Math.max(right, col);
        }
        return bottom < 0 ? null : { top, left, bottom, right };
      },
      true,
    );
  }
}

interface Target {
  sheet: FakeSheet;
  rect: Rect;
}

function checkShape(v: unknown, t: Target, prop: string): unknown[][] {
  const rows = t.rect.bottom - t.rect.top + 1;
  const cols = t.rect.right - t.rect.left + 1;
  if (!Array.isArray(v) || v.length !== rows || v.some((r) => !Array.isArray(r) || r.length !== cols)) {
    throw new FakeOfficeError(
      "InvalidArgument",
      `The number of rows or columns in the input array doesn't match the size or dimensions of the range (${prop}: range ${rows}×${cols}).`,
    );
  }
  return v as unknown[][];
}

/** What Excel does with a value written through Range.values. */
function coerce(cell: FakeCell, v: unknown): void {
  delete cell.formula;
  delete cell.error;
  if (v === null || v === undefined) return; // null leaves the cell as it is
  if (typeof v === "number" || typeof v === "boolean") {
    cell.value = v;
    return;
  }
  const s = String(v);
  if (cell.numberFormat === "@") {
    cell.value = s;
    return;
  }
  if (s.length > 1 && /^[=+\-@]/.test(s) && !/^[+-]\s*\d+([.,]\d+)?$/.test(s)) {
    cell.formula = s.startsWith("=") ? s : `=${s}`;
    cell.value = "#NAME?";
    cell.error = "#NAME?";
    return;
  }
  if (/^[+-]?\d+(\.\d+)?([eE][+-]?\d+)?$/.test(s.trim())) {
    cell.value = Number(s);
    return;
  }
  if (/^(true|false)$/i.test(s)) {
    cell.value = s.toLowerCase() === "true";
    return;
  }
  if (EXCEL_ERRORS.test(s)) {
    cell.value = s;
    cell.error = s;
    return;
  }
  cell.value = s;
}

class FakeRangeFormat {
  readonly font: Record<string, unknown>;
  readonly fill: Record<string, unknown>;
  readonly borders: { getItem(edge: string): Record<string, unknown> };
  constructor(private range: FakeRange) {
    const setter = (prefix: string) =>
      new Proxy({} as Record<string, unknown>, {
        set: (_t, p, v) => {
          range.writeCells({ m: `format.${prefix}${String(p)}`, v }, (c) => (c.format = { ...c.format, [`${prefix}${String(p)}`]: v }));
          return true;
        },
      });
    this.font = setter("font.");
    this.fill = setter("fill.");
    this.borders = { getItem: (edge: string) => setter(`border.${edge}.`) };
    return new Proxy(this, {
      set: (t, p, v) => {
        const prop = String(p);
        if (prop === "columnWidth") {
          range.writeSheet({ m: "columnWidth", v }, (s, r) => {
            for (let c = r.left; c <= r.right; c++) s.columnWidths.set(c, v as number);
          });
        } else if (prop === "rowHeight") {
          range.writeSheet({ m: "rowHeight", v }, (s, r) => {
            for (let i = r.top; i <= r.bottom; i++) s.rowHeights.set(i, v as number);
          });
        } else {
          range.writeCells({ m: `format.${prop}`, v }, (c) => (c.format = { ...c.format, [prop]: v }));
        }
        return true;
      },
      get: (t, p) => (t as unknown as Record<string | symbol, unknown>)[p],
    });
  }
}

class FakeDataValidation {
  constructor(private range: FakeRange) {}
  clear() {
    this.range.writeSheet({ m: "dv.clear" }, (s, r) => (s.validations = s.validations.filter((v) => !overlaps(v.rect, r))));
  }
  set rule(rule: unknown) {
    this.range.writeSheet({ m: "dv.rule", rule }, (s, r) => {
      s.validations = s.validations.filter((v) => !(v.rect.top === r.top && v.rect.left === r.left && v.rect.bottom === r.bottom && v.rect.right === r.right));
      s.validations.push({ rect: r, rule });
    });
  }
  set errorAlert(alert: unknown) {
    this.range.writeSheet({ m: "dv.alert", alert }, (s, r) => {
      const v = s.validations.find((x) => x.rect.top === r.top && x.rect.left === r.left);
      if (v) v.errorAlert = alert;
    });
  }
}

export class FakeRange extends Loadable {
  readonly format: FakeRangeFormat;
  readonly dataValidation: FakeDataValidation;
  constructor(
    ctx: FakeRequestContext,
    private ws: FakeWorksheet,
    private rectOf: () => Rect | null,
    nullable: boolean,
  ) {
    super(ctx);
    this.nullable = nullable;
    this.format = new FakeRangeFormat(this);
    this.dataValidation = new FakeDataValidation(this);
  }

  target(): Target {
    const sheet = this.ws.sheet();
    const rect = this.rectOf();
    if (!rect) throw new FakeOfficeError("InvalidOperation", "The object is a null object.");
    return { sheet, rect };
  }

  /** For reads: null when this range is a null object, or belongs to a null worksheet (null propagates). */
  targetOrNull(): Target | null {
    const sheet = this.ws.orNull();
    const rect = sheet ? this.rectOf() : null;
    return sheet && rect ? { sheet, rect } : null;
  }

  writeSheet(desc: unknown, f: (s: FakeSheet, r: Rect) => void): void {
    this.ctx.enqueue(desc, () => {
      const t = this.target();
      if (t.sheet.protected) throw new FakeOfficeError("AccessDenied", `The sheet '${t.sheet.name}' is protected.`);
      f(t.sheet, t.rect);
    });
  }

  writeCells(desc: unknown, f: (c: FakeCell, r: number, col: number) => void): void {
    this.writeSheet(desc, (s, rect) => {
      if ((rect.bottom - rect.top + 1) * (rect.right - rect.left + 1) > 5_000_000)
        throw new FakeOfficeError("RangeExceedsLimit", "Range too large for the fake.");
      for (let r = rect.top; r <= rect.bottom; r++)
        for (let c = rect.left; c <= rect.right; c++) {
          const k = key(r, c);
          let cell = s.cells.get(k);
          if (!cell) {
            cell = { value: "" };
            s.cells.set(k, cell);
          }
          f(cell, r, c);
        }
    });
  }

  load(spec?: string | string[]): this {
    const props = parseLoad(spec);
    this.ctx.enqueue({ m: "load", props }, () => {
      const t = this.targetOrNull();
      this.loaded.set("isNullObject", t === null);
      if (!t) return 20;
      let bytes = 0;
      for (const p of props) {
        const v = this.compute(p, t.sheet, t.rect);
        this.loaded.set(p, v);
        bytes += sizeOf(v);
      }
      return bytes;
    });
    return this;
  }

  private compute(p: string, s: FakeSheet, r: Rect): unknown {
    const grid = (f: (c: FakeCell | undefined) => unknown) => {
      const out: unknown[][] = [];
      for (let i = r.top; i <= r.bottom; i++) {
        const row: unknown[] = [];
        for (let j = r.left; j <= r.right; j++) row.push(f(s.cells.get(key(i, j))));
        out.push(row);
      }
      return out;
    };
    switch (p) {
      case "values":
        return grid((c) => (c ? c.value : ""));
      case "formulas":
        return grid((c) => (c ? (c.formula ?? c.value) : ""));
      case "numberFormat":
        return grid((c) => c?.numberFormat ?? "General");
      case "valueTypes":
        return grid((c) =>
          !c || c.value === "" ? "Empty" : c.error ? "Error" : typeof c.value === "number" ? "Double" : typeof c.value === "boolean" ? "Boolean" : "String",
        );
      case "address":
        return `${quoteSheet(s.name)}!${rectAddress(r)}`;
      case "rowIndex":
        return r.top;
      case "columnIndex":
        return r.left;
      case "rowCount":
        return r.bottom - r.top + 1;
      case "columnCount":
        return r.right - r.left + 1;
      case "hyperlink":
        return s.cells.get(key(r.top, r.left))?.hyperlink ?? null;
      default:
        return notLoaded(p);
    }
  }

  get values(): unknown[][] {
    return this.get$("values") as unknown[][];
  }
  set values(v: unknown[][]) {
    this.writeSheet({ m: "values", v }, (s, rect) => {
      const rows = checkShape(v, { sheet: s, rect }, "values");
      rows.forEach((row, i) =>
        row.forEach((x, j) => {
          const k = key(rect.top + i, rect.left + j);
          let cell = s.cells.get(k);
          if (!cell) {
            if (x === null || x === undefined) return;
            cell = { value: "" };
            s.cells.set(k, cell);
          }
          coerce(cell, x);
        }),
      );
    });
  }
  get formulas(): unknown[][] {
    return this.get$("formulas") as unknown[][];
  }
  /** A formula is kept as written; its value is not calculated (reads back as the formula's text in `formulas`, "" in `values`). */
  set formulas(v: unknown[][]) {
    this.writeSheet({ m: "formulas", v }, (s, rect) => {
      const rows = checkShape(v, { sheet: s, rect }, "formulas");
      rows.forEach((row, i) =>
        row.forEach((x, j) => {
          if (x === null || x === undefined) return;
          const k = key(rect.top + i, rect.left + j);
          const cell = s.cells.get(k) ?? { value: "" };
          const f = String(x);
          if (f.startsWith("=")) {
            cell.formula = f;
            cell.value = "";
            delete cell.error;
          } else coerce(cell, f);
          s.cells.set(k, cell);
        }),
      );
    });
  }
  get numberFormat(): string[][] {
    return this.get$("numberFormat") as string[][];
  }
  set numberFormat(v: string[][]) {
    this.writeSheet({ m: "numberFormat", v }, (s, rect) => {
      const rows = checkShape(v, { sheet: s, rect }, "numberFormat");
      rows.forEach((row, i) =>
        row.forEach((x, j) => {
          if (x === null || x === undefined) return;
          const k = key(rect.top + i, rect.left + j);
          const cell = s.cells.get(k) ?? { value: "" };
          cell.numberFormat = String(x);
          s.cells.set(k, cell);
        }),
      );
    });
  }
  get valueTypes(): string[][] {
    return this.get$("valueTypes") as string[][];
  }
  get address(): string {
    return this.get$("address") as string;
  }
  get rowIndex(): number {
    return this.get$("rowIndex") as number;
  }
  get columnIndex(): number {
    return this.get$("columnIndex") as number;
  }
  get rowCount(): number {
    return this.get$("rowCount") as number;
  }
  get columnCount(): number {
    return this.get$("columnCount") as number;
  }
  set hyperlink(h: FakeCell["hyperlink"]) {
    this.writeCells({ m: "hyperlink", h }, (c) => (c.hyperlink = h));
  }
  get hyperlink(): FakeCell["hyperlink"] {
    return this.get$("hyperlink") as FakeCell["hyperlink"];
  }

  clear(applyTo: string = "All"): void {
    this.writeSheet({ m: "clear", applyTo }, (s, r) => {
      for (const [k, c] of [...s.cells]) {
        const [i, j] = k.split(",").map(Number);
        if (i < r.top || i > r.bottom || j < r.left || j > r.right) continue;
        if (applyTo === "All") s.cells.delete(k);
        else if (applyTo === "Contents") {
          c.value = "";
          delete c.formula;
          delete c.error;
        } else if (applyTo === "Formats") {
          delete c.format;
          delete c.numberFormat;
        } else if (applyTo === "Hyperlinks") delete c.hyperlink;
      }
      if (applyTo === "All" || applyTo === "Formats") s.merges = s.merges.filter((m) => !overlaps(m, r));
    });
  }

  merge(across = false): void {
    this.writeSheet({ m: "merge", across }, (s, r) => {
      if (s.merges.some((m) => overlaps(m, r))) throw new FakeOfficeError("MergedRangeConflict", "Cannot merge over a merged area.");
      if (across) for (let i = r.top; i <= r.bottom; i++) s.merges.push({ top: i, bottom: i, left: r.left, right: r.right });
      else s.merges.push({ ...r });
    });
  }

  unmerge(): void {
    this.writeSheet({ m: "unmerge" }, (s, r) => (s.merges = s.merges.filter((m) => !overlaps(m, r))));
  }

  select(): void {
    this.ctx.enqueue({ m: "select" }, () => {
      const t = this.target();
      if (t.sheet.visibility !== "Visible") throw new FakeOfficeError("InvalidOperation", "Cannot select on a hidden sheet.");
      this.ctx.wb.activeSheet = t.sheet.name;
      this.ctx.wb.selection = { sheet: t.sheet.name, address: rectAddress(t.rect) };
    });
  }

  /** The whole columns of this range (Excel's 1,048,576 rows). */
  getEntireColumn(): FakeRange {
    return new FakeRange(
      this.ctx,
      this.ws,
      () => {
        const r = this.rectOf();
        return r ? { top: 0, left: r.left, bottom: 1048575, right: r.right } : null;
      },
      false,
    );
  }

  /** ExcelApi 1.2: hides (or shows) the whole columns of the range; only an entire-column range may be set. */
  set columnHidden(v: boolean) {
    this.writeSheet({ m: "columnHidden", v }, (s, r) => {
      if (r.top !== 0 || r.bottom !== 1048575) throw new FakeOfficeError("InvalidArgument", "columnHidden needs entire columns.");
      for (let c = r.left; c <= r.right; c++) {
        if (v) s.hiddenColumns.add(c);
        else s.hiddenColumns.delete(c);
      }
    });
  }

  getMergedAreasOrNullObject(): FakeRangeAreas {
    return new FakeRangeAreas(this.ctx, () => {
      const t = this.targetOrNull();
      if (!t) return null;
      const ms = t.sheet.merges.filter((m) => overlaps(m, t.rect));
      return ms.length ? { sheet: t.sheet, rects: ms } : null;
    });
  }
}

export class FakeRangeAreas extends Loadable {
  constructor(
    ctx: FakeRequestContext,
    private resolve: () => { sheet: FakeSheet; rects: Rect[] } | null,
  ) {
    super(ctx);
    this.nullable = true;
  }
  load(spec?: string | string[]): this {
    const props = parseLoad(spec);
    this.ctx.enqueue({ m: "load", props }, () => {
      const t = this.resolve();
      this.loaded.set("isNullObject", t === null);
      if (!t) return 20;
      const address = t.rects.map((r) => `${quoteSheet(t.sheet.name)}!${rectAddress(r)}`).join(",");
      this.loaded.set("address", address);
      this.loaded.set("areaCount", t.rects.length);
      return sizeOf(address);
    });
    return this;
  }
  get address(): string {
    return this.get$("address") as string;
  }
  get areaCount(): number {
    return this.get$("areaCount") as number;
  }
}

class FakeNamedItem extends Loadable {
  constructor(
    ctx: FakeRequestContext,
    private nameOf: string,
    nullable: boolean,
  ) {
    super(ctx);
    this.nullable = nullable;
  }
  fill(exists: boolean) {
    this.loaded.set("isNullObject", !exists);
    if (exists) this.loaded.set("name", this.nameOf);
  }
  load(): this {
    this.ctx.enqueue({ m: "load" }, () => this.fill(this.ctx.wb.names.has(this.nameOf.toLowerCase())));
    return this;
  }
  get name(): string {
    return this.get$("name") as string;
  }
  delete(): void {
    this.ctx.enqueue({ m: "name.delete", n: this.nameOf }, () => {
      if (!this.ctx.wb.names.delete(this.nameOf.toLowerCase())) {
        if (!this.nullable) throw new FakeOfficeError("ItemNotFound", `No name ${this.nameOf}`);
      }
    });
  }
}

class FakeNamedItemCollection extends Loadable {
  private itemsLoaded?: FakeNamedItem[];
  get items(): FakeNamedItem[] {
    if (!this.itemsLoaded) notLoaded("items");
    return this.itemsLoaded;
  }
  load(): this {
    this.ctx.enqueue({ m: "names.load" }, () => {
      this.itemsLoaded = [...this.ctx.wb.names.keys()].map((k) => {
        const n = new FakeNamedItem(this.ctx, k.toUpperCase(), false);
        n.fill(true);
        return n;
      });
      return 30 * this.itemsLoaded.length;
    });
    return this;
  }
  getItemOrNullObject(name: string): FakeNamedItem {
    return new FakeNamedItem(this.ctx, name, true);
  }
  getItem(name: string): FakeNamedItem {
    return new FakeNamedItem(this.ctx, name, false);
  }
  add(name: string, reference: FakeRange | string): void {
    this.ctx.enqueue({ m: "names.add", name }, () => {
      if (this.ctx.wb.names.has(name.toLowerCase())) throw new FakeOfficeError("ItemAlreadyExists", `The name ${name} already exists.`);
      if (typeof reference === "string") throw new FakeOfficeError("InvalidArgument", "The fake only takes ranges.");
      const t = reference.target();
      this.ctx.wb.names.set(name.toLowerCase(), { sheet: t.sheet.name, rect: t.rect });
    });
  }
}

/** The global `Excel` namespace, as far as the adapter and the pane use it. */
export function fakeExcelNamespace(wb: FakeWorkbook) {
  return {
    run: <T>(batch: (ctx: FakeRequestContext) => Promise<T>) => wb.run(batch),
    createWorkbook: (base64?: string) => wb.createWorkbook(base64),
    ErrorCodes: { itemNotFound: "ItemNotFound", accessDenied: "AccessDenied", invalidOperationInCellEditMode: "InvalidOperationInCellEditMode" },
  };
}

export { rectAddress, parseAddress };
