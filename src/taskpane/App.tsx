/**
 * The task pane. Receives a PanePort (docs/ARCHITECTURE.md: components never call Office.js) and today's date.
 * Laid out for the pane's 320 px: one column, full-width actions, nothing side by side that could
 * not wrap. Every control has a visible label or an aria-label; progress and results are announced.
 */
import * as React from "react";
import {
  Badge,
  Button,
  Divider,
  FluentProvider,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  ProgressBar,
  Select,
  Spinner,
  Switch,
  makeStyles,
  tokens,
  webLightTheme,
} from "@fluentui/react-components";
import type { Issue } from "../core";
import type { RunOutcome } from "../core";
import type { ItemResult } from "../core";
import { PRESETS, RULE_SETS, ruleSetForYear } from "../core";
import { formatNumberVi, presentIssue } from "../core";
import { addTemplate, evaluateAndWrite, findSettingRow, preview, saveSetting, settingLabel, type PanePort, type SettingKey, type Step } from "./session";
import { STRINGS, type Lang } from "./strings";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: "12px", padding: "12px", minWidth: "260px", maxWidth: "640px", boxSizing: "border-box" },
  header: { display: "flex", alignItems: "center", justifyContent: "space-between", gap: "8px", flexWrap: "wrap" },
  h1: { fontSize: tokens.fontSizeBase500, fontWeight: tokens.fontWeightSemibold, margin: 0 },
  h2: { fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold, margin: "4px 0" },
  muted: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200, margin: 0 },
  list: { listStyleType: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", gap: "6px" },
  row: { display: "flex", justifyContent: "space-between", gap: "8px", fontSize: tokens.fontSizeBase300 },
  field: { display: "flex", flexDirection: "column", gap: "2px" },
  actions: { display: "flex", flexDirection: "column", gap: "8px" },
  total: { fontSize: tokens.fontSizeHero700, fontWeight: tokens.fontWeightBold, lineHeight: 1.1 },
  item: { borderLeft: `3px solid ${tokens.colorBrandStroke1}`, paddingLeft: "8px" },
  itemHead: { display: "flex", justifyContent: "space-between", gap: "8px", fontWeight: tokens.fontWeightSemibold },
  line: { fontSize: tokens.fontSizeBase200, margin: "2px 0 0", overflowWrap: "anywhere" },
  issue: { width: "100%", justifyContent: "flex-start", textAlign: "left", height: "auto", padding: "6px 8px", whiteSpace: "normal" },
  issueText: { display: "flex", flexDirection: "column", gap: "2px", alignItems: "flex-start", fontWeight: tokens.fontWeightRegular },
});

export interface AppProps {
  port: PanePort;
  /** Today as an Excel serial. */
  today: number;
  initialLang?: Lang;
}

type Busy = null | "load" | "evaluate" | "dossier" | "template" | "setting";

const MAX_ISSUES = 150;

function pointsText(i: ItemResult, t: (typeof STRINGS)["vi"]): string {
  if (i.max !== undefined) return `${formatNumberVi(i.points ?? 0)}/${formatNumberVi(i.max)}`;
  if (!i.applicable || i.met === null) return t.notApplicable;
  return i.met ? t.met : t.notMet;
}

