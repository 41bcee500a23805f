/**
 * The pane's markup without a browser (server rendering): Vietnamese labels, the English switch,
 * the actions, and the start-up messages. Interaction is tested in the browser (test/e2e/pane.test.ts).
 */
import * as React from "react";
import { renderToString } from "react-dom/server";
import { App } from "../../src/taskpane/App";
import type { PanePort } from "../../src/taskpane/session";
import { STARTUP_MESSAGES } from "../../src/taskpane/startup";
import { STRINGS } from "../../src/taskpane/strings";

const idle: PanePort = {
  read: () => new Promise(() => undefined),
  write: () => Promise.reject(new Error("not used")),
  sheetNames: () => Promise.resolve([]),
  select: () => Promise.resolve(),
  writeCells: () => Promise.resolve(),
};

test("first render: Vietnamese actions, labelled, and the loading state", () => {
  const html = renderToString(<App port={idle} today={45245} />);
  for (const label of ["Đánh giá", "Tạo hồ sơ", "Tạo mẫu", "English", "Trang được nhận diện", "Đang đọc bảng tính…"]) expect(html).toContain(label);
  expect(html).toContain('lang="vi"');
  expect(html).toContain('aria-busy="true"');
});

test("English render", () => {
  const html = renderToString(<App port={idle} today={45245} initialLang="en" />);
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
