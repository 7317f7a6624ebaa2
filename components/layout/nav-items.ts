/** The three ways into the guide, shown in the header and on the home page. */
export const SECTIONS = [
  {
    href: '/learn/when-a-second-opinion-helps',
    label: 'Should I get one?',
    blurb: 'See the common reasons people get a second opinion, and which ones fit you.',
  },
  {
    href: '/learn/getting-your-medical-records',
    label: 'Get ready',
    blurb: 'Gather your records, check your cover, and write down what to ask.',
  },
  {
    href: '/learn/after-the-visit',
    label: 'Compare opinions',
    blurb: 'Weigh what two or three doctors said, and decide what to do next.',
  },
] as const;

export const NAV_ITEMS = [...SECTIONS, { href: '/learn', label: 'Learn' }] as const;
