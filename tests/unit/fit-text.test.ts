import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { countMessage, cutMessage, fitText } from '@/lib/fit-text';

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

describe('the messages', () => {
  it('say what was kept and that the rest was not saved', () => {
    expect(cutMessage(3000, 100)).toBe(
      'Only the first 3,000 characters were kept. The other 100 characters were not saved.',
    );
    expect(cutMessage(80, 1)).toBe(
      'Only the first 80 characters were kept. The other 1 character was not saved.',
    );
  });

  it('count characters only near the limit, as GOV.UK does', () => {
    expect(countMessage(0, 3000)).toBeNull();
    expect(countMessage(2249, 3000)).toBeNull();
    expect(countMessage(2250, 3000)).toBe('You have 750 characters remaining');
    expect(countMessage(2999, 3000)).toBe('You have 1 character remaining');
    expect(countMessage(3000, 3000)).toBe('You have 0 characters remaining');
    expect(countMessage(305, 300)).toBe('You have 5 characters too many');
  });
});
