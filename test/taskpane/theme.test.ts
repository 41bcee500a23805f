/**
 * The pane follows the Office theme: which one the host is in (by id, else by darkness, else by its
 * background), and the Fluent theme for it, on the host's background only where Fluent's text stays
 * readable (WCAG AA).
 */
import { webDarkTheme, webLightTheme } from "@fluentui/react-components";
import { contrast, paneTheme, themeName, type HostTheme } from "../../src/taskpane/theme";

test.each<[string, HostTheme | undefined, string, string]>([
  ["no theme reported (older hosts)", undefined, "light", webLightTheme.colorNeutralBackground1],
  ["White", { id: "white", isDark: false, bodyBackgroundColor: "#FFFFFF" }, "light", "#FFFFFF"],
  ["Colorful", { id: "colorful", isDark: false, bodyBackgroundColor: "#F3F3F3" }, "colorful", "#F3F3F3"],
  // Fluent's faint dark-theme text (#adadad) is under 4.5:1 on #444444: Fluent's own dark background instead.
  ["Dark Gray", { id: "darkGray", isDark: true, bodyBackgroundColor: "#444444" }, "dark", webDarkTheme.colorNeutralBackground1],
  ["Dark Gray, a darker host grey", { id: "darkGray", isDark: true, bodyBackgroundColor: "#303030" }, "dark", "#303030"],
  ["Black", { id: "black", isDark: true, bodyBackgroundColor: "#000000" }, "black", "#000000"],
  ["colours only, dark", { bodyBackgroundColor: "#262626" }, "dark", "#262626"],
  ["colours only, black", { bodyBackgroundColor: "#000000" }, "black", "#000000"],
  ["colours only, light", { bodyBackgroundColor: "#f0f0f0" }, "light", "#f0f0f0"],
  // Fluent's brand blue (#0f6cbd) is under 4.5:1 on #e6e6e6: Fluent's own light background instead.
  ["colours only, a greyer light", { bodyBackgroundColor: "#e6e6e6" }, "light", webLightTheme.colorNeutralBackground1],
  ["isDarkTheme without an id", { isDark: true, bodyBackgroundColor: "#1f1f1f" }, "dark", "#1f1f1f"],
  ["a colour that is not one", { isDark: false, bodyBackgroundColor: "transparent" }, "light", webLightTheme.colorNeutralBackground1],
])("%s", (_name, host, name, background) => {
  const t = paneTheme(host);
  expect(t.name).toBe(name);
  expect(themeName(host)).toBe(name);
  expect(t.theme.colorNeutralBackground1).toBe(background);
  expect(t.theme.colorNeutralForeground1).toBe((name === "dark" || name === "black" ? webDarkTheme : webLightTheme).colorNeutralForeground1);
  // Whatever the host, the faintest text the pane uses is readable on its background.
  expect(contrast(t.theme.colorNeutralForeground3, t.theme.colorNeutralBackground1)).toBeGreaterThanOrEqual(4.5);
});

test.each([
  ["#000000", "#FFFFFF", 21],
  ["#FFFFFF", "#FFFFFF", 1],
  ["#616161", "#FFFFFF", 6.2],
])("contrast(%s, %s) ≈ %d", (a, b, ratio) => expect(contrast(a, b)).toBeCloseTo(ratio, 1));
