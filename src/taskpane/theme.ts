/**
 * The pane follows the Office theme. Office says which theme the clerk chose (White, Colorful,
 * Dark Gray, Black) and the colours of its own panes; the pane takes Fluent UI's light or dark theme
 * accordingly, on the host's own background when Fluent's text stays readable on it (WCAG AA, 4.5:1
 * for the faintest text the pane uses), else on Fluent's. Plain data in, a theme out: the shell
 * (index.tsx) reads Office.context.officeTheme and passes it here.
 */
import { webDarkTheme, webLightTheme, type Theme } from "@fluentui/react-components";

export type PaneThemeName = "light" | "colorful" | "dark" | "black";

/** What Office reports of its theme (Office.context.officeTheme), as plain data; every field may be missing on older hosts. */
export interface HostTheme {
  /** Office.ThemeId, by name. */
  id?: "white" | "colorful" | "darkGray" | "black";
  isDark?: boolean;
  /** "#RRGGBB". */
  bodyBackgroundColor?: string;
  bodyForegroundColor?: string;
}

export interface PaneTheme {
  name: PaneThemeName;
  theme: Theme;
}

/** WCAG's contrast ratio needed for text (AA). */
const AA = 4.5;

function rgb(hex: string | undefined): [number, number, number] | undefined {
  const m = /^#?([0-9a-f]{6})$/i.exec(hex?.trim() ?? "");
  if (!m) return undefined;
  const n = parseInt(m[1], 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

/** WCAG relative luminance of "#RRGGBB" (undefined when it is not a colour). */
export function luminance(hex: string | undefined): number | undefined {
  const c = rgb(hex);
  if (!c) return undefined;
  const [r, g, b] = c.map((v) => {
    const s = v / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** WCAG contrast ratio of two "#RRGGBB" colours (0 when either is not a colour). */
export function contrast(a: string | undefined, b: string | undefined): number {
  const la = luminance(a);
  const lb = luminance(b);
  if (la === undefined || lb === undefined) return 0;
  return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
}

/** Below this luminance (about #1a1a1a) a dark background is Office's Black rather than Dark Gray. */
const BLACK = 0.01;

/** Which Office theme the host is in: its id when reported, else whether it is dark, else its background. */
export function themeName(host: HostTheme | undefined): PaneThemeName {
  switch (host?.id) {
    case "white":
      return "light";
    case "colorful":
      return "colorful";
    case "darkGray":
      return "dark";
    case "black":
      return "black";
  }
  const lum = luminance(host?.bodyBackgroundColor);
  const dark = host?.isDark ?? (lum !== undefined && lum < 0.2);
  if (!dark) return "light";
  return lum !== undefined && lum < BLACK ? "black" : "dark";
}

/** The Fluent theme for the host's: light or dark, on the host's background when Fluent's text is readable on it. */
export function paneTheme(host: HostTheme | undefined): PaneTheme {
  const name = themeName(host);
  const base = name === "dark" || name === "black" ? webDarkTheme : webLightTheme;
  const bg = host?.bodyBackgroundColor?.trim();
  const readable = [base.colorNeutralForeground1, base.colorNeutralForeground2, base.colorNeutralForeground3, base.colorBrandForeground1].every(
    (fg) => contrast(fg, bg) >= AA,
  );
  return { name, theme: readable && bg ? { ...base, colorNeutralBackground1: bg.startsWith("#") ? bg : `#${bg}` } : base };
}
