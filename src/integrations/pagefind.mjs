// Placeholder: Pagefind indexing is added with the search feature.
export function pagefindIntegration() {
  return { name: 'quality-month:pagefind', hooks: {} };
}
