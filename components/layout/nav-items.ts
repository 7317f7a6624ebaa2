/** The three ways into the guide, shown in the header and on the home page. */
export const SECTIONS = [
  {
    href: '/guide',
    label: 'Should I get one?',
    blurb: 'Answer a few short questions to see which common reasons for a second opinion fit you.',
  },
  {
    href: '/prepare',
    label: 'Get ready',
    blurb: 'Gather your records, check your cover, and write down what to ask.',
  },
  {
    href: '/compare',
    label: 'Compare opinions',
    blurb: 'Weigh what two or three doctors said, and decide what to do next.',
  },
] as const;

export const NAV_ITEMS = [...SECTIONS, { href: '/learn', label: 'Learn' }] as const;
