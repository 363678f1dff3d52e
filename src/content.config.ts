/**
 * Astro's content layer, fed from the content model (src/lib/content) by one loader:
 * the registry and every revision, checked and rendered, as one entry.
 */
import { defineCollection } from 'astro:content';
import { z } from 'astro/zod';
import { siteConfig } from './site.config.ts';
import { contentLoader, type LoadedContent } from './loaders/content.ts';

const content = defineCollection({
  loader: contentLoader({ contentDir: siteConfig.contentDir }),
  // The model has already checked every field; this only gives the entry its type.
  schema: z.custom<LoadedContent>(() => true),
});

export const collections = { content };
