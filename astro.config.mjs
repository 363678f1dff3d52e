// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { unified } from '@astrojs/markdown-remark';
import remarkGfm from 'remark-gfm';
import rehypeExternalLinks from 'rehype-external-links';
import { siteConfig } from './src/site.config.ts';
import { gfmOptions } from './src/lib/markdown.ts';
import { contentRules } from './src/integrations/content-rules.ts';
import { pagefindIndex } from './src/integrations/pagefind.ts';

export default defineConfig({
  site: siteConfig.url,
  trailingSlash: 'always',
  build: { format: 'directory' },
  markdown: {
    // Legal text is carried over verbatim: no smart quotes, and GFM without single-tilde strikethrough.
    // External links carry rel="noopener noreferrer" (no Referer leaves the portal) and open in the
    // same tab: unannounced new windows disorient screen-reader and mobile readers.
    processor: unified({
      gfm: false, smartypants: false, remarkPlugins: [[remarkGfm, gfmOptions]],
      rehypePlugins: [[rehypeExternalLinks, { rel: ['noopener', 'noreferrer'] }]],
    }),
  },
  integrations: [
    contentRules({ contentDir: siteConfig.contentDir, buildDate: siteConfig.buildDate }),
    mdx(),
    sitemap(),
    pagefindIndex(),
  ],
  server: { host: '127.0.0.1', port: 4321 },
  // Scripts always ship as files, never inline, so the Content-Security-Policy can forbid inline script.
  vite: {
    build: {
      assetsInlineLimit: 0,
      rollupOptions: {
        // Every MDX revision carries Astro's own "use astro:head-inject" directive; the bundler's
        // warning about it is noise (one per revision file) that would bury real warnings.
        onwarn(warning, warn) {
          if (warning.code !== 'MODULE_LEVEL_DIRECTIVE') warn(warning);
        },
      },
    },
  },
  devToolbar: { enabled: false },
});
