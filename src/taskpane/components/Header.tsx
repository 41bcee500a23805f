/** The pane's title and the language switch. */
import * as React from "react";
import { Switch, makeStyles, tokens } from "@fluentui/react-components";
import type { Lang, Strings } from "../strings";
import { useSectionStyles } from "./styles";

export interface HeaderProps {
  t: Strings;
  lang: Lang;
  onLangChange: (lang: Lang) => void;
}

const useStyles = makeStyles({
  header: { display: "flex", alignItems: "center", justifyContent: "space-between", gap: "8px", flexWrap: "wrap" },
  h1: { fontSize: tokens.fontSizeBase500, fontWeight: tokens.fontWeightSemibold, margin: 0 },
});

export function Header({ t, lang, onLangChange }: HeaderProps) {
  const s = useStyles();
  const c = useSectionStyles();
  return (
    <header className={s.header}>
      <div>
        <h1 className={s.h1}>{t.title}</h1>
        <p className={c.muted}>{t.subtitle}</p>
      </div>
      <Switch label={t.english} checked={lang === "en"} onChange={(_, d) => onLangChange(d.checked ? "en" : "vi")} />
    </header>
  );
}
