// Moved to src/lib/content/collections.ts; kept for src/schemas/json-schema.ts until it imports from there.
export * from './content/collections';
