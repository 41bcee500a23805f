/** The message after an action (saved, added, could not finish…), in the chosen language. */
import * as React from "react";
import { MessageBar, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";
import { columnLabel } from "../../core";
import { settingLabel } from "../session";
import { STRINGS, type Strings } from "../strings";
import type { Note } from "../usePaneSession";

export interface NoticeProps {
  t: Strings;
  note: Note | null;
}

function words(note: Note, t: Strings): { intent: "success" | "warning" | "error"; title?: string; text: string; fix?: string } {
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
      const lines = note.issues.map((i) => (t === STRINGS.en ? i.en : i.message));
      return note.done
        ? { intent: note.issues.some((i) => i.severity !== "info") ? "warning" : "success", text: lines.join(" ") }
        : { intent: "warning", title: t.notDone, text: lines.join(" "), fix: note.issues.find((i) => i.severity === "error")?.fix };
    }
  }
}

export function Notice({ t, note }: NoticeProps) {
  if (!note) return null;
  const w = words(note, t);
  return (
    <MessageBar intent={w.intent} role={w.intent === "error" ? "alert" : "status"}>
      <MessageBarBody>
        {w.title && <MessageBarTitle>{w.title}</MessageBarTitle>}
        {w.text}
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