export function App({ port, today, initialLang = "vi" }: AppProps) {
  const s = useStyles();
  const [lang, setLang] = React.useState<Lang>(initialLang);
  const t = STRINGS[lang];
  const [busy, setBusy] = React.useState<Busy>("load");
  const [step, setStep] = React.useState<Step | null>(null);
  const [outcome, setOutcome] = React.useState<RunOutcome | null>(null);
  const [written, setWritten] = React.useState<{ cells: number; sheet: string } | null>(null);
  const [note, setNote] = React.useState<{ intent: "success" | "warning" | "error" | "info"; title?: string; text: string; fix?: string } | null>(null);

  const fail = React.useCallback(
    (e: unknown) => {
      const err = e as { message?: string; fix?: string };
      setNote({ intent: "error", title: STRINGS[lang].failed, text: err?.message ?? String(e), fix: err?.fix });
    },
    [lang],
  );

  const load = React.useCallback(async () => {
    setBusy("load");
    try {
      setOutcome(await preview(port, today));
    } catch (e) {
      fail(e);
    } finally {
      setBusy(null);
    }
  }, [port, today, fail]);

  React.useEffect(() => {
    void load();
    // Only when the pane opens: later reads are the clerk's (Đọc lại, Đánh giá).
    // eslint-disable-next-line react-hooks/exhaustive-deps -- TODO(#7): moves into usePaneSession
  }, []);

  const evaluate = async (dossier: boolean) => {
    setBusy(dossier ? "dossier" : "evaluate");
    setNote(null);
    setWritten(null);
    try {
      const r = await evaluateAndWrite(port, today, dossier, setStep);
      setOutcome(r.outcome);
      const shown = r.outcome.names[r.outcome.plan.activate ?? "bieu-diem"] ?? r.outcome.names["kiem-tra"] ?? "";
      setWritten({ cells: r.report?.cellsWritten ?? 0, sheet: shown });
      if (r.outcome.fatal) setNote({ intent: "warning", text: STRINGS[lang].fatal });
    } catch (e) {
      setStep(null);
      fail(e);
    } finally {
      setBusy(null);
    }
  };

  const template = async () => {
    setBusy("template");
    setNote(null);
    try {
      const added = await addTemplate(port);
      setNote({ intent: "success", text: STRINGS[lang].templateDone(added) });
      setOutcome(await preview(port, today));
    } catch (e) {
      fail(e);
    } finally {
      setBusy(null);
    }
  };

  const changeSetting = async (key: SettingKey, value: string) => {
    if (!outcome) return;
    setBusy("setting");
    try {
      const ok = await saveSetting(port, outcome, key, value);
      setNote(ok ? { intent: "success", text: t.settingsSaved } : { intent: "warning", text: t.settingsNoRow(settingLabel(key)) });
      if (ok) setOutcome(await preview(port, today));
    } catch (e) {
      fail(e);
    } finally {
      setBusy(null);
    }
  };

  const select = async (i: Issue) => {
    if (!i.sheet || !i.cell) return;
    try {
      await port.select(i.sheet, i.cell);
    } catch (e) {
      fail(e);
    }
  };

  const result = outcome?.result;
  const year = result?.year ?? outcome?.model.unit.year ?? outcome?.summary.year ?? undefined;
  const framework = result?.ruleSet ?? (outcome?.ruleSet ? { id: outcome.ruleSet.id, title: outcome.ruleSet.title } : undefined);
  const presetRow = outcome ? findSettingRow(outcome.model.unit.rows, "preset") : undefined;
  const frameworkRow = outcome ? findSettingRow(outcome.model.unit.rows, "framework") : undefined;
  const presetValue = outcome ? (PRESETS.find((p) => p.id === outcome.summary.preset)?.id ?? "") : "";
  const frameworkValue =
    frameworkRow && typeof frameworkRow.value === "string" && frameworkRow.value.trim()
      ? (RULE_SETS.find((r) => r.id === outcome?.summary.framework)?.id ?? "")
      : "";
  const issues = outcome ? [...outcome.issues].sort((a, b) => rank(a) - rank(b)) : [];
  const roles = ["members", "unitItems", "evidence", "unitInfo"] as const;

  return (
    <FluentProvider theme={webLightTheme} lang={lang}>
      <main className={s.root} aria-busy={busy !== null}>
        <header className={s.header}>
          <div>
            <h1 className={s.h1}>{t.title}</h1>
            <p className={s.muted}>{t.subtitle}</p>
          </div>
          <Switch label={t.english} checked={lang === "en"} onChange={(_, d) => setLang(d.checked ? "en" : "vi")} />
        </header>

        {note && (
          <MessageBar intent={note.intent} role={note.intent === "error" ? "alert" : "status"}>
            <MessageBarBody>
              {note.title && <MessageBarTitle>{note.title}</MessageBarTitle>}
              {note.text}
              {note.fix && (
                <>
                  <br />
                  <strong>{t.fix}: </strong>
                  {note.fix}
                </>
              )}
            </MessageBarBody>
          </MessageBar>
        )}

        <section aria-labelledby="dvht-recognition">
          <h2 className={s.h2} id="dvht-recognition">
            {t.recognition}
          </h2>
          {busy === "load" && !outcome ? (
            <Spinner size="tiny" label={t.loading} />
          ) : (
            <ul className={s.list} data-testid="recognition">
              {roles.map((role) => {
                const r = outcome?.model.recognition.find((x) => x.role === role);
                return (
                  <li key={role} className={s.row}>
                    <span>{t.role[role]}</span>
                    <span>
                      {r ? (
                        `${r.sheet} · ${t.rows(r.dataRows)}`
                      ) : (
                        <Badge appearance="outline" color="warning">
                          {t.notFound}
                        </Badge>
                      )}
                    </span>
                  </li>
                );
              })}
              <li className={s.row}>
                <span>{t.year}</span>
                <span data-testid="year">{year ?? "—"}</span>
              </li>
              <li className={s.row}>
                <span>{t.framework}</span>
                <span data-testid="framework">{framework ? framework.id : "—"}</span>
              </li>
            </ul>
          )}
          <Button appearance="subtle" size="small" onClick={() => void load()} disabled={busy !== null} title={t.refreshHint}>
            {t.refresh}
          </Button>
        </section>

        {outcome && (
          <section aria-label={t.preset + ", " + t.framework} className={s.actions}>
            <div className={s.field}>
              <label htmlFor="dvht-preset">{t.preset}</label>
              <Select
                id="dvht-preset"
                value={presetValue}
                disabled={busy !== null || !presetRow}
                onChange={(_, d) => void changeSetting("preset", PRESETS.find((p) => p.id === d.value)?.label ?? "")}
              >
                {PRESETS.map((p) => (
                  <option key={p.id} value={p.id}>
                    {p.label}
                  </option>
                ))}
              </Select>
            </div>
            <div className={s.field}>
              <label htmlFor="dvht-framework">{t.framework}</label>
              <Select
                id="dvht-framework"
                value={frameworkValue}
                disabled={busy !== null || !frameworkRow}
                onChange={(_, d) => void changeSetting("framework", d.value)}
              >
                <option value="">{t.frameworkAuto(ruleSetForYear(year ?? 2023).id)}</option>
                {RULE_SETS.map((r) => (
                  <option key={r.id} value={r.id}>
                    {r.id}
                  </option>
                ))}
              </Select>
            </div>
            {(!presetRow || !frameworkRow) && outcome.model.unit.sheet && (
              <p className={s.muted}>{t.settingsNoRow(!presetRow ? settingLabel("preset") : settingLabel("framework"))}</p>
            )}
          </section>
        )}

        <section className={s.actions} aria-label={t.evaluate}>
          <Button appearance="primary" onClick={() => void evaluate(false)} disabled={busy !== null} title={t.evaluateHint}>
            {t.evaluate}
          </Button>
          <Button onClick={() => void evaluate(true)} disabled={busy !== null} title={t.dossierHint}>
            {t.dossier}
          </Button>
          <Button onClick={() => void template()} disabled={busy !== null} title={t.templateHint}>
            {t.template}
          </Button>
          {step !== null && (
            <div role="status" aria-live="polite">
              <ProgressBar value={(step + 1) / 4} aria-label={t.progress} />
              <p className={s.muted} data-testid="step">
                {t.steps[step]}
              </p>
            </div>
          )}
          {written && (
            <p className={s.muted} role="status">
              {t.written(written.cells, written.sheet)}
            </p>
          )}
        </section>

        {result && (
          <section aria-labelledby="dvht-result" data-testid="result">
            <Divider />
            <h2 className={s.h2} id="dvht-result">
              {t.result}
            </h2>
            {!written && (
              <p className={s.muted} data-testid="preview-note">
                {t.previewNote}
              </p>
            )}
            <p className={s.muted}>{t.members(result.members.total, result.members.counted)}</p>
            {result.total !== undefined && (
              <p className={s.total} data-testid="total" aria-label={`${t.total} ${formatNumberVi(result.total)}/${formatNumberVi(result.maxTotal ?? 100)}`}>
                {formatNumberVi(result.total)}/{formatNumberVi(result.maxTotal ?? 100)}
              </p>
            )}
            <p>
              {result.total !== undefined ? t.rating : t.level}: <strong data-testid="rating">{result.rating}</strong>
            </p>
            <p className={s.muted} data-testid="gap">
              {result.gap.next && result.gap.pointsNeeded !== undefined
                ? t.gap(formatNumberVi(result.gap.pointsNeeded), result.gap.next)
                : result.gap.next && result.gap.blocking?.length
                  ? `${t.gapBlocking(result.gap.next)} ${result.gap.blocking.map((b) => `${b.id} (${b.why})`).join("; ")}`
                  : t.top}
            </p>
            {result.gap.next && result.gap.openItems.length > 0 && (
              <p className={s.muted} data-testid="open-items">
                {t.openItems}:{" "}
                {result.gap.openItems
                  .slice(0, 3)
                  .map((o) => `${o.id} ${o.short} (${formatNumberVi(o.open)})`)
                  .join("; ")}
              </p>
            )}
            {result.ruleSet.provisional && (
              <MessageBar intent="warning">
                <MessageBarBody>{t.provisional}</MessageBarBody>
              </MessageBar>
            )}
            <h3 className={s.h2}>{t.items}</h3>
            <ul className={s.list} data-testid="items">
              {result.items.map((i) => (
                <li key={i.id} className={s.item}>
                  <div className={s.itemHead}>
                    <span>
                      {i.id}. {i.short}
                    </span>
                    <span>{pointsText(i, t)}</span>
                  </div>
                  <p className={s.line}>{i.line}</p>
                </li>
              ))}
            </ul>
          </section>
        )}

        {outcome && (
          <section aria-labelledby="dvht-issues">
            <Divider />
            <h2 className={s.h2} id="dvht-issues">
              {t.issues} ({issues.length})
            </h2>
            {issues.length === 0 ? (
              <p className={s.muted}>{t.noIssues}</p>
            ) : (
              <ul className={s.list} data-testid="issues">
                {issues.slice(0, MAX_ISSUES).map((i, k) => (
                  <li key={k}>
                    <Button
                      className={s.issue}
                      appearance="subtle"
                      disabled={!i.sheet || !i.cell}
                      onClick={() => void select(i)}
                      aria-label={`${t.severity[i.severity]}: ${lang === "en" ? (i.en ?? i.message) : i.message}${i.sheet && i.cell ? `. ${t.goTo(`${i.sheet}!${i.cell}`)}` : ""}`}
                      data-cell={i.sheet && i.cell ? `${i.sheet}!${i.cell}` : undefined}
                    >
                      <span className={s.issueText}>
                        <Badge appearance="tint" color={i.severity === "error" ? "danger" : i.severity === "warning" ? "warning" : "informative"}>
                          {t.severity[i.severity]}
                        </Badge>
                        <span>{presentIssue(i, lang)}</span>
                        <span className={s.muted}>
                          {t.fix}: {i.fix}
                        </span>
                      </span>
                    </Button>
                  </li>
                ))}
                {issues.length > MAX_ISSUES && <li className={s.muted}>{t.more(issues.length - MAX_ISSUES)}</li>}
              </ul>
            )}
          </section>
        )}
      </main>
    </FluentProvider>
  );
}

const rank = (i: Issue) => (i.severity === "error" ? 0 : i.severity === "warning" ? 1 : 2);
