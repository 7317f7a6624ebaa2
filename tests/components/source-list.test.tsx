import { render, screen, within } from '@testing-library/react';
import { expect, it } from 'vitest';
import { SourceList } from '@/components/learn/source-list';

const sources = [
  { id: 'study', citation: 'Author A. A study. A Journal.', year: 2017, supports: 'Opinions often change.' },
  { id: 'handout', citation: 'A handout.', year: null, supports: 'Asking is normal.' },
];

it('lists each source with its year, or says it is undated, and what it supports', () => {
  render(<SourceList sources={sources} />);
  const region = screen.getByRole('region', { name: 'Sources' });
  const items = within(region).getAllByRole('listitem');
  expect(items).toHaveLength(2);
  expect(items[0]).toHaveTextContent('Author A. A study. A Journal. 2017.');
  expect(items[1]).toHaveTextContent('A handout. Undated.');
  expect(items[1]).toHaveTextContent('What it tells us: Asking is normal.');
});

it('renders nothing when there are no sources', () => {
  const { container } = render(<SourceList sources={[]} />);
  expect(container).toBeEmptyDOMElement();
});
