/** Phiếu theo tổ and Gộp phiếu tổ (issue 12, the tổ's part of the year): two buttons, the work is the session's. */
import * as React from "react";
import { Button } from "@fluentui/react-components";
import type { Strings } from "../strings";
import { useSectionStyles } from "./styles";

export interface TeamFormsProps {
  t: Strings;
  disabled: boolean;
  onForms: () => void;
  onMerge: () => void;
}

export function TeamForms({ t, disabled, onForms, onMerge }: TeamFormsProps) {
  const c = useSectionStyles();
  return (
    <section className={c.actions} aria-label={t.teamForms}>
      <Button onClick={onForms} disabled={disabled} title={t.teamFormsHint}>
        {t.teamForms}
      </Button>
      <Button onClick={onMerge} disabled={disabled} title={t.mergeFormsHint}>
        {t.mergeForms}
      </Button>
    </section>
  );
}
