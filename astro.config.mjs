// @ts-check
import { defineConfig } from 'astro/config';
import sitemap from '@astrojs/sitemap';
import { unified } from '@astrojs/markdown-remark';
import rehypeExternalLinks from 'rehype-external-links';
import { siteConfig } from './src/site.config.ts';
import { policyRemarkPlugins } from './src/lib/markdown.ts';
import { contentRules } from './src/integrations/content-rules.ts';
import { devSearchIndex } from './src/integrations/dev-search-index.ts';

export default defineConfig({
  site: siteConfig.url,
  trailingSlash: 'always',
  build: { format: 'directory' },
  markdown: {
    // Renders the revisions (src/loaders/revisions.ts) in the policies' one dialect: MDX syntax with
    // GFM without single-tilde strikethrough. Legal text is carried over verbatim: no smart quotes,
    // no syntax highlighting (it would add inline styles). External links carry rel="noopener
    // noreferrer" (no Referer leaves the portal) and open in the same tab: unannounced new windows
    // disorient screen-reader and mobile readers.
    syntaxHighlight: false,
    processor: unified({
      gfm: false, smartypants: false, remarkPlugins: policyRemarkPlugins,
      rehypePlugins: [[rehypeExternalLinks, { rel: ['noopener', 'noreferrer'] }]],
    }),
  },
  integrations: [
    contentRules({ contentDir: siteConfig.contentDir, buildDate: siteConfig.buildDate }),
    sitemap(),
    devSearchIndex(),
  ],
  server: { host: '127.0.0.1', port: 4321 },
  // Scripts always ship as files, never inline, so the Content-Security-Policy can forbid inline script.
  vite: {
    build: {
      assetsInlineLimit: 0,
    },
  },
  devToolbar: { enabled: false },
});
