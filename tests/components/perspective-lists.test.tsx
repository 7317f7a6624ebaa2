import { screen } from '@testing-library/react';
import { act } from 'react';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { guideStore } from '@/components/guide/guide-store';
import { SHARED_PARTS, type SharedContent } from '@/components/share/shared-parts';
import { getContent } from '@/lib/content';
import type { Perspective } from '@/lib/engine';
import { EMPTY_GUIDE } from '@/lib/guide/state';
import type { Locale } from '@/lib/i18n/locales';
import { EMPTY_PREPARE } from '@/lib/prepare/state';
import { renderIntl } from '../setup/intl';

// Store updates outside React events are wrapped in act().
(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const SharedPrepare = SHARED_PARTS.prepare.View;

function renderShared(perspective: Perspective | null, locale: Locale = 'en') {
  act(() => guideStore.getState().replace({ ...EMPTY_GUIDE, perspective }));
  const content = { checklists: getContent(locale).checklists } as SharedContent;
  return renderIntl(<SharedPrepare data={EMPTY_PREPARE} content={content} />, { locale });
}

beforeAll(() => {
  act(() => guideStore.start());
});
afterEach(() => {
  act(() => guideStore.getState().reset());
});

describe('a shared checklist, worded for the viewer', () => {
  it('speaks of "your child" when the viewer said the guide is for a child', () => {
    renderShared('child');
    expect(
      screen.getByText('A list of every medicine your child takes, with the dose and how often', {
        exact: false,
      }),
    ).toBeVisible();
    expect(screen.queryByText(/\byou take\b/)).not.toBeInTheDocument();
  });

  it('speaks of "the person you care for" for a caregiver', () => {
    renderShared('other');
    expect(
      screen.getByText(
        'A list of every medicine the person you care for takes, with the dose and how often',
        { exact: false },
      ),
    ).toBeVisible();
  });

  it('speaks to "you" when the viewer has not said whose care it is', () => {
    renderShared(null);
    expect(
      screen.getByText('A list of every medicine you take, with the dose and how often', { exact: false }),
    ).toBeVisible();
  });

  it('in Spanish, speaks of "su hijo o hija"', () => {
    renderShared('child', 'es');
    expect(
      screen.getByText(
        'Una lista de todas las medicinas que toma su hijo o hija, con la dosis y cada cuánto',
        { exact: false },
      ),
    ).toBeVisible();
  });
});
