import { screen, within } from '@testing-library/react';
import { renderIntl } from '../setup/intl';
import { expect, it } from 'vitest';
import { SourceList } from '@/components/learn/source-list';

const sources = [
  {
    id: 'study',
    citation: 'Author A. A study. A Journal. 2017;1(2):3–4.',
    year: 2017,
    kind: 'Study of 10 patients',
    supports: 'Opinions often change.',
  },
  { id: 'handout', citation: 'A handout.', year: null, kind: 'Short handout', supports: 'Asking is normal.' },
];

it('lists each source once, linked to its entry on /sources, with the kind of document', () => {
  renderIntl(<SourceList sources={sources} locale="en" />);
  const region = screen.getByRole('region', { name: 'Sources' });
  const items = within(region).getAllByRole('listitem');
  expect(items).toHaveLength(2);
  expect(within(items[0]!).getByRole('link')).toHaveAttribute('href', '/sources#study');
  // The year is in the full reference already, so it is not repeated.
  expect(within(items[0]!).getByRole('link')).toHaveTextContent(
    /^Author A. A study. A Journal. 2017;1\(2\):3–4$/,
  );
  expect(items[0]).toHaveTextContent('Study of 10 patients');
  expect(items[1]).toHaveTextContent('Short handout');
  expect(items[1]).not.toHaveTextContent(/Undated|Unsigned/);
  expect(within(region).getByRole('link', { name: 'See every source' })).toHaveAttribute('href', '/sources');
});

it('renders nothing when there are no sources', () => {
  const { container } = renderIntl(<SourceList sources={[]} locale="en" />);
  expect(container).toBeEmptyDOMElement();
});

it('links to the Spanish sources page on Spanish pages, marking English references as English', () => {
  renderIntl(<SourceList sources={sources} locale="es" />, { locale: 'es' });
  const region = screen.getByRole('region', { name: 'Fuentes' });
  const first = within(region).getAllByRole('link')[0]!;
  expect(first).toHaveAttribute('href', '/es/sources#study');
  expect(first).toHaveAttribute('lang', 'en');
  expect(within(region).getByRole('link', { name: 'Vea todas las fuentes' })).toHaveAttribute(
    'href',
    '/es/sources',
  );
});
