'use client';

import { useTranslations } from 'next-intl';
import type { ResolvedDetails } from '@/lib/letters/details';
import type { LetterKind } from '@/lib/letters/state';
import type { Perspective } from './use-letters';

export interface LetterText {
  subject: string;
  body: string;
}

/** Lines with empty groups dropped; a group is a paragraph, kept together, with one blank line between groups. */
const join = (groups: (string | false | null | undefined)[][]) =>
  groups
    .map((lines) =>
      lines.filter((line): line is string => typeof line === 'string' && line !== '').join('\n'),
    )
    .filter(Boolean)
    .join('\n\n');

/** Builds each letter from the details, in the page's language and worded for who it is for. */
export function useLetterText() {
  const t = useTranslations('letters');
  return (kind: LetterKind, perspective: Perspective, d: ResolvedDetails): LetterText => {
    const name = d.yourName.trim();
    const patientName = perspective === 'self' ? name : d.patientName.trim();
    const patient =
      perspective === 'child'
        ? patientName
          ? t('who.child', { name: patientName })
          : t('who.childUnnamed')
        : patientName || t('who.otherUnnamed');
    const blank = t('blank');
    const doctor = d.firstDoctor.trim();
    const contact = d.contact.trim();
    const role =
      perspective === 'child'
        ? t('letter.parent', { patient: patientName || t('who.childUnnamed') })
        : perspective === 'other'
          ? t('letter.carer', { patient: patientName || t('who.otherUnnamed') })
          : '';

    if (kind === 'first-doctor') {
      const sendTo = d.sendTo.trim();
      return {
        subject: t('letter.first.subject', { perspective, patient }),
        body: join([
          [doctor ? t('letter.greeting', { doctor }) : t('letter.greetingNone')],
          [t('letter.first.intro', { perspective, patient }), t('letter.first.normal', { perspective })],
          sendTo
            ? [t('letter.first.sendTo', { perspective }), sendTo]
            : [t('letter.first.sendCopies', { perspective })],
          [perspective === 'other' && t('letter.first.permission')],
          [contact && t('letter.contact', { contact }), t('letter.first.thanks')],
          [t('letter.closing'), name, role],
        ]),
      };
    }

    if (kind === 'records-request') {
      const from = d.from.trim();
      const to = d.to.trim();
      const sendTo = d.sendTo.trim();
      const other = d.otherRecords.trim();
      const dates =
        from && to
          ? t('letter.records.dates', { from, to })
          : from
            ? t('letter.records.datesFrom', { from })
            : to
              ? t('letter.records.datesTo', { to })
              : t('letter.records.datesAll');
      return {
        subject: t('letter.records.subject'),
        body: join([
          [t('letter.records.to', { office: doctor || t('letter.records.officeNone') })],
          [
            t('letter.records.patient', { name: patientName || blank }),
            t('letter.records.birth', { date: d.birthDate.trim() || blank }),
          ],
          [t('letter.records.ask', { perspective })],
          [
            t('letter.records.which'),
            ...d.records.map(
              (record) =>
                `- ${record === 'other' && other ? t('letter.records.otherNamed', { what: other }) : t(`records.${record}`)}`,
            ),
          ],
          [
            dates,
            d.format
              ? t('letter.records.format', { format: t(`letter.records.formats.${d.format}`) })
              : t('letter.records.formatNone'),
          ],
          sendTo ? [t('letter.records.sendTo'), sendTo] : [t('letter.records.sendToMe')],
          [t('letter.records.right', { perspective })],
          [perspective === 'other' && t('letter.records.permission')],
          [t('letter.records.fee')],
          [t('letter.records.thanks')],
          [
            t('letter.records.signature', { line: blank }),
            t('letter.records.name', { name: name || blank }),
            perspective === 'child' && t('letter.records.relation', { relation: t('letter.records.parent') }),
            perspective === 'other' && t('letter.records.relation', { relation: blank }),
            t('letter.records.date', { line: blank }),
            t('letter.records.contact', { contact: contact || blank }),
          ],
        ]),
      };
    }

    const section = (heading: string, value: string) => (value.trim() ? [heading, value.trim()] : []);
    const questions = d.questions
      .split('\n')
      .map((line) => line.trim())
      .filter(Boolean)
      .map((line, index) => `${index + 1}. ${line}`)
      .join('\n');
    return {
      subject: t('letter.summary.subject'),
      body: join([
        [t('letter.summary.title', { perspective })],
        [
          patientName && t('letter.summary.patient', { name: patientName }),
          d.birthDate.trim() && t('letter.summary.birth', { date: d.birthDate.trim() }),
          doctor && t('letter.summary.firstDoctor', { doctor }),
        ],
        section(t('letter.summary.diagnosis'), d.diagnosis),
        section(t('letter.summary.plan'), d.plan),
        section(t('letter.summary.medicines'), d.medicines),
        section(t('letter.summary.tests'), d.tests),
        section(t('letter.summary.questions', { perspective }), questions),
        [
          name &&
            (perspective === 'child'
              ? t('letter.summary.byParent', { name })
              : perspective === 'other'
                ? t('letter.summary.byCarer', { name })
                : t('letter.summary.by', { name })),
          contact,
        ],
        [t('letter.summary.note', { perspective })],
      ]),
    };
  };
}
