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
  { name: 'search', path: `/search/?q=${encodeURIComponent(searchQuery)}` },
  { name: 'slogans', path: '/2024/slogans/' },
  { name: 'report', path: '/2024/report/' },
];

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
