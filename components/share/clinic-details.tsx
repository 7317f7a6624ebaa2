import type { Clinic } from '@/lib/share/clinic';

/** A sentence with one blank, as the words before and after it: ["Shared by ", ""]. */
export type Blank = readonly [before: string, after: string];

/** The words of the "Shared by" box, given as props so pages do not need a messages runtime for it. */
export interface ClinicDetailsWords {
  /** "Shared by …": the clinic's name goes in the blank. */
  sharedBy: Blank;
  /** "For records requests: …": the contact line goes in the blank. */
  records: Blank;
  private: string;
  hide: string;
}

const MARK = '\uE000';
/** Fills a message's one argument with a mark and cuts it there, so typed text is never parsed as a message. */
export const toBlank = (text: string): Blank => {
  const [before = '', after = ''] = text.split(MARK);
  return [before, after];
};
/** The argument value that `toBlank` cuts at. */
export const BLANK_MARK = MARK;

interface ClinicProps {
  clinic: Clinic;
  words: ClinicDetailsWords;
  /** Without it, no Hide button (the clinic kit's preview). */
  onHide?: () => void;
}

/** "Shared by <clinic>": typed text shown as text, never as HTML. */
export function ClinicDetails({ clinic, words, onHide }: ClinicProps) {
  return (
    <section
      aria-label={sharedByLabel(clinic, words)}
      className="mb-8 max-w-prose border-l-8 border-brand bg-pale p-4"
    >
      <p className="text-lg">
        <SharedBy clinic={clinic} words={words} />
      </p>
      <ClinicMore clinic={clinic} words={words} onHide={onHide} />
    </section>
  );
}

/** The box's name: "Shared by Riverside Clinic". */
export const sharedByLabel = (clinic: Clinic, { sharedBy: [before, after] }: ClinicDetailsWords) =>
  `${before}${clinic.name}${after}`;

/** "Shared by" and the clinic's name, strong. */
export function SharedBy({ clinic, words }: { clinic: Clinic; words: ClinicDetailsWords }) {
  const [before, after] = words.sharedBy;
  return (
    <>
      {before}
      {/* dir="auto" on typed text: a name in a right-to-left script keeps its own direction. */}
      <strong dir="auto" className="break-words">
        {clinic.name}
      </strong>
      {after}
    </>
  );
}

/** Everything after the name: the contact line, the note, the privacy line and Hide (what a phone folds away). */
export function ClinicMore({ clinic, words, onHide }: ClinicProps) {
  const [recordsBefore, recordsAfter] = words.records;
  return (
    <>
      {clinic.contact && (
        <p className="mt-1 break-words">
          {recordsBefore}
          <span dir="auto">{clinic.contact}</span>
          {recordsAfter}
        </p>
      )}
      {clinic.note && (
        <p dir="auto" className="mt-1 whitespace-pre-wrap break-words">
          {clinic.note}
        </p>
      )}
      <p className="mt-2 text-base text-ink-muted">{words.private}</p>
      {onHide && (
        <button type="button" className="no-print mt-2 text-base text-brand underline" onClick={onHide}>
          {words.hide}
        </button>
      )}
    </>
  );
}
