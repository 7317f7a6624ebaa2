import { screen } from '@testing-library/react';
import { renderIntl as render } from '../setup/intl';
import { describe, expect, it } from 'vitest';
import { IconArray } from '@/components/ui/icon-array';
import { Figure } from '@/components/learn/figure';
import { SectionSources, shortCitation } from '@/components/ui/section-sources';

const filledCells = (svg: Element) =>
  [...svg.querySelectorAll('rect')].filter((r) => r.getAttribute('fill') !== 'none');

describe('IconArray', () => {
  it.each([0, 21, 100])('is one image of 100 squares with exactly %i filled, named in words', (count) => {
    render(<IconArray count={count} label="got a clearly different diagnosis." />);
    const image = screen.getByRole('img', {
      name: `${count} out of 100 filled: got a clearly different diagnosis. ${100 - count} out of 100 empty.`,
    });
    expect(image.querySelectorAll('rect')).toHaveLength(100);
    expect(filledCells(image)).toHaveLength(count);
    // Filled and empty squares differ in shape (solid or outline), not only in colour.
    for (const rect of image.querySelectorAll('rect')) expect(rect).toHaveAttribute('stroke', 'currentColor');
  });
});

describe('Figure', () => {
  const source = {
    id: 'van-such-2017',
    citation: 'Van Such M, Lohr R. Extent of diagnostic agreement. A Journal. 2017;23(4):870–874.',
    year: 2017,
    kind: 'Study',
    supports: 'About 21 out of 100.',
  };

  it('shows the words, a picture of the count, what it meant and a link to its source', () => {
    render(
      <Figure
        locale="en"
        figure={{
          id: 'different',
          count: 21,
          says: 'About 21 out of 100 got a clearly different diagnosis.',
          meaning: 'This is what the new doctors concluded.',
          source,
          article: 'what-is-a-second-opinion',
        }}
      />,
    );
    const figure = screen.getByRole('figure');
    expect(figure).toHaveTextContent('About 21 out of 100 got a clearly different diagnosis.');
    expect(filledCells(screen.getByRole('img', { name: /^21 out of 100 filled/ }))).toHaveLength(21);
    expect(figure).toHaveTextContent('This is what the new doctors concluded.');
    expect(screen.getByRole('link', { name: 'Van Such and colleagues, 2017' })).toHaveAttribute(
      'href',
      '/sources#van-such-2017',
    );
  });

  it('gives a range in words and draws no picture for it', () => {
    render(
      <Figure
        locale="en"
        figure={{
          id: 'range',
          range: [10, 62],
          says: 'About 10 to 62 out of 100 second opinions led to a major change.',
          meaning: 'The studies did not show if health got better.',
          source,
          article: 'what-is-a-second-opinion',
        }}
      />,
    );
    expect(screen.queryByRole('img')).toBeNull();
    expect(screen.getByRole('figure')).toHaveTextContent('lowest and the highest');
  });
});

describe('SectionSources', () => {
  const cited = [
    { id: 'a', citation: 'Meyer AND, Singh H. A program. A Journal.', year: 2015 },
    { id: 'b', citation: 'When and How to Seek a Second Opinion.', year: null },
    { id: 'a', citation: 'Meyer AND, Singh H. A program. A Journal.', year: 2015 },
  ];

  it('folds each distinct source once into a numbered list linking to /sources', () => {
    const { container } = render(<SectionSources sources={cited} />);
    const details = container.querySelector('details')!;
    expect(details).not.toHaveAttribute('open');
    expect(details.querySelector('summary')).toHaveTextContent('Sources for this section (2)');
    const links = [...details.querySelectorAll('ol > li a')];
    expect(links.map((a) => [a.textContent, a.getAttribute('href')])).toEqual([
      ['Meyer AND, Singh H. A program. A Journal (2015)', '/sources#a'],
      ['When and How to Seek a Second Opinion', '/sources#b'],
    ]);
  });

  it('names what the sources are for, and shows nothing without sources', () => {
    const { container, rerender } = render(<SectionSources sources={cited} what="questions" />);
    expect(container.querySelector('summary')).toHaveTextContent('Sources for these questions (2)');
    rerender(<SectionSources sources={[]} />);
    expect(container).toBeEmptyDOMElement();
  });

  it('shortens a reference to its first author, or to its title when it has none', () => {
    expect(shortCitation({ citation: 'Légaré F, et al. Are you SURE? A Journal.', year: 2010 })).toBe(
      'Légaré and colleagues, 2010',
    );
    expect(
      shortCitation({
        citation: 'Is It Time for a Second Opinion? Healthy Living, May 11, 2021.',
        year: 2021,
      }),
    ).toBe('Is It Time for a Second Opinion? Healthy Living, May 11, 2021');
    expect(
      shortCitation({ citation: 'Getting a second opinion before surgery. Medicare.gov.', year: null }),
    ).toBe('Getting a second opinion before surgery');
  });
});
