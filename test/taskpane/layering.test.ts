/**
 * The shells' layering, beyond what the import rules see: Office.js is called from src/excel only
 * (the ribbon and the pane go through the port), and the pane's sections receive functions as props
 * (they import neither the port's actions nor anything that reaches Excel).
 */
import * as fs from "fs";
import * as path from "path";

const ROOT = path.join(__dirname, "../..");

function files(dir: string): string[] {
  return fs.readdirSync(path.join(ROOT, dir), { withFileTypes: true }).flatMap((d) => {
    const rel = path.join(dir, d.name);
    return d.isDirectory() ? files(rel) : /\.tsx?$/.test(d.name) ? [rel] : [];
  });
}

/** Source without comments, so that a comment naming Excel.run does not count. */
const code = (f: string) =>
  fs
    .readFileSync(path.join(ROOT, f), "utf8")
    .replace(/\/\*[\s\S]*?\*\//g, "")
    .replace(/(^|[^:])\/\/.*$/gm, "$1");

test.each(files("src/commands").concat(files("src/taskpane")))("%s does not call the Excel API itself", (f) => {
  expect(code(f)).not.toMatch(/\bExcel\s*\.\s*(run|RequestContext|createWorkbook)\b|\bcontext\.sync\(|\.sync\(\)/);
});

test.each(files("src/taskpane/components"))("%s: a section, with functions as props (no Office, no port, no session actions)", (f) => {
  const src = code(f);
  expect(src).not.toMatch(/\bOffice\s*\./);
  expect(src).not.toMatch(/from "\.\.\/\.\.\/excel/);
  // Types of the session's state are fine; its hook and actions are the App's to pass down.
  expect(src).not.toMatch(/import \{[^}]*\} from "\.\.\/usePaneSession"/);
  expect(src).not.toMatch(/\b(evaluateAndWrite|addTemplate|saveSetting|saveColumnMapping|preview)\s*\(/);
  expect(src).not.toMatch(/\bport\b/);
});
