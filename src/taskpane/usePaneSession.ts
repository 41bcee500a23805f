/**
 * The pane's state and actions, as one hook: what is being done (busy, the evaluation's step), what
 * was read and computed (the outcome), what was written, and the message to show. The actions call
 * session.ts with the port the pane was given; the sections receive them as props and never see the
 * port (GUIDE.md: components never call Office.js).
 */
import * as React from "react";
import { flushSync } from "react-dom";
import { sortIssues, type Issue, type RunOutcome } from "../core";
import {
  addTeamForms,
  addTemplate,
  evaluateAndWrite,
  mergeTeamFormFiles,
  mergeTeamFormsHere,
  nextYearWorkbook,
  teamFormFiles,
  finalizeWorkbook,
  preview,
  saveColumnMapping,
  saveSetting,
  unfinalizeWorkbook,
  type PanePort,
  type SettingKey,
  type Step,
  type WriteSize,
  type BookFiles,
  type PaneFile,
} from "./session";

export type Busy = null | "load" | "evaluate" | "dossier" | "template" | "setting" | "finalize" | "unfinalize" | "forms" | "nextYear";

/** What the pane tells the clerk, as data: the sections put it into words in the chosen language. */
export type Note =
  | { kind: "failed"; text: string; fix?: string }
  | { kind: "fatal" }
  | { kind: "templateDone"; added: string[] }
  | { kind: "settingsSaved" }
  | { kind: "settingsNoRow"; key: SettingKey }
  | { kind: "columnMapped"; field: string; header: string }
  | { kind: "columnMapNoInfo" }
  /** Hoàn tất or Mở khóa: done (one line), or the checklist's points that failed (nothing written). */
  /** `issues`: those that name no cell; `located`: how many more are in the list of issues, each selecting its cell. */
  | { kind: "year"; done: boolean; issues: Issue[]; located: number; merged?: Merged }
  /**
   * Tạo sổ năm sau: opened in Excel, or (Excel could not: `error` says why when it tried) the file to
   * download; the core's line says what the new workbook holds.
   */
  | { kind: "nextYear"; year: number; issues: Issue[]; opened: boolean; error?: { message: string; fix?: string }; file: PaneFile }
  /** Phiếu theo tổ as files: one download per tổ. */
  | {
      kind: "formFiles";
      files: PaneFile[];
      /** Those opened in Excel from the list (Mở trong Excel). */
      opened: string[];
      /** Why the last one could not be opened ("unsupported": this Excel cannot open a workbook from a file). */
      openError?: { message: string; fix?: string } | "unsupported";
    };

/** What Gộp phiếu tổ did, cell by cell (the command line's "Tổng" line). */
export interface Merged {
  filled: number;
  same: number;
  conflicts: number;
  unknown: number;
}

export interface Written {
  cells: number;
  /** The sheet shown after writing. */
  sheet: string;
}

export interface PaneSession {
  busy: Busy;
  step: Step | null;
  /** What the write step is writing (set with step 2). */
  writing: WriteSize | null;
  outcome: RunOutcome | null;
  written: Written | null;
  note: Note | null;
  /**
   * The problems of the last action of the year (Gộp phiếu tổ's conflicts and unknown members, the
   * checklist's points) that name a cell: shown first in the list of issues, where a click selects the cell.
   */
  found: Issue[];
  /** Đọc lại: read and compute again, nothing written. */
  reload(): void;
  /** Đánh giá (and Tạo hồ sơ with `dossier`): read, compute, write. */
  evaluate(dossier: boolean): void;
  /** Tạo mẫu: add the missing input sheets, then read again. */
  addTemplate(): void;
  /** Save a setting in "Thông tin", then read again. */
  saveSetting(key: SettingKey, value: string): void;
  /** Map a missing column to one of the members sheet's headers (stored in "Thông tin"), then read again. */
  mapColumn(field: string, header: string): void;
  /** Show an issue's cell in the workbook. */
  select(issue: Issue): void;
  /** Phiếu theo tổ: a form sheet per tổ (issue 12). */
  teamForms(): void;
  /** Gộp phiếu tổ: the form sheets' answers into the members sheet's blank cells. */
  mergeForms(): void;
  /** Phiếu theo tổ as files, one per tổ, to download (this workbook is only read). */
  formFiles(): void;
  /** Gộp phiếu tổ from the files the tổ sent back. */
  mergeFormFiles(picked: PaneFile[]): void;
  /** Opens one of the offered files in Excel (where a download does nothing, as in Excel for Mac). */
  openFile(file: PaneFile): void;
  /** Hoàn tất: the checklist, then stamp and protect (issue 12). */
  finalize(): void;
  /** Mở khóa with the clerk's reason. */
  unfinalize(reason: string): void;
  /** Tạo sổ năm sau: next year's workbook, opened in Excel (this one is only read); `year` defaults to this workbook's year + 1. */
  nextYear(year?: number): void;
}

