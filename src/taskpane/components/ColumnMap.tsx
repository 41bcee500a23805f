/**
 * "Cột chưa nhận ra": for each column the rule set needs and the members sheet lacks, a choice among the
 * sheet's headers the reader did not recognise. Picking one maps it once (stored in "Thông tin" by the
 * session; this section never sees the workbook).
 */
import * as React from "react";
import { Select, makeStyles } from "@fluentui/react-components";
import type { Strings } from "../strings";
import type { ColumnChoice } from "../view";
import { useSectionStyles } from "./styles";

export interface ColumnMapProps {
  t: Strings;
  choices: ColumnChoice[];
  disabled: boolean;
  onMap: (field: string, header: string) => void;
}

const useStyles = makeStyles({
  field: { display: "flex", flexDirection: "column", gap: "2px" },
});

export function ColumnMap({ t, choices, disabled, onMap }: ColumnMapProps) {
  const s = useStyles();
  const c = useSectionStyles();
  if (choices.length === 0) return null;
  return (
    <section aria-labelledby="dvht-columns" className={c.actions} data-testid="column-map">
      <h2 className={c.h2} id="dvht-columns">
        {t.columns}
      </h2>
      <p className={c.muted}>{t.columnsHint}</p>
      {choices.map((choice) => (
        <div key={choice.field} className={s.field}>
          <label htmlFor={`dvht-column-${choice.field}`}>{choice.label}</label>
          {choice.headers.length > 0 ? (
            <Select
              id={`dvht-column-${choice.field}`}
              value=""
              disabled={disabled}
              onChange={(_, d) => {
                if (d.value) onMap(choice.field, d.value);
              }}
            >
              <option value="">{t.columnPick}</option>
              {choice.headers.map((h) => (
                <option key={h} value={h}>
                  {h}
                </option>
              ))}
            </Select>
          ) : (
            <p className={c.muted}>{t.columnNone(choice.label)}</p>
          )}
        </div>
      ))}
    </section>
  );
}
