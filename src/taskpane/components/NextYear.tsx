/**
 * Tạo sổ năm sau (issue 12): the year of the new workbook (blank: this workbook's year + 1) and the
 * button. The work is the session's; this section never sees the port or the file writer.
 */
import * as React from "react";
import { Button, Divider, Input, makeStyles } from "@fluentui/react-components";
import type { Strings } from "../strings";
import { useSectionStyles } from "./styles";

export interface NextYearProps {
  t: Strings;
  /** The year a blank field means (this workbook's year + 1), when the workbook says its year. */
  nextYear: number | undefined;
  disabled: boolean;
  onNextYear: (year?: number) => void;
}

const useStyles = makeStyles({
  field: { display: "flex", flexDirection: "column", gap: "2px" },
});

/** The typed year: blank → undefined (the default), a year 2000–2100 → that year, anything else → null (not sent). */
export function typedYear(text: string): number | undefined | null {
  const s = text.trim();
  if (s === "") return undefined;
  if (!/^\d{4}$/.test(s)) return null;
  const y = Number(s);
  return y >= 2000 && y <= 2100 ? y : null;
}

export function NextYear({ t, nextYear, disabled, onNextYear }: NextYearProps) {
  const s = useStyles();
  const c = useSectionStyles();
  const [text, setText] = React.useState("");
  const year = typedYear(text);
  return (
    <section className={c.actions} aria-labelledby="dvht-next">
      <Divider />
      <h2 className={c.h2} id="dvht-next">
        {t.nextYear}
      </h2>
      <div className={s.field}>
        <label htmlFor="dvht-next-year">{t.nextYearLabel}</label>
        <Input
          id="dvht-next-year"
          inputMode="numeric"
          maxLength={4}
          value={text}
          placeholder={t.nextYearPlaceholder(nextYear)}
          disabled={disabled}
          aria-invalid={year === null}
          onChange={(_, d) => setText(d.value)}
        />
      </div>
      <Button onClick={() => year !== null && onNextYear(year)} disabled={disabled || year === null} title={t.nextYearHint}>
        {t.nextYear}
      </Button>
    </section>
  );
}
