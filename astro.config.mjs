// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { satteri } from '@astrojs/markdown-satteri';
import sitemap from '@astrojs/sitemap';
import { pagefindIntegration } from './src/integrations/pagefind.mjs';
import { normaliseBase } from './src/lib/base-path.mjs';
import { siteUrl } from './src/lib/site-url.mjs';

// The public address of the site, used for the sitemap and canonical links.
// Override with SITE_URL when deploying somewhere else.
const site = siteUrl();
// The path the site lives under: / at a domain's root, or a portal's sub-path (专栏) such
// as /zt/zlyd/. Every URL the site writes starts with it (src/lib/paths.ts).
const base = normaliseBase(process.env.SITE_BASE);

/** @param {string} page */
const inSitemap = (page) => /^(\d{4}\/.*|search\/|editions\/)?$/.test(new URL(page).pathname.slice(base.length));

export default defineConfig({
  site,
  base,
  output: 'static',
  trailingSlash: 'always',
  // HTML-aware compression, lossless for the text. Astro 7's default ('jsx') drops the
  // space between a line's end and an element on the next line (`1. 深入` → `1.深入`), and
  // the plan is reproduced verbatim (tests/site/pages/order-and-spacing.test.ts).
  compressHTML: true,
  // scripts/build.mjs points this at a staging folder, so a failed build never
  // leaves a half-written dist/ behind.
  outDir: process.env.QM_OUT_DIR ?? './dist',
  // Tests that build bad content in parallel each keep their own cache.
  cacheDir: process.env.QM_CACHE_DIR ?? './node_modules/.astro',
  build: {
    format: 'directory',
    // Stylesheets as files, never inline: one cached request, and a strict CSP.
    inlineStylesheets: 'never',
  },
  markdown: {
    // The source is reproduced verbatim: no smart quotes, no autolinked URLs. Astro's own
    // Markdown processor; MDX takes these settings from it.
    processor: satteri({ features: { gfm: false, smartPunctuation: false } }),
  },
  // The sitemap lists the site's own pages and every edition's, not the pages that only
  // send old addresses on (src/pages/[...legacy].astro).
  integrations: [mdx(), sitemap({ filter: inSitemap }), pagefindIntegration()],
  vite: {
    build: {
      assetsInlineLimit: 0,
      rolldownOptions: {
        // Astro's own "use astro:head-inject" marker in every MDX file: not ours to act on,
        // and forty such lines would hide a warning that is.
        onwarn(warning, warn) {
          if (warning.code !== 'MODULE_LEVEL_DIRECTIVE') warn(warning);
        },
      },
    },
  },
});
