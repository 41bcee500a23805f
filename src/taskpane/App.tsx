/**
 * The task pane, composed of small sections (as Microsoft's React task-pane template composes its
 * components), each with its own props. The state and the actions live in usePaneSession; the
 * sections receive values and functions, never the port (docs/ARCHITECTURE.md: components never call Office.js).
 * Laid out for the pane's 320 px: one column, full-width actions, nothing side by side that could
 * not wrap. Every control has a visible label or an aria-label; progress and results are announced.
 */
import * as React from "react";
import { FluentProvider, makeStyles, webLightTheme } from "@fluentui/react-components";
import { Actions } from "./components/Actions";
import { Finalize } from "./components/Finalize";
import { NextYear } from "./components/NextYear";
import { TeamForms } from "./components/TeamForms";
import { ColumnMap } from "./components/ColumnMap";
import { Header } from "./components/Header";
import { Issues } from "./components/Issues";
import { Notice } from "./components/Notice";
import { Recognition } from "./components/Recognition";
import { Result } from "./components/Result";
import { Settings } from "./components/Settings";
import type { BookFiles, PanePort } from "./session";
import { STRINGS, type Lang } from "./strings";
import type { PaneTheme } from "./theme";
import { usePaneSession } from "./usePaneSession";
import { columnChoices, sortedIssues } from "./view";

export interface AppProps {
  port: PanePort;
  /** Workbook files (Tạo sổ năm sau, the tổ's forms as files): in Excel, loaded on demand (workbookFile.ts). */
  files: BookFiles;
  /** Today as an Excel serial. */
  today: number;
  initialLang?: Lang;
  /** The Office theme's Fluent theme (theme.ts); light when the host reports none. */
  theme?: PaneTheme;
}

const useStyles = makeStyles({
  // The theme's background fills the pane, not only its content.
  provider: { minHeight: "100vh" },
  root: { display: "flex", flexDirection: "column", gap: "12px", padding: "12px", minWidth: "260px", maxWidth: "640px", boxSizing: "border-box" },
});

export function App({ port, files, today, initialLang = "vi", theme }: AppProps) {
  const s = useStyles();
  const [lang, setLang] = React.useState<Lang>(initialLang);
  const t = STRINGS[lang];
  const session = usePaneSession(port, today, files);
  const { busy, outcome, written } = session;
  const result = outcome?.result;
  return (
    <FluentProvider theme={theme?.theme ?? webLightTheme} lang={lang} className={s.provider}>
      <main className={s.root} data-theme={theme?.name ?? "light"}>
        <Header t={t} lang={lang} onLangChange={setLang} />
        <Notice t={t} note={session.note} onOpen={session.openFile} busy={busy !== null} />
        <Recognition t={t} outcome={outcome} loading={busy === "load" && !outcome} disabled={busy !== null} onReload={session.reload} />
        {outcome && <Settings t={t} outcome={outcome} disabled={busy !== null} onChange={session.saveSetting} />}
        <ColumnMap t={t} choices={columnChoices(outcome)} disabled={busy !== null} onMap={session.mapColumn} />
        <Actions
          t={t}
          disabled={busy !== null}
          step={session.step}
          writing={session.writing}
          written={written}
          onEvaluate={() => session.evaluate(false)}
          onDossier={() => session.evaluate(true)}
          onTemplate={session.addTemplate}
        />
        {outcome && !outcome.refused && (
          <TeamForms
            t={t}
            disabled={busy !== null}
            onForms={session.teamForms}
            onMerge={session.mergeForms}
            onFormFiles={session.formFiles}
            onMergeFiles={session.mergeFormFiles}
          />
        )}
        {outcome && (
          <Finalize t={t} finalized={outcome.refused === true} disabled={busy !== null} onFinalize={session.finalize} onUnfinalize={session.unfinalize} />
        )}
        {outcome && (
          <NextYear
            t={t}
            nextYear={outcome.model.unit.year !== undefined ? outcome.model.unit.year + 1 : undefined}
            disabled={busy !== null}
            onNextYear={session.nextYear}
          />
        )}
        {result && <Result t={t} result={result} written={written !== null} draft={outcome?.summary.draft} />}
        {outcome && <Issues t={t} lang={lang} issues={[...session.found, ...sortedIssues(outcome)]} onSelect={session.select} />}
      </main>
    </FluentProvider>
  );
}
