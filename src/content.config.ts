import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { docsSchema, i18nSchema } from '@astrojs/starlight/schema';
import { chapterSchema } from './lib/content/chapter-schema';

// Every page lives in content/: the home page, references, and content/chapters/*.mdx.
// A chapter carries a `chapter` block; its summary doubles as the page's meta description.
const docs = defineCollection({
  loader: glob({ base: './content', pattern: '**/[^_]*.{md,mdx}' }),
  schema: docsSchema({ extend: z.object({ chapter: chapterSchema.optional() }) }),
});

// Starlight's UI strings, with our few English overrides, live beside the pages.
const i18n = defineCollection({
  loader: glob({ base: './content/i18n', pattern: '*.json' }),
  schema: i18nSchema(),
});

export const collections = { docs, i18n };
