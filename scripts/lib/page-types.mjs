// @ts-check
/**
 * One page of each kind the site publishes: the quality tests and the benches visit these.
 * The search page is opened with a query, so it shows results once search is built.
 */
export const searchQuery = '电动自行车';

/** @type {{ name: string; path: string }[]} */
export const pageTypes = [
  { name: 'home', path: '/' },
  { name: 'notice', path: '/2024/notice/' },
  { name: 'plan', path: '/2024/plan/' },
  { name: 'item', path: '/2024/items/12/' },
  { name: 'categories', path: '/2024/categories/' },
  { name: 'category', path: '/2024/categories/key-sectors/' },
  { name: 'units', path: '/2024/units/' },
  { name: 'unit', path: '/2024/units/market-regulation/' },
  // In the page types' edition, which stays searchable by year once a later one is current.
  { name: 'search', path: `/search/?q=${encodeURIComponent(searchQuery)}&year=2024` },
  { name: 'slogans', path: '/2024/slogans/' },
  { name: 'report', path: '/2024/report/' },
  { name: 'history', path: '/2024/history/' },
];

/** The edition the page types' /2024/… URLs belong to: the newest, also shown at /. */
export const currentEdition = '2024';

/** The list of every edition (往年), shared by all editions: worth a look once there are several. */
export const editionsPageType = { name: 'editions', path: '/editions/' };

/**
 * The same page types in another edition (a past one, in a build with several editions:
 * scripts/lib/generate-content.ts generateEditions): its home /<year>/ and its pages at
 * /<year>/…, named `item (2023)`. The site's home and search are shared, so not repeated.
 * @param {string} year
 * @returns {{ name: string; path: string }[]}
 */
export function editionPageTypes(year) {
  const prefix = `/${currentEdition}/`;
  return [
    { name: `edition home (${year})`, path: `/${year}/` },
    ...pageTypes
      .filter((p) => p.path.startsWith(prefix))
      .map((p) => ({ name: `${p.name} (${year})`, path: `/${year}/${p.path.slice(prefix.length)}` })),
  ];
}

/** Chromium's flags, as in tests/helpers/browser.ts: no calls to hosts this network refuses. */
export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const chromiumFlags = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
