import { describe, expect, it } from 'vitest';
import { EMPTY_COMPARE, updateOpinion } from '@/lib/compare/state';
import { lettersData } from '@/lib/letters/data';
import { prefillDetails, resolveDetails } from '@/lib/letters/details';
import { mailtoHref } from '@/lib/letters/mailto';
import {
  DEFAULT_RECORDS,
  EMPTY_LETTERS,
  type LettersState,
  lettersStateSchema,
  resetLetterText,
  setDetail,
  setLetterText,
  toggleRecord,
} from '@/lib/letters/state';
import { EMPTY_QUESTIONS } from '@/lib/questions/state';
import { readStored, storedText } from '@/lib/storage/safe-storage';

const envelope = (state: unknown, version: unknown = 1) => JSON.stringify({ state, version });
const saved: LettersState = {
  details: { yourName: 'Ana Ruiz', records: ['visit-notes', 'imaging'], format: 'paper' },
  texts: { 'first-doctor': 'Dear Dr. Lee, my own words.' },
};

describe('the letters schema', () => {
  it('accepts what the page saves and nothing else', () => {
    expect(lettersStateSchema.safeParse(saved).success).toBe(true);
    expect(lettersStateSchema.safeParse(EMPTY_LETTERS).success).toBe(true);
    expect(lettersStateSchema.safeParse({ ...saved, extra: 1 }).success).toBe(false);
    expect(lettersStateSchema.safeParse({ details: { records: ['x-rays'] }, texts: {} }).success).toBe(false);
    expect(lettersStateSchema.safeParse({ details: { yourName: 'x'.repeat(121) }, texts: {} }).success).toBe(
      false,
    );
    expect(
      lettersStateSchema.safeParse({ details: { records: ['imaging', 'imaging'] }, texts: {} }).success,
    ).toBe(false);
  });

  it('is never carried by a share link', () => {
    expect('merge' in lettersData).toBe(false);
    expect(lettersData.key).toBe('sog.letters');
  });
});

describe('reading stored letters', () => {
  it('reads what this version wrote', () => {
    expect(readStored(lettersData, storedText(lettersData, saved))).toMatchObject({
      kind: 'read',
      state: saved,
    });
  });

  it('keeps every good part of damaged data and says what was left out', () => {
    const damaged = {
      details: { yourName: 'Ana Ruiz', birthDate: 42, records: ['imaging', 'x-rays'], nickname: 'A' },
      texts: { 'first-doctor': 'Mine', 'records-request': 'y'.repeat(10001) },
      extra: true,
    };
    const read = readStored(lettersData, envelope(damaged));
    expect(read.kind).toBe('read');
    if (read.kind !== 'read') return;
    expect(read.state.details.yourName).toBe('Ana Ruiz');
    expect(read.state.details.birthDate).toBeUndefined();
    // An optional list is kept or left out whole; the page then shows the usual ticks again.
    expect(read.state.details.records).toBeUndefined();
    expect(read.state.texts).toEqual({ 'first-doctor': 'Mine' });
    expect(read.problem?.kind).toBe('partial');
  });

  it('leaves data from a newer version alone, and clears what cannot be read', () => {
    expect(readStored(lettersData, envelope(saved, 2))).toMatchObject({ kind: 'newer' });
    expect(readStored(lettersData, '{not json')).toMatchObject({ kind: 'unreadable' });
    expect(readStored(lettersData, envelope('a letter'))).toMatchObject({ kind: 'unreadable' });
  });
});

describe('letter state', () => {
  it('cuts a detail to its limit instead of dropping it', () => {
    expect(setDetail(EMPTY_LETTERS, 'yourName', 'n'.repeat(200)).details.yourName).toHaveLength(120);
  });

  it('ticks records starting from what the page showed', () => {
    const unticked = toggleRecord(EMPTY_LETTERS, 'imaging');
    expect(unticked.details.records).toEqual(DEFAULT_RECORDS.filter((r) => r !== 'imaging'));
    expect(toggleRecord(unticked, 'other').details.records).toContain('other');
  });

  it('keeps an edited letter until it is reset', () => {
    const edited = setLetterText(EMPTY_LETTERS, 'records-request', 'My words');
    expect(edited.texts['records-request']).toBe('My words');
    expect(resetLetterText(edited, 'records-request').texts).toEqual({});
  });
});

describe('details filled in from the other tools', () => {
  const compare = updateOpinion(
    updateOpinion(EMPTY_COMPARE, 'opinion-1', 'name', 'Dr. Lee'),
    'opinion-1',
    'diagnosis',
    'Gallstones',
  );
  const questions = { ...EMPTY_QUESTIONS, chosen: [{ id: 'bank-1' }, { id: 'own-1', text: 'Can it wait?' }] };
  const prefill = prefillDetails(compare, questions, { 'bank-1': 'What else could it be?' });

  it('takes the first opinion and the chosen questions', () => {
    expect(prefill).toMatchObject({
      firstDoctor: 'Dr. Lee',
      diagnosis: 'Gallstones',
      questions: 'What else could it be?\nCan it wait?',
    });
  });

  it('shows what the person typed over what is filled in, even an emptied field', () => {
    const details = resolveDetails({ diagnosis: '' }, prefill);
    expect(details.diagnosis).toBe('');
    expect(details.firstDoctor).toBe('Dr. Lee');
    expect(details.records).toEqual(DEFAULT_RECORDS);
  });
});

describe('mailtoHref', () => {
  it('encodes the subject and body so they stay text', () => {
    const href = mailtoHref(' office@example.org ', 'Records & more?', 'Line one\nLine two & #3');
    expect(href).toBe(
      'mailto:office@example.org?subject=Records%20%26%20more%3F&body=Line%20one%0D%0ALine%20two%20%26%20%233',
    );
  });

  it('leaves the address empty when there is none', () => {
    expect(mailtoHref('', 'S', 'B')).toBe('mailto:?subject=S&body=B');
  });
});
