/**
 * The Office theme as Office.js reports it (shell code, like index.tsx: the sections never call
 * Office). Every part is optional: older hosts report no theme, or colours without an id.
 */
import type { HostTheme } from "./theme";

type Reported = Partial<Office.OfficeTheme> | undefined;

function idName(id: unknown): HostTheme["id"] {
  const ids = (typeof Office !== "undefined" ? Office.ThemeId : undefined) as Record<string, unknown> | undefined;
  if (!ids || id === undefined || id === null) return undefined;
  if (id === ids.White) return "white";
  if (id === ids.Colorful) return "colorful";
  if (id === ids.DarkGray) return "darkGray";
  if (id === ids.Black) return "black";
  return undefined;
}

/** `reported` is an event's theme (colours only); the rest comes from Office.context.officeTheme. */
export function readOfficeTheme(reported?: Reported): HostTheme | undefined {
  let current: Reported;
  try {
    current = Office.context.officeTheme;
  } catch {
    current = undefined;
  }
  if (!current && !reported) return undefined;
  const t = { ...current, ...reported };
  return {
    id: idName(t.themeId),
    isDark: typeof t.isDarkTheme === "boolean" ? t.isDarkTheme : undefined,
    bodyBackgroundColor: t.bodyBackgroundColor,
    bodyForegroundColor: t.bodyForegroundColor,
  };
}

/**
 * Calls `f` when the clerk changes the Office theme, where the host reports it (the
 * OfficeThemeChanged event; hosts without it keep the theme the pane opened with).
 */
export function onOfficeThemeChange(f: (theme: HostTheme | undefined) => void): void {
  try {
    const type = Office.EventType?.OfficeThemeChanged;
    const doc = Office.context.document as unknown as { addHandlerAsync?: Office.Document["addHandlerAsync"] } | undefined;
    if (!type || typeof doc?.addHandlerAsync !== "function") return;
    doc.addHandlerAsync(type, (args: { officeTheme?: Reported }) => f(readOfficeTheme(args?.officeTheme)));
  } catch {
    // A host that cannot report theme changes: the pane keeps the theme it opened with.
  }
}
