/**
 * Đánh giá, Tạo hồ sơ, Tạo mẫu, and the evaluation's progress. The progress line and the "written"
 * line are live regions that are always in the page (a region inserted with its text is often not
 * read), outside anything marked busy (a busy region's changes are held back).
 */
import * as React from "react";
import { Button, ProgressBar, makeStyles, mergeClasses } from "@fluentui/react-components";
import type { Step, WriteSize } from "../session";
import type { Strings } from "../strings";
import type { Written } from "../usePaneSession";
import { useSectionStyles } from "./styles";

export interface ActionsProps {
  t: Strings;
  disabled: boolean;
  step: Step | null;
  /** What the write step is writing, for its line. */
  writing: WriteSize | null;
  written: Written | null;
  onEvaluate: () => void;
  onDossier: () => void;
  onTemplate: () => void;
}

const useStyles = makeStyles({
  // The live regions stay in the page when empty; they then take no room (the column's gap is undone).
  idle: { marginTop: "-8px" },
  written: { marginTop: "8px" },
});

export function Actions({ t, disabled, step, writing, written, onEvaluate, onDossier, onTemplate }: ActionsProps) {
  const s = useStyles();
  const c = useSectionStyles();
  const line = step === null ? "" : step === 2 && writing ? t.writing(writing.sheets, writing.cells) : t.steps[step];
  return (
    <section className={c.actions} aria-label={t.evaluate}>
      <Button appearance="primary" onClick={onEvaluate} disabled={disabled} title={t.evaluateHint}>
        {t.evaluate}
      </Button>
      <Button onClick={onDossier} disabled={disabled} title={t.dossierHint}>
        {t.dossier}
      </Button>
      <Button onClick={onTemplate} disabled={disabled} title={t.templateHint}>
        {t.template}
      </Button>
      <div className={mergeClasses(step === null && !written && s.idle)}>
        {step !== null && <ProgressBar value={(step + 1) / 4} aria-label={t.progress} aria-valuetext={line} />}
        <p className={c.muted} role="status" aria-live="polite" data-testid="step">
          {line}
        </p>
        <p className={mergeClasses(c.muted, written !== null && s.written)} role="status" aria-live="polite" data-testid="written">
          {written ? t.written(written.cells, written.sheet) : ""}
        </p>
      </div>
    </section>
  );
}
