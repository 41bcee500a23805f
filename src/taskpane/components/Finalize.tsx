/**
 * Hoàn tất and Mở khóa (issue 12): one button while the workbook is being worked on; once finalized,
 * the note that it is the submitted version, the reason to type, and Mở khóa (enabled once a reason is given).
 */
import * as React from "react";
import { Button, Divider, Input, makeStyles } from "@fluentui/react-components";
import type { Strings } from "../strings";
import { useSectionStyles } from "./styles";

export interface FinalizeProps {
  t: Strings;
  /** The workbook is the submitted version (the pane's preview was refused). */
  finalized: boolean;
  disabled: boolean;
  onFinalize: () => void;
  onUnfinalize: (reason: string) => void;
}

const useStyles = makeStyles({
  field: { display: "flex", flexDirection: "column", gap: "2px" },
});

export function Finalize({ t, finalized, disabled, onFinalize, onUnfinalize }: FinalizeProps) {
  const s = useStyles();
  const c = useSectionStyles();
  const [reason, setReason] = React.useState("");
  const heading = (
    <>
      <Divider />
      <h2 className={c.h2} id="dvht-submitted">
        {t.submittedTitle}
      </h2>
    </>
  );
  if (!finalized) {
    return (
      <section className={c.actions} aria-labelledby="dvht-submitted">
        {heading}
        <Button onClick={onFinalize} disabled={disabled} title={t.finalizeHint}>
          {t.finalize}
        </Button>
      </section>
    );
  }
  return (
    <section className={c.actions} aria-labelledby="dvht-submitted">
      {heading}
      <p className={c.muted}>{t.finalizedNote}</p>
      <div className={s.field}>
        <label htmlFor="dvht-reason">{t.reason}</label>
        <Input id="dvht-reason" value={reason} disabled={disabled} onChange={(_, d) => setReason(d.value)} />
      </div>
      <Button
        onClick={() => {
          onUnfinalize(reason);
          setReason("");
        }}
        disabled={disabled || reason.trim() === ""}
        title={t.unfinalizeHint}
      >
        {t.unfinalize}
      </Button>
    </section>
  );
}
