/** Which sheet plays which role, the year and the framework: what the reader understood. */
import * as React from "react";
import { Badge, Button, Spinner } from "@fluentui/react-components";
import type { RunOutcome } from "../../core";
import type { Strings } from "../strings";
import { frameworkOf, yearOf } from "../view";
import { useSectionStyles } from "./styles";

export interface RecognitionProps {
  t: Strings;
  outcome: RunOutcome | null;
  /** The first read is still running. */
  loading: boolean;
  disabled: boolean;
  onReload: () => void;
}

const ROLES = ["members", "unitItems", "evidence", "unitInfo"] as const;

export function Recognition({ t, outcome, loading, disabled, onReload }: RecognitionProps) {
  const c = useSectionStyles();
  const year = yearOf(outcome);
  const framework = frameworkOf(outcome);
  return (
    <section aria-labelledby="dvht-recognition" aria-busy={loading}>
      <h2 className={c.h2} id="dvht-recognition">
        {t.recognition}
      </h2>
      {loading ? (
        <Spinner size="tiny" label={t.loading} />
      ) : (
        <ul className={c.list} data-testid="recognition">
          {ROLES.map((role) => {
            const r = outcome?.model.recognition.find((x) => x.role === role);
            return (
              <li key={role} className={c.row}>
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
          <li className={c.row}>
            <span>{t.year}</span>
            <span data-testid="year">{year ?? "—"}</span>
          </li>
          <li className={c.row}>
            <span>{t.framework}</span>
            <span data-testid="framework">{framework ? framework.id : "—"}</span>
          </li>
        </ul>
      )}
      <Button appearance="subtle" size="small" onClick={onReload} disabled={disabled} title={t.refreshHint}>
        {t.refresh}
      </Button>
    </section>
  );
}
