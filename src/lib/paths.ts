/** Every URL of the site in one place, so links and pages cannot drift apart. */
export const paths = {
  home: '/',
  notice: '/notice/',
  plan: '/plan/',
  items: '/items/',
  item: (number: number) => `/items/${number}/`,
  categories: '/categories/',
  category: (id: string) => `/categories/${id}/`,
  units: '/units/',
  unit: (id: string) => `/units/${id}/`,
  search: '/search/',
  slogans: '/slogans/',
  report: '/report/',
} as const;
