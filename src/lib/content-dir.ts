// Where the content lives. Tests point QM_CONTENT_DIR at a copy with one bad file in it.
export const contentDir: string = process.env.QM_CONTENT_DIR ?? 'content';