function failure(e: unknown): Note {
  const err = e as { message?: string; fix?: string };
  return { kind: "failed", text: err?.message ?? String(e), fix: err?.fix };
}

export function usePaneSession(port: PanePort, today: number, files: BookFiles): PaneSession {
  const [busy, setBusy] = React.useState<Busy>("load");
  const [step, setStep] = React.useState<Step | null>(null);
  const [writing, setWriting] = React.useState<WriteSize | null>(null);
  const [outcome, setOutcome] = React.useState<RunOutcome | null>(null);
  const [written, setWritten] = React.useState<Written | null>(null);
  const [note, setNote] = React.useState<Note | null>(null);
  const [found, setFound] = React.useState<Issue[]>([]);

  /**
   * An action of the year done (or refused): the issues that can select their cell to the list, the rest to
   * the message. `sheets`, when given, are this workbook's: an issue on another (a form file's) stays in the message.
   */
  const yearNote = React.useCallback((done: boolean, issues: Issue[], sheets?: string[], merged?: Merged) => {
    const here = (i: Issue) => Boolean(i.sheet && i.cell && (!sheets || sheets.includes(i.sheet)));
    const located = issues.filter(here);
    setFound(sortIssues(located, sheets ?? []));
    setNote({ kind: "year", done, issues: issues.filter((i) => !here(i)), located: located.length, ...(merged ? { merged } : {}) });
  }, []);

  /** Runs one action: busy while it runs, its failure shown as a note. */
  const act = React.useCallback(async (what: Exclude<Busy, null>, f: () => Promise<void>) => {
    setBusy(what);
    setFound([]);
    try {
      await f();
    } catch (e) {
      setStep(null);
      setNote(failure(e));
    } finally {
      setBusy(null);
    }
  }, []);

  const reload = React.useCallback(() => void act("load", async () => setOutcome(await preview(port, today))), [act, port, today]);

  // The pane reads the workbook when it opens (and again only if it is given another workbook or day).
  React.useEffect(() => reload(), [reload]);

  const evaluate = React.useCallback(
    (dossier: boolean) =>
      void act(dossier ? "dossier" : "evaluate", async () => {
        setNote(null);
        setWritten(null);
        const r = await evaluateAndWrite(port, today, dossier, (s, w) =>
          // Each step is in the page before the work it announces starts (else React may fold the
          // short ones into the next: "Đang ghi …" would never be seen or read).
          flushSync(() => {
            setStep(s);
            if (w) setWriting(w);
          }),
        );
        setOutcome(r.outcome);
        if (r.outcome.refused) {
          setStep(null);
          yearNote(false, r.outcome.issues);
          return;
        }
        const shown = r.outcome.names[r.outcome.plan.activate ?? "bieu-diem"] ?? r.outcome.names["kiem-tra"] ?? "";
        setWritten({ cells: r.report?.cellsWritten ?? 0, sheet: shown });
        if (r.outcome.fatal) setNote({ kind: "fatal" });
      }),
    [act, port, today, yearNote],
  );

  const template = React.useCallback(
    () =>
      void act("template", async () => {
        setNote(null);
        const added = await addTemplate(port, today, outcome);
        setNote({ kind: "templateDone", added });
        setOutcome(await preview(port, today));
      }),
    [act, outcome, port, today],
  );

  const setting = React.useCallback(
    (key: SettingKey, value: string) => {
      if (!outcome) return;
      void act("setting", async () => {
        const ok = await saveSetting(port, outcome, key, value);
        setNote(ok ? { kind: "settingsSaved" } : { kind: "settingsNoRow", key });
        if (ok) setOutcome(await preview(port, today));
      });
    },
    [act, outcome, port, today],
  );

  const mapColumn = React.useCallback(
    (field: string, header: string) => {
      if (!outcome) return;
      void act("setting", async () => {
        const ok = await saveColumnMapping(port, outcome, field, header);
        setNote(ok ? { kind: "columnMapped", field, header } : { kind: "columnMapNoInfo" });
        if (ok) setOutcome(await preview(port, today));
      });
    },
    [act, outcome, port, today],
  );

  const select = React.useCallback(
    (i: Issue) => {
      if (!i.sheet || !i.cell) return;
      port.select(i.sheet, i.cell).catch((e: unknown) => setNote(failure(e)));
    },
    [port],
  );

  const year = React.useCallback(
    (what: "finalize" | "unfinalize", reason = "") =>
      void act(what, async () => {
        setNote(null);
        setWritten(null);
        const r = what === "finalize" ? await finalizeWorkbook(port, today) : await unfinalizeWorkbook(port, today, reason);
        yearNote(!r.fatal, r.issues);
        setOutcome(await preview(port, today));
      }),
    [act, port, today, yearNote],
  );

  const forms = React.useCallback(
    (what: "forms" | "merge") =>
      void act("forms", async () => {
        setNote(null);
        setWritten(null);
        if (what === "forms") {
          const r = await addTeamForms(port, today);
          yearNote(!r.fatal, r.issues);
        } else {
          const r = await mergeTeamFormsHere(port);
          yearNote(!r.fatal, r.issues, undefined, r.fatal ? undefined : r);
        }
        setOutcome(await preview(port, today));
      }),
    [act, port, today, yearNote],
  );

  const nextYear = React.useCallback(
    (year?: number) =>
      void act("nextYear", async () => {
        setNote(null);
        setWritten(null);
        const r = await nextYearWorkbook(port, today, files, year);
        if (!r.file || !r.opened) {
          yearNote(false, r.outcome.issues);
          return;
        }
        const error = r.opened.opened ? undefined : r.opened.error;
        setNote({ kind: "nextYear", year: r.outcome.year!, issues: r.outcome.issues, opened: r.opened.opened, error, file: r.file });
      }),
    [act, port, today, files, yearNote],
  );

  const formFiles = React.useCallback(
    () =>
      void act("forms", async () => {
        setNote(null);
        setWritten(null);
        const r = await teamFormFiles(port, today, files);
        if (r.outcome.fatal) yearNote(false, r.outcome.issues);
        else setNote({ kind: "formFiles", files: r.files, opened: [] });
      }),
    [act, port, today, files, yearNote],
  );

  const mergeFormFiles = React.useCallback(
    (picked: PaneFile[]) =>
      void act("forms", async () => {
        setNote(null);
        setWritten(null);
        const r = await mergeTeamFormFiles(port, files, picked);
        yearNote(!r.outcome.fatal, r.outcome.issues, r.sheets, r.outcome.fatal ? undefined : r.outcome);
        setOutcome(await preview(port, today));
      }),
    [act, port, today, files, yearNote],
  );

  const openFile = React.useCallback(
    (file: PaneFile) =>
      void act("forms", async () => {
        const r = await port.openWorkbook(file.bytes);
        setNote((n) =>
          n?.kind !== "formFiles"
            ? n
            : r.opened
              ? { ...n, opened: [...n.opened.filter((x) => x !== file.name), file.name], openError: undefined }
              : { ...n, openError: r.error ?? "unsupported" },
        );
      }),
    [act, port],
  );

  return {
    busy,
    step,
    writing,
    outcome,
    written,
    note,
    found,
    reload,
    evaluate,
    addTemplate: template,
    saveSetting: setting,
    mapColumn,
    select,
    teamForms: () => forms("forms"),
    mergeForms: () => forms("merge"),
    formFiles,
    mergeFormFiles,
    openFile,
    finalize: () => year("finalize"),
    unfinalize: (reason: string) => year("unfinalize", reason),
    nextYear,
  };
}
