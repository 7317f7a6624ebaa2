import { screen } from '@testing-library/react';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { EmergencyNext } from '@/components/guide/emergency-next';
import { SourceEntry } from '@/components/learn/source-entry';
import { EmergencyLine } from '@/components/layout/emergency-line';
import { TelText } from '@/components/ui/tel-text';
import { getContent, getRules } from '@/lib/content';
import { EMERGENCY_ID } from '@/lib/engine';
import { EMPTY_GUIDE } from '@/lib/guide/state';
import type { Locale } from '@/lib/i18n/locales';
import { renderIntl } from '@/tests/setup/intl';

vi.mock('next/navigation', () => ({ useRouter: () => ({ push: vi.fn() }) }));

const urgent = (locale: Locale) => getRules(locale).levels.urgent.summary;

// The crisis line's name holds its number; the name sits beside links that call and text it.
const LINE_NAME = /988 Suicide & Crisis Lifeline|Línea 988/g;

/** Each 911 and 988 on screen that is not inside a link that calls or texts it. */
function bareNumbers(container: HTMLElement): string[] {
  const walker = document.createTreeWalker(container, NodeFilter.SHOW_TEXT);
  const bare: string[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const href = node.parentElement?.closest('a')?.getAttribute('href') ?? '';
    const text = (node.textContent ?? '').replace(LINE_NAME, '');
    if (!/^(tel|sms):/.test(href) && /(?<![\p{L}\p{N}])(911|988)(?![\p{L}\p{N}])/u.test(text))
      bare.push(node.textContent ?? '');
  }
  return bare;
}

beforeAll(() => {
  getRules('en');
  getRules('es');
}, 60_000);

describe('TelText', () => {
  it('makes 911 and 988 links a phone can call, and leaves other numbers as text', () => {
    renderIntl(<TelText text="Call 911 now. In 1988, call 988 or room 9115." />);
    expect(screen.getByRole('link', { name: '911' })).toHaveAttribute('href', 'tel:911');
    expect(screen.getByRole('link', { name: '988' })).toHaveAttribute('href', 'tel:988');
    expect(screen.getAllByRole('link')).toHaveLength(2);
  });
});

describe.each(['en', 'es'] as const)('the emergency view in %s', (locale) => {
  it('has no 911 or 988 a phone cannot call, for a child too', () => {
    const at = {
      view: { kind: 'emergency' as const, change: false },
      state: { ...EMPTY_GUIDE, perspective: 'child' as const, answers: { [EMERGENCY_ID]: 'yes' } },
    };
    const rules = { triggers: [] };
    const { container } = renderIntl(
      <EmergencyNext emergency={{ summary: urgent(locale), html: '' }} at={at} rules={rules} ready />,
      { locale },
    );
    // The summary and the words for a worried parent both name 911, so there is something to check.
    expect(container.querySelectorAll('a[href="tel:911"]').length).toBeGreaterThanOrEqual(3);
    expect(bareNumbers(container)).toEqual([]);
  });
});

describe.each(['en', 'es'] as const)('the 988 source on /sources in %s', (locale) => {
  it('makes the number in what it supports a link', () => {
    const source = getContent(locale).sources.find((s) => s.id === '988-lifeline');
    expect(source?.supports).toMatch(/988/);
    const { container } = renderIntl(
      <ul>
        <SourceEntry source={source!} locale={locale} />
      </ul>,
      { locale },
    );
    expect(container.querySelector('dd a[href="tel:988"]')).not.toBeNull();
    expect(bareNumbers(container)).toEqual([]);
  });
});

describe('the emergency line', () => {
  it('lets the long Spanish name of the 988 line wrap on a narrow phone', () => {
    renderIntl(<EmergencyLine />, { locale: 'es' });
    const name = screen.getByText('(Línea 988 de Prevención del Suicidio y Crisis).');
    expect(name.closest('.whitespace-nowrap')).toBeNull();
    expect(screen.getByRole('link', { name: 'llame al 988' })).toHaveAttribute('href', 'tel:988');
  });
});
