/** The message after an action (saved, added, could not finish…), in the chosen language. */
import * as React from "react";
import { Link, MessageBar, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";
import { columnLabel } from "../../core";
import { settingLabel } from "../session";
import { STRINGS, type Strings } from "../strings";
import type { PaneFile } from "../session";
import type { Note } from "../usePaneSession";

export interface NoticeProps {
  t: Strings;
  note: Note | null;
  /** Opens an offered file in Excel (the tổ's forms): beside each download link. */
  onOpen?: (file: PaneFile) => void;
  /** An action is running: the open buttons wait. */
  busy?: boolean;
}

interface Words {
  intent: "success" | "warning" | "error";
  title?: string;
  text: string;
  fix?: string;
  /** Files to download (next year's workbook when Excel did not open it; the tổ's forms). */
  files?: PaneFile[];
  /** The files also offered to open in Excel, and those already opened. */
  openable?: boolean;
  opened?: string[];
}

function words(note: Note, t: Strings): Words {
  switch (note.kind) {
    case "failed":
      return { intent: "error", title: t.failed, text: note.text, fix: note.fix };
    case "fatal":
      return { intent: "warning", text: t.fatal };
    case "templateDone":
      return { intent: "success", text: t.templateDone(note.added) };
    case "settingsSaved":
      return { intent: "success", text: t.settingsSaved };
    case "settingsNoRow":
      return { intent: "warning", text: t.settingsNoRow(settingLabel(note.key)) };
    case "columnMapped":
      return { intent: "success", text: t.columnMapped(columnLabel(note.field), note.header) };
    case "columnMapNoInfo":
      return { intent: "warning", text: t.columnMapNoInfo };
    case "year": {
      // The checklist's points (or the one line saying what was done) come from the core's catalog.
      // Those naming a cell are in the list of issues (a click selects the cell): here, how many.
      const lines = note.issues.map((i) => (t === STRINGS.en ? i.en : i.message));
      if (note.merged) lines.unshift(t.merged(note.merged));
      if (note.located > 0) lines.push(t.locatedIssues(note.located));
      return note.done
        ? { intent: note.issues.some((i) => i.severity !== "info") || note.located > 0 ? "warning" : "success", text: lines.join(" ") }
        : { intent: "warning", title: t.notDone, text: lines.join(" "), fix: note.issues.find((i) => i.severity === "error")?.fix };
    }
    case "nextYear": {
      const done = note.issues.map((i) => (t === STRINGS.en ? i.en : i.message)).join(" ");
      if (note.opened) return { intent: "success", text: `${t.nextYearOpened(note.year, note.file.name)} ${done}` };
      // Excel tried and refused: its reason first (in the clerk's words), then the same file to download.
      const why = note.error ? `${note.error.message} ` : "";
      return { intent: "warning", text: `${why}${t.nextYearDownload(note.year)}`, fix: note.error?.fix, files: [note.file] };
    }
    case "formFiles": {
      const e = note.openError;
      if (e === undefined) return { intent: "success", text: t.formFilesReady(note.files.length), files: note.files, openable: true, opened: note.opened };
      // Opening one failed: the list stays, with why (in the clerk's words) and the download links.
      const why = e === "unsupported" ? t.cannotOpen : e.message;
      return {
        intent: "warning",
        text: `${t.formFilesReady(note.files.length)} ${why}`,
        fix: e === "unsupported" ? undefined : e.fix,
        files: note.files,
        openable: e !== "unsupported",
        opened: note.opened,
      };
    }
  }
}

export function Notice({ t, note, onOpen, busy = false }: NoticeProps) {
  if (!note) return null;
  const w = words(note, t);
  return (
    <MessageBar intent={w.intent} role={w.intent === "error" ? "alert" : "status"}>
      <MessageBarBody>
        {w.title && <MessageBarTitle>{w.title}</MessageBarTitle>}
        {w.text}
        {w.files && w.files.length === 1 && (
          <>
            {" "}
            <DownloadLink file={w.files[0]} label={t.download(w.files[0])} />
          </>
        )}
        {w.files && w.files.length > 1 && (
          <ul data-testid="downloads">
            {w.files.map((f) => (
              <li key={f.name}>
                <DownloadLink file={f} label={t.download(f)} />
                {w.openable && onOpen && (
                  <>
                    {" · "}
                    {w.opened?.includes(f.name) ? (
                      <span>{t.openedInExcel}</span>
                    ) : (
                      <Link as="button" disabled={busy} onClick={() => onOpen(f)} aria-label={t.openInExcelNamed(f.name)}>
                        {t.openInExcel}
                      </Link>
                    )}
                  </>
                )}
              </li>
            ))}
          </ul>
        )}
        {w.fix && (
          <>
            <br />
            <strong>{t.fix}: </strong>
            {w.fix}
          </>
        )}
      </MessageBarBody>
    </MessageBar>
  );
}

const XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/** A link that saves the file under its name; the object URL lives as long as the link. */
function DownloadLink({ file, label }: { file: PaneFile; label: string }) {
  const [url, setUrl] = React.useState<string | null>(null);
  React.useEffect(() => {
    const u = URL.createObjectURL(new Blob([file.bytes as BlobPart], { type: XLSX_TYPE }));
    setUrl(u);
    return () => URL.revokeObjectURL(u);
  }, [file]);
  return url ? (
    <Link href={url} download={file.name}>
      {label}
    </Link>
  ) : null;
}
