// Types for the post-build step, so the unit tests can import it.
export function policy(hashes: string[]): string;
export function metaPolicy(hashes: string[]): string;
export function headerPolicy(): string;
export function inlineScriptHashes(html: string): string[];
export function withMetaPolicy(html: string, value: string): string;
export function headersFile(): string;
export function policies(
  appDir: string,
  notFoundFile: string,
): { pages: Map<string, string>; fallback: string };
export function writeStaticExport(out: string): number;
