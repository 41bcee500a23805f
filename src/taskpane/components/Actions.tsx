/** Đánh giá, Tạo hồ sơ, Tạo mẫu, and the evaluation's progress. */
import * as React from "react";
import { Button, ProgressBar } from "@fluentui/react-components";
import type { Step } from "../session";
import type { Strings } from "../strings";
import type { Written } from "../usePaneSession";
import { useSectionStyles } from "./styles";

export interface ActionsProps {
  t: Strings;
  disabled: boolean;
  step: Step | null;
  written: Written | null;
  onEvaluate: () => void;
  onDossier: () => void;
  onTemplate: () => void;
}

export function Actions({ t, disabled, step, written, onEvaluate, onDossier, onTemplate }: ActionsProps) {
  const c = useSectionStyles();
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
      {step !== null && (
        <div role="status" aria-live="polite">
          <ProgressBar value={(step + 1) / 4} aria-label={t.progress} />
          <p className={c.muted} data-testid="step">
            {t.steps[step]}
          </p>
        </div>
      )}
      {written && (
        <p className={c.muted} role="status">
          {t.written(written.cells, written.sheet)}
        </p>
      )}
    </section>
  );
}
