import type { Opinion } from '@/lib/compare/state';

/** "Opinion 2" or "Opinion 2: Dr Rivera": numbered by position, named when a name was typed. */
export function opinionLabel(opinion: Opinion, index: number): string {
  const name = opinion.name.trim();
  return name ? `Opinion ${index + 1}: ${name}` : `Opinion ${index + 1}`;
}
