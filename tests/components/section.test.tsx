import { render, screen } from '@testing-library/react';
import { createRef } from 'react';
import { describe, expect, it } from 'vitest';
import { Section } from '@/components/ui/section';

describe('Section', () => {
  it('is a region named by its heading, holding what it wraps', () => {
    render(
      <Section id="next-title" title="What to do next" className="mt-10">
        <p>Call the clinic.</p>
      </Section>,
    );
    const region = screen.getByRole('region', { name: 'What to do next' });
    expect(region).toContainElement(screen.getByText('Call the clinic.'));
    expect(region).toHaveClass('mt-10', 'max-w-prose');
    expect(screen.getByRole('heading', { level: 2, name: 'What to do next' })).not.toHaveAttribute(
      'tabindex',
    );
  });

  it('gives a heading that scripts move focus to a tabindex of -1 and the ref', () => {
    const ref = createRef<HTMLHeadingElement>();
    render(
      <Section id="kit-title" title="Your link" focusable headingRef={ref}>
        <p>Link</p>
      </Section>,
    );
    ref.current?.focus();
    const heading = screen.getByRole('heading', { name: 'Your link' });
    expect(heading).toHaveAttribute('tabindex', '-1');
    expect(heading).toHaveFocus();
  });
});
