/** scripts/manifest.js (CommonJS, shared with webpack.config.js and `npm run validate`), typed for the tests. */
export interface ManifestTools {
  DEV_URL: string;
  ROOT: string;
  addinUrl(pkg?: unknown): string;
  productionManifest(xml: string, baseUrl: string): string;
  schemaProblems(file: string): string[];
  builtProblems(xml: string, dist: string, baseUrl: string): string[];
  pngSize(file: string): { width: number; height: number } | undefined;
}

// eslint-disable-next-line @typescript-eslint/no-require-imports -- a CommonJS script, loaded as webpack.config.js loads it
export const manifest = require("../../scripts/manifest.js") as ManifestTools;
