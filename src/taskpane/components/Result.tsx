/** The result: total or level, the rating, what is missing for the next one, and every item. */
import * as React from "react";
import { Divider, MessageBar, MessageBarBody, makeStyles, tokens } from "@fluentui/react-components";
import type { EvaluationResult } from "../../core";
import { formatNumberVi } from "../../core";
import type { Strings } from "../strings";
import { pointsText } from "../view";
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
});

export function Result({ t, result, written, draft }: ResultProps) {
  const s = useStyles();
  const c = useSectionStyles();
  const { gap } = result;
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
      {result.total !== undefined && (
        <p className={s.total}>
          <span className={c.visuallyHidden}>{t.total}: </span>
          <span data-testid="total">{`${formatNumberVi(result.total)}/${formatNumberVi(result.maxTotal ?? 100)}`}</span>
        </p>
      )}
      <p>
        {result.total !== undefined ? t.rating : t.level}: <strong data-testid="rating">{result.rating}</strong>
      </p>
      <p className={c.muted} data-testid="gap">
        {gap.next && gap.pointsNeeded !== undefined
          ? t.gap(formatNumberVi(gap.pointsNeeded), gap.next)
          : gap.next && gap.blocking?.length
            ? `${t.gapBlocking(gap.next)} ${gap.blocking.map((b) => `${b.id} (${b.why})`).join("; ")}`
            : t.top}
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
      {result.ruleSet.provisional && (
        <MessageBar intent="warning">
          <MessageBarBody>{t.provisional}</MessageBarBody>
        </MessageBar>
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
    </section>
  );
}
