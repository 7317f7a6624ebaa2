/** The three ways into the guide, shown in the header and on the home page; words in common.nav. */
export const SECTIONS = [
  { href: '/guide', key: 'guide' },
  { href: '/prepare', key: 'prepare' },
  { href: '/compare', key: 'compare' },
] as const;

export const NAV_ITEMS = [...SECTIONS, { href: '/learn', key: 'learn' }] as const;
