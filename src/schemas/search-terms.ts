import { z } from 'astro/zod';
import { slug, text, textList } from './fields';

const names = () =>
  textList(0, '名称')
    .optional()
    .transform((list) => list ?? []);

/**
 * The search vocabulary, shared by every edition: content/search-terms.yaml. What people
 * type, mapped to the site's words: unit names the plan does not use (formal, former,
 * colloquial), everyday synonyms, question and filler words, and the key terms whose
 * pinyin the build generates. src/lib/search-vocabulary.ts compiles it for the browser;
 * the search index build checks that every target is in the index.
 */
export const searchTermsSchema = z.object({
  fillers: textList(0, '词语'),
  particles: textList(0, '字'),
  districtPrefixes: textList(0, '写法'),
  units: z
    .array(
      z.object({
        id: slug(),
        formal: names(),
        former: names(),
        colloquial: names(),
      }),
    )
    .optional()
    .transform((list) => list ?? []),
  synonyms: z
    .array(z.object({ words: textList(1, '词语'), target: text() }))
    .optional()
    .transform((list) => list ?? []),
  keyTerms: textList(0, '词语'),
});

export type SearchTermsData = z.infer<typeof searchTermsSchema>;
