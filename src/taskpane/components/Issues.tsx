/**
 * The problems found, errors first; each one selects its cell in the workbook when clicked. A
 * button's name is its visible text (severity, message, fix) plus, for screen readers, the cell it
 * selects: nothing the eye reads is left out of what is heard.
 */
import * as React from "react";
import { Badge, Button, Divider, makeStyles, tokens } from "@fluentui/react-components";
import { presentIssue, type Issue } from "../../core";
import type { Lang, Strings } from "../strings";
import { useSectionStyles } from "./styles";

export interface IssuesProps {
  t: Strings;
  lang: Lang;
  /** Already in the order to show (errors first). */
  issues: Issue[];
  onSelect: (issue: Issue) => void;
}

/** Beyond this the list would only slow the pane; the Kiểm tra sheet has them all. */
const MAX_ISSUES = 150;

const useStyles = makeStyles({
  issue: { width: "100%", justifyContent: "flex-start", textAlign: "left", height: "auto", padding: "6px 8px", whiteSpace: "normal" },
  issueText: { display: "flex", flexDirection: "column", gap: "2px", alignItems: "flex-start", fontWeight: tokens.fontWeightRegular },
});

export function Issues({ t, lang, issues, onSelect }: IssuesProps) {
  const s = useStyles();
  const c = useSectionStyles();
  return (
    <section aria-labelledby="dvht-issues">
      <Divider />
      <h2 className={c.h2} id="dvht-issues">
        {t.issues} ({issues.length})
      </h2>
      {issues.length === 0 ? (
        <p className={c.muted}>{t.noIssues}</p>
      ) : (
        <ul className={c.list} data-testid="issues">
          {issues.slice(0, MAX_ISSUES).map((i, k) => (
            <li key={k}>
              <Button
                className={s.issue}
                appearance="subtle"
                disabled={!i.sheet || !i.cell}
                onClick={() => onSelect(i)}
                data-cell={i.sheet && i.cell ? `${i.sheet}!${i.cell}` : undefined}
              >
                <span className={s.issueText}>
                  <Badge appearance="tint" color={i.severity === "error" ? "danger" : i.severity === "warning" ? "warning" : "informative"}>
                    {t.severity[i.severity]}
                  </Badge>
                  <span>{presentIssue(i, lang)}</span>
                  <span className={c.muted}>
                    {t.fix}: {i.fix}
                  </span>
                  {i.sheet && i.cell && <span className={c.visuallyHidden}>{t.goTo(`${i.sheet}!${i.cell}`)}</span>}
                </span>
              </Button>
            </li>
          ))}
          {issues.length > MAX_ISSUES && <li className={c.muted}>{t.more(issues.length - MAX_ISSUES)}</li>}
        </ul>
      )}
    </section>
  );
}
