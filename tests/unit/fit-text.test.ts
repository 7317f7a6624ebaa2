import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fitText } from '@/lib/fit-text';

describe('fitText', () => {
  it('leaves text within the limit as it is', () => {
    expect(fitText('', 5)).toEqual({ text: '', cut: 0 });
    expect(fitText('abcde', 5)).toEqual({ text: 'abcde', cut: 0 });
  });

  it('keeps the first characters of longer text and counts the rest', () => {
    expect(fitText('x'.repeat(3100), 3000)).toEqual({ text: 'x'.repeat(3000), cut: 100 });
    expect(fitText('abcdef', 5)).toEqual({ text: 'abcde', cut: 1 });
  });

  it('never splits an emoji in half', () => {
    // '😀' is two UTF-16 units; the limit falls between them.
    expect(fitText('ab😀c', 3)).toEqual({ text: 'ab', cut: 3 });
    expect(fitText('ab😀c', 4)).toEqual({ text: 'ab😀', cut: 1 });
  });

  it('keeps a prefix within the limit and accounts for every character (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), fc.integer({ min: 1, max: 50 }), (value, max) => {
        const { text, cut } = fitText(value, max);
        expect(value.startsWith(text)).toBe(true);
        expect(text.length).toBeLessThanOrEqual(max);
        expect(text.length + cut).toBe(value.length);
        expect(text.length).toBeGreaterThanOrEqual(Math.min(value.length, max - 1));
      }),
    );
  });
});
