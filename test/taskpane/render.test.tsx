/**
 * The pane's markup without a browser (server rendering): Vietnamese labels, the English switch,
 * the actions, the start-up messages, and each section from its own props. Interaction is tested in the browser (test/e2e/pane.test.ts).
 */
import * as React from "react";
import { renderToString } from "react-dom/server";
import { formatNumberVi, run } from "../../src/core";
import { App } from "../../src/taskpane/App";
import { ColumnMap } from "../../src/taskpane/components/ColumnMap";
import { Issues } from "../../src/taskpane/components/Issues";
import { Result } from "../../src/taskpane/components/Result";
import { Settings } from "../../src/taskpane/components/Settings";
import type { PanePort } from "../../src/taskpane/session";
import { STARTUP_MESSAGES } from "../../src/taskpane/startup";
import { STRINGS } from "../../src/taskpane/strings";
import { sortedIssues } from "../../src/taskpane/view";
import { sample2026Grids, sampleGrids } from "../fakes/workbooks";

const idle: PanePort = {
  read: () => new Promise(() => undefined),
  write: () => Promise.reject(new Error("not used")),
  sheetNames: () => Promise.resolve([]),
  select: () => Promise.resolve(),
  writeCells: () => Promise.resolve(),
  openWorkbook: () => Promise.reject(new Error("not used")),
};
const noFile = { write: () => Promise.reject(new Error("not used")), read: () => Promise.reject(new Error("not used")) };

test("first render: Vietnamese actions, labelled, and the loading state", () => {
  const html = renderToString(<App port={idle} files={noFile} today={45245} />);
  for (const label of ["Đánh giá", "Tạo hồ sơ", "Tạo mẫu", "English", "Trang được nhận diện", "Đang đọc bảng tính…"]) expect(html).toContain(label);
  expect(html).toContain('lang="vi"');
  expect(html).toContain('aria-busy="true"');
});

test("English render", () => {
  const html = renderToString(<App port={idle} files={noFile} today={45245} initialLang="en" />);
  for (const label of ["Evaluate", "Build dossier", "Template", "Recognised sheets"]) expect(html).toContain(label);
});

test("both languages define every string", () => {
  expect(Object.keys(STRINGS.en).sort()).toEqual(Object.keys(STRINGS.vi).sort());
  expect(Object.keys(STRINGS.en.role).sort()).toEqual(Object.keys(STRINGS.vi.role).sort());
});

test("start-up messages say what to check", () => {
  expect(STARTUP_MESSAGES.notReady.text).toContain("kết nối mạng");
  expect(STARTUP_MESSAGES.notReady.text).toContain("phiên bản Excel");
  expect(STARTUP_MESSAGES.oldExcel.text).toContain("Excel 2019");
  expect(STARTUP_MESSAGES.officeMissing.text).toContain("appsforoffice.microsoft.com");
});

describe("the sections render from their props alone", () => {
  const outcome = async () => {
    const grids = await sampleGrids();
    const members = grids.sheets.find((s) => s.name === "Thành viên")!;
    members.values[members.values.findIndex((r) => r[1] === "Lê Văn Hùng")][4] = "cos";
    return run(grids, { today: 45245 });
  };
  const noop = () => undefined;

  test("Result: the total, the rating and every item line", async () => {
    const o = await outcome();
    const html = renderToString(<Result t={STRINGS.vi} result={o.result!} written={false} />);
    expect(html).toContain(`${formatNumberVi(o.result!.total!)}/${formatNumberVi(o.result!.maxTotal!)}`);
    expect(html).toContain(o.result!.rating);
    for (const i of o.result!.items) expect(html).toContain(i.id);
    expect(html).toContain(STRINGS.vi.previewNote);
    expect(html).not.toContain('data-testid="draft"');
  });

  test("Result: while the data has errors (a 'cos' in a yes/no cell), a visible draft notice", async () => {
    const o = await outcome();
    expect(o.summary.draft).toMatch(/^BẢN NHÁP – còn \d+ lỗi, xem trang Kiểm tra$/);
    const html = renderToString(<Result t={STRINGS.vi} result={o.result!} written={true} draft={o.summary.draft} />);
    expect(html).toContain('data-testid="draft"');
    expect(html).toContain(o.summary.draft!);
    expect(renderToString(<Result t={STRINGS.en} result={o.result!} written={true} draft={o.summary.draft} />)).toContain("Draft:");
  });

  test("Result under Thông tư 24: the level it may propose, the reasons, the gap, each indicator at both levels, no points", async () => {
    const o = run(await sample2026Grids(), { today: 46366 });
    const r = o.result!;
    const html = renderToString(<Result t={STRINGS.vi} result={r} written={true} />);
    expect(html).toContain(">Mức độ 1</strong>");
    for (const line of r.tt24!.reasons) expect(html).toContain(line);
    const escaped = (x: string) => x.replace(/</g, "&lt;").replace(/"/g, "&quot;");
    for (const b of r.gap.blocking!) expect(html).toContain(escaped(`${b.id}: ${b.why}`));
    expect(html).toContain('data-testid="indicators"');
    for (const i of r.items) expect(html).toContain(`data-testid="indicator-${i.id}"`);
    expect(html).not.toContain('data-testid="total"');
    expect(html).not.toContain("điểm");
  });

  test("Issues: errors first, each with its fix", async () => {
    const o = await outcome();
    const issues = sortedIssues(o);
    expect(issues.map((i) => i.severity)).toEqual([...issues.map((i) => i.severity)].sort((a, b) => ORDER.indexOf(a) - ORDER.indexOf(b)));
    const html = renderToString(<Issues t={STRINGS.vi} lang="vi" issues={issues} onSelect={noop} />);
    const bad = issues.find((i) => i.code === "BAD_YES_NO")!;
    expect(html).toContain(`data-cell="${bad.sheet}!${bad.cell}"`);
    expect(html).toContain(bad.fix);
  });

  test("ColumnMap: a labelled choice per missing column among the unrecognised headers; nothing when none is missing", () => {
    const choices = [
      { field: "title", label: "Danh hiệu thi đua", headers: ["Thi đua cuối năm", "Ghi chú 2"] },
      { field: "training", label: "Hoàn thành bồi dưỡng", headers: [] },
    ];
    for (const t of [STRINGS.vi, STRINGS.en]) {
      const html = renderToString(<ColumnMap t={t} choices={choices} disabled={false} onMap={noop} />);
      expect(html).toContain(t.columns);
      expect(html).toContain('for="dvht-column-title"');
      expect(html).toContain('id="dvht-column-title"');
      for (const h of ["Thi đua cuối năm", "Ghi chú 2"]) expect(html).toContain(`<option value="${h}">${h}</option>`);
      expect(html).toContain(t.columnNone("Hoàn thành bồi dưỡng").replace(/"/g, "&quot;"));
    }
    expect(renderToString(<ColumnMap t={STRINGS.vi} choices={[]} disabled={false} onMap={noop} />)).toBe("");
  });

  test("Settings: the two selects, labelled", async () => {
    const html = renderToString(<Settings t={STRINGS.vi} outcome={await outcome()} disabled={false} onChange={noop} />);
    expect(html).toContain('for="dvht-preset"');
    expect(html).toContain('id="dvht-framework"');
  });
});

const ORDER = ["error", "warning", "info"];
