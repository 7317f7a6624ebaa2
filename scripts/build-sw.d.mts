// Types for the post-build step, so the unit tests can import it.
export interface PrecacheEntry {
  url: string;
  revision: string | null;
}
export function pageRoute(relative: string): string | null;
export function serverEntries(dir: string): PrecacheEntry[];
export function staticEntries(out: string): PrecacheEntry[];
export function buildServiceWorker(
  entries: PrecacheEntry[],
  outfile: string,
): Promise<{ bytes: number; gzip: number }>;
