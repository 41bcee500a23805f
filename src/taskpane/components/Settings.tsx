/** The settings kept in "Thông tin": the framework and, under Thông tư 22, the local variant. */
import * as React from "react";
import { Select, makeStyles } from "@fluentui/react-components";
import type { RunOutcome } from "../../core";
import { FRAMEWORKS, frameworkOf as frameworkIdOf, PRESETS, ruleSetForYear } from "../../core";
import { settingLabel, type SettingKey } from "../session";
import type { Strings } from "../strings";
import { settingsOf, yearOf } from "../view";
import { useSectionStyles } from "./styles";

export interface SettingsProps {
  t: Strings;
  outcome: RunOutcome;
  disabled: boolean;
  onChange: (key: SettingKey, value: string) => void;
}

const useStyles = makeStyles({
  field: { display: "flex", flexDirection: "column", gap: "2px" },
});

export function Settings({ t, outcome, disabled, onChange }: SettingsProps) {
  const s = useStyles();
  const c = useSectionStyles();
  const { presetRow, frameworkRow, presetValue, frameworkValue, presets } = settingsOf(outcome);
  return (
    <section aria-label={presets ? t.preset + ", " + t.framework : t.framework} className={c.actions}>
      {presets && (
        <div className={s.field}>
          <label htmlFor="dvht-preset">{t.preset}</label>
          <Select
            id="dvht-preset"
            value={presetValue}
            disabled={disabled || !presetRow}
            onChange={(_, d) => onChange("preset", PRESETS.find((p) => p.id === d.value)?.label ?? "")}
          >
            {PRESETS.map((p) => (
              <option key={p.id} value={p.id}>
                {p.label}
              </option>
            ))}
          </Select>
        </div>
      )}
      <div className={s.field}>
        <label htmlFor="dvht-framework">{t.framework}</label>
        <Select id="dvht-framework" value={frameworkValue} disabled={disabled || !frameworkRow} onChange={(_, d) => onChange("framework", d.value)}>
          <option value="">{t.frameworkAuto(frameworkIdOf(ruleSetForYear(yearOf(outcome) ?? 2023)))}</option>
          {FRAMEWORKS.map((f) => (
            <option key={f} value={f}>
              {f}
            </option>
          ))}
        </Select>
      </div>
      {((presets && !presetRow) || !frameworkRow) && outcome.model.unit.sheet && (
        <p className={c.muted}>{t.settingsNoRow(presets && !presetRow ? settingLabel("preset") : settingLabel("framework"))}</p>
      )}
    </section>
  );
}
