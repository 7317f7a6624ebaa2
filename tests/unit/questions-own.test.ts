import { describe, expect, it } from 'vitest';
import {
  addOwnQuestion,
  EMPTY_QUESTIONS,
  MAX_QUESTION_LENGTH,
  questionKey,
  questionTextError,
} from '@/lib/questions/state';

const taken = {
  listed: ['Is it safe to fly?'],
  bank: ['¿Qué otras opciones tengo?', 'What are my options?'],
};

describe('own questions that repeat another', () => {
  it('ignores case, spacing and the marks that open or end a question', () => {
    expect(questionKey('  What   are MY options?? ')).toBe(questionKey('what are my options'));
    expect(questionKey('qué otras opciones tengo')).toBe(questionKey('¿Qué otras opciones tengo?'));
    expect(questionKey('Is it safe to fly?')).not.toBe(questionKey('Is it safe to drive?'));
  });

  it('refuses a question already on the list, and one in the bank, with different codes', () => {
    expect(questionTextError('is it SAFE to fly', undefined, taken)).toBe('duplicate');
    expect(questionTextError('What are my options.', undefined, taken)).toBe('inBank');
    expect(questionTextError('que otras opciones tengo', undefined, taken)).toBeNull();
    expect(questionTextError('Qué otras opciones tengo', undefined, taken)).toBe('inBank');
    expect(questionTextError('Is it safe to drive?', undefined, taken)).toBeNull();
  });

  it('still puts a missing or too-long text first', () => {
    expect(questionTextError('  ', undefined, taken)).toBe('empty');
    expect(questionTextError('x'.repeat(MAX_QUESTION_LENGTH + 1), undefined, taken)).toBe('tooLong');
  });

  it('never adds the same own question twice, whatever page called it', () => {
    const once = addOwnQuestion(EMPTY_QUESTIONS, 'o1', 'Is it safe to fly?');
    expect(questionTextError(' is it safe to fly ', once)).toBe('duplicate');
    expect(addOwnQuestion(once, 'o2', ' is it safe to fly ')).toBe(once);
    expect(addOwnQuestion(once, 'o2', 'Is it safe to drive?').chosen).toHaveLength(2);
  });
});
