'use client';

import Link from 'next/link';
import { useEffect, useRef, useState } from 'react';
import { ConfirmAction } from '@/components/ui/confirm-action';
import { buttonClass } from '@/components/ui/styles';
import { guideData } from '@/lib/guide/data';
import { type FlowRules, hrefOf, resumeView } from '@/lib/guide/flow';
import { GUIDE_START } from '@/lib/guide/paths';
import { type Locale, localePath } from '@/lib/i18n/locales';
import { deviceStorage, readStored } from '@/lib/storage/safe-storage';
import { ResumePanel } from './resume-panel';

/** The words, given by the server page: the home page carries no messages runtime. */
export interface ResumeWords {
  heading: string;
  saved: string;
  carryOn: string;
  deleted: string;
  startAgain: { button: string; question: string; detail: string; confirm: string; cancel: string };
}

export interface HomeResumeProps {
  locale: Locale;
  /** What routing needs of each question, to find the first one still open. */
  rules: FlowRules;
  words: ResumeWords;
}

/** Reads the saved answers and offers the way back in, or Start again (which asks first). */
export function HomeResumePanel({ locale, rules, words }: HomeResumeProps) {
  // Only ever mounted in the browser (HomeResume loads it after looking), so storage can be read at once.
  const [href] = useState(() => {
    const read = readStored(guideData, deviceStorage.get(guideData.key));
    // Answers from a newer version of the guide, or none that can be read: nothing to carry on with.
    if (read.kind !== 'read' || !guideData.holdsData(read.state)) return null;
    return localePath(locale, GUIDE_START) + hrefOf(resumeView(rules, read.state));
  });
  const [deleted, setDeleted] = useState(false);
  const status = useRef<HTMLParagraphElement>(null);

  useEffect(() => {
    // The box and its buttons are gone: focus goes to what replaced them, not to the page's body.
    if (deleted) status.current?.focus();
  }, [deleted]);

  if (deleted)
    return (
      <p
        ref={status}
        role="status"
        tabIndex={-1}
        className="no-print mt-8 max-w-prose border-l-8 border-brand bg-pale p-5"
      >
        {words.deleted}
      </p>
    );
  if (!href) return null;
  const { startAgain } = words;
  return (
    <ResumePanel heading={words.heading} saved={words.saved}>
      {/* Shown only to someone with saved answers, so never fetched ahead: a request must not tell who has some. */}
      <Link href={href} prefetch={false} className={buttonClass}>
        {words.carryOn}
      </Link>
      <ConfirmAction
        buttonText={startAgain.button}
        question={startAgain.question}
        detail={startAgain.detail}
        confirmText={startAgain.confirm}
        cancelText={startAgain.cancel}
        level={3}
        onConfirm={() => {
          deviceStorage.remove(guideData.key);
          setDeleted(true);
        }}
      />
    </ResumePanel>
  );
}
