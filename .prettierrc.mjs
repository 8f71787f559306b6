// Prettier (npm run format / npm run format:check). Matches the code as written: single
// quotes, semicolons, trailing commas, 2 spaces. 140 columns: of the widths tried
// (80–180) it changes the fewest files; many of the code's lines are long on purpose.
/** @type {import('prettier').Config} */
export default {
  singleQuote: true,
  printWidth: 140,
  plugins: ['prettier-plugin-astro'],
  overrides: [
    {
      files: '*.astro',
      options: {
        parser: 'astro',
        // astro.config.mjs sets compressHTML: true; this tells the plugin which spaces the
        // compiler keeps, so reformatting never changes the page's text (its default, 'jsx',
        // would move words onto new lines and so drop or add spaces between them).
        astroCompressHTML: 'html',
      },
    },
  ],
};
