/**
 * The result. Thông tư 22: the total, the rating, what is missing for the next band, and every item.
 * Thông tư 24: the level the unit may propose, the reasons, the gap to the next level and the
 * proposal, then each indicator as Đạt / Chưa đạt / Không áp dụng at Mức độ 1 and Mức độ 2 side by side.
 */
import * as React from "react";
import { Divider, MessageBar, MessageBarBody, makeStyles, tokens } from "@fluentui/react-components";
import type { EvaluationResult, ItemResult } from "../../core";
import { formatNumberVi } from "../../core";
import type { Strings } from "../strings";
import { levelText, pointsText } from "../view";
import { useSectionStyles } from "./styles";

export interface ResultProps {
  t: Strings;
  result: EvaluationResult;
  /** Written into the workbook (else a preview, and the pane says so). */
  written: boolean;
  /** The core's draft line ("BẢN NHÁP – còn N lỗi …") while the data has errors. */
  draft?: string | null;
}

const useStyles = makeStyles({
  total: { fontSize: tokens.fontSizeHero700, fontWeight: tokens.fontWeightBold, lineHeight: 1.1 },
  item: { borderLeft: `3px solid ${tokens.colorBrandStroke1}`, paddingLeft: "8px" },
  itemHead: { display: "flex", justifyContent: "space-between", gap: "8px", fontWeight: tokens.fontWeightSemibold },
  line: { fontSize: tokens.fontSizeBase200, margin: "2px 0 0", overflowWrap: "anywhere" },
  lines: { margin: "2px 0", paddingLeft: "16px", fontSize: tokens.fontSizeBase200 },
  caption: { textAlign: "left" },
  table: { borderCollapse: "collapse", width: "100%", fontSize: tokens.fontSizeBase200 },
  th: { textAlign: "left", fontWeight: tokens.fontWeightSemibold, borderBottom: `1px solid ${tokens.colorNeutralStroke1}`, padding: "2px 4px" },
  td: { verticalAlign: "top", borderBottom: `1px solid ${tokens.colorNeutralStroke2}`, padding: "2px 4px", overflowWrap: "anywhere" },
  level: { whiteSpace: "nowrap" },
  notMet: { color: tokens.colorPaletteRedForeground1, fontWeight: tokens.fontWeightSemibold },
  na: { color: tokens.colorNeutralForeground3 },
});

export function Result({ t, result, written, draft }: ResultProps) {
  const c = useSectionStyles();
  return (
    <section aria-labelledby="dvht-result" data-testid="result">
      <Divider />
      <h2 className={c.h2} id="dvht-result">
        {t.result}
      </h2>
      {draft && (
        <MessageBar intent="warning" data-testid="draft">
          <MessageBarBody>{t.draft(draft)}</MessageBarBody>
        </MessageBar>
      )}
      {!written && (
        <p className={c.muted} data-testid="preview-note">
          {t.previewNote}
        </p>
      )}
      <p className={c.muted}>{t.members(result.members.total, result.members.counted)}</p>
      {result.tt24 ? <Tt24Result t={t} result={result} /> : <PointsResult t={t} result={result} />}
    </section>
  );
}

function PointsResult({ t, result }: { t: Strings; result: EvaluationResult }) {
  const s = useStyles();
  const c = useSectionStyles();
  const { gap } = result;
  return (
    <>
      {result.total !== undefined && (
        <p className={s.total}>
          <span className={c.visuallyHidden}>{t.total}: </span>
          <span data-testid="total">{`${formatNumberVi(result.total)}/${formatNumberVi(result.maxTotal ?? 100)}`}</span>
        </p>
      )}
      <p>
        {t.rating}: <strong data-testid="rating">{result.rating}</strong>
      </p>
      <p className={c.muted} data-testid="gap">
        {gap.next && gap.pointsNeeded !== undefined ? t.gap(formatNumberVi(gap.pointsNeeded), gap.next) : t.top}
      </p>
      {gap.next && gap.openItems.length > 0 && (
        <p className={c.muted} data-testid="open-items">
          {t.openItems}:{" "}
          {gap.openItems
            .slice(0, 3)
            .map((o) => `${o.id} ${o.short} (${formatNumberVi(o.open)})`)
            .join("; ")}
        </p>
      )}
      <h3 className={c.h2}>{t.items}</h3>
      <ul className={c.list} data-testid="items">
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
    </>
  );
}

function Tt24Result({ t, result }: { t: Strings; result: EvaluationResult }) {
  const s = useStyles();
  const c = useSectionStyles();
  const tt = result.tt24!;
  const { gap } = result;
  const proposal = tt.proposal?.lines.slice(1) ?? [];
  return (
    <>
      <p className={c.muted} data-testid="unit">
        {t.unitLine(tt.unit.labels.join(", "), tt.tierLabel, tt.unit.public)}
      </p>
      <p>
        {t.level}: <strong data-testid="rating">{result.rating}</strong>
      </p>
      <ul className={s.lines} data-testid="reasons">
        {tt.reasons.map((r) => (
          <li key={r}>{r}</li>
        ))}
      </ul>
      <div data-testid="gap">
        {gap.next && gap.blocking?.length ? (
          <>
            <p className={c.muted}>{t.gapBlocking(gap.next)}</p>
            <ul className={s.lines}>
              {gap.blocking.map((b) => (
                <li key={b.id}>{`${b.id}: ${b.why}`}</li>
              ))}
            </ul>
          </>
        ) : (
          <p className={c.muted}>{t.top}</p>
        )}
      </div>
      {proposal.length > 0 && (
        <div data-testid="proposal">
          <h3 className={c.h2}>{t.proposal}</h3>
          {proposal.map((l) => (
            <p key={l} className={c.muted}>
              {l}
            </p>
          ))}
        </div>
      )}
      <table className={s.table} data-testid="indicators">
        <caption className={`${c.h2} ${s.caption}`}>{t.indicators}</caption>
        <thead>
          <tr>
            <th className={s.th} scope="col">
              {t.indicator}
            </th>
            <th className={s.th} scope="col">
              {t.levelName("M1")}
            </th>
            <th className={s.th} scope="col">
              {t.levelName("M2")}
            </th>
          </tr>
        </thead>
        <tbody>
          {result.items.map((i) => (
            <IndicatorRow key={i.id} t={t} item={i} />
          ))}
        </tbody>
      </table>
    </>
  );
}

function IndicatorRow({ t, item }: { t: Strings; item: ItemResult }) {
  const s = useStyles();
  const lv = item.levels!;
  // Why it is not met, or why it does not apply: the gap line of the first level where it matters.
  const why = [lv.M1, lv.M2].find((l) => l.status !== "met")?.reason;
  const cell = (k: "M1" | "M2") => (
    <td className={`${s.td} ${s.level} ${lv[k].status === "not-met" ? s.notMet : lv[k].status === "not-applicable" ? s.na : ""}`} data-level={k}>
      {levelText(lv[k].status, t)}
    </td>
  );
  return (
    <tr data-testid={`indicator-${item.id}`}>
      <td className={s.td}>
        <strong>{item.id}</strong> {item.short}
        {why && <div className={s.line}>{why}</div>}
      </td>
      {cell("M1")}
      {cell("M2")}
    </tr>
  );
}
