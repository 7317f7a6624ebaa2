import fs from 'node:fs';
import path from 'node:path';
import matter from 'gray-matter';
import { describe, expect, it } from 'vitest';
import { contentText, fernandezHuerta } from '@/lib/content';
import { spanishSyllables } from '@/lib/content/readability';

const SPANISH = path.join(process.cwd(), 'content', 'es');
const MIN_EASE = 70;

function files(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    return entry.isDirectory() ? files(full) : entry.name.endsWith('.md') ? [full] : [];
  });
}

// Optional filter for translators: ES_FILES=content/es/articles npx vitest run tests/unit/content-readability-es.test.ts
const only = process.env.ES_FILES;
const scored = files(SPANISH)
  .sort()
  .filter((file) => !only || path.relative(process.cwd(), file).startsWith(only))
  .map((file) => {
    const { data, content } = matter(fs.readFileSync(file, 'utf8'), {});
    return { name: path.relative(process.cwd(), file), ...fernandezHuerta(contentText(data, content)) };
  });

describe('plain Spanish (Fernández-Huerta)', () => {
  it('has Spanish content to check', () => {
    expect(scored.length).toBeGreaterThan(0);
  });

  it.each(scored.map((entry) => [entry.name, entry] as const))(
    '%s scores 70 or more ("fairly easy"), frontmatter included',
    (name, { score, words }) => {
      expect(words, `${name} has no prose`).toBeGreaterThan(0);
      expect(score, `${name} scores ${score}, below ${MIN_EASE}`).toBeGreaterThanOrEqual(MIN_EASE);
    },
  );

  it('reports the median and the hardest files', () => {
    const scores = scored.map((entry) => entry.score).sort((a, b) => a - b);
    const mid = Math.floor(scores.length / 2);
    const median = scores.length % 2 ? scores[mid]! : (scores[mid - 1]! + scores[mid]!) / 2;
    console.log(
      `Fernández-Huerta median of ${scores.length} Spanish files: ${median.toFixed(1)}. Hardest: ${[...scored]
        .sort((a, b) => a.score - b.score)
        .slice(0, 5)
        .map((entry) => `${entry.name} ${entry.score}`)
        .join(', ')}`,
    );
    expect(median).toBeGreaterThanOrEqual(MIN_EASE);
  });
});

describe('the Fernández-Huerta formula', () => {
  it('counts Spanish syllables, with diphthongs, hiatus and silent u', () => {
    expect(spanishSyllables('médico')).toBe(3);
    expect(spanishSyllables('opinión')).toBe(3);
    expect(spanishSyllables('seguro')).toBe(3);
    expect(spanishSyllables('día')).toBe(2);
    expect(spanishSyllables('teatro')).toBe(3);
    expect(spanishSyllables('quiere')).toBe(2);
    expect(spanishSyllables('hoy')).toBe(1);
    expect(spanishSyllables('y')).toBe(1);
    expect(spanishSyllables('pingüino')).toBe(3);
  });

  it('scores short plain sentences high and long dense ones low', () => {
    expect(fernandezHuerta('Su hijo está bien. Hable con el médico. Pida una copia.').score).toBeGreaterThan(
      80,
    );
    const dense =
      'La consulta multidisciplinaria institucional incrementa considerablemente la reclasificación diagnóstica en poblaciones heterogéneas, independientemente de las limitaciones metodológicas.';
    expect(fernandezHuerta(dense).score).toBeLessThan(40);
  });
});
