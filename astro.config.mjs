// @ts-check
import { defineConfig } from 'astro/config';
import sitemap from '@astrojs/sitemap';
import { siteConfig } from './src/site.config.ts';
import { siteConfigCheck } from './src/integrations/site-config.ts';
import { devSearchIndex } from './src/integrations/dev-search-index.ts';
import { contentPreview } from './src/integrations/content-preview.ts';
import { designTokens } from './src/integrations/design-tokens.ts';
import mdx from '@astrojs/mdx';

export default defineConfig({
  site: siteConfig.url,
  trailingSlash: 'always',
  build: { format: 'directory' },
  // Revisions are rendered by the content loader (src/loaders/content.ts), not by Astro's
  // Markdown pipeline. Nothing else may add inline styles: the CSP forbids them.
  markdown: { syntaxHighlight: false },
  integrations: [siteConfigCheck(), designTokens(), mdx(), sitemap(), devSearchIndex(), contentPreview({ contentDir: siteConfig.contentDir })],
  server: { host: '127.0.0.1', port: 4321 },
  // Scripts always ship as files, never inline, so the Content-Security-Policy can forbid inline script.
  vite: {
    build: {
      assetsInlineLimit: 0,
    },
    // The malformed-content fixtures hold symlink loops on purpose: watching them would print
    // ELOOP errors to every preview. Test output is rebuilt, never edited.
    server: { watch: { ignored: ['**/tests/fixtures/content-rules/**', '**/tests/.output/**'] } },
    // The packages the pages' scripts reach, bundled when the preview starts: found one by one
    // on a first visit instead, each find would reload the page a staff member is looking at.
    optimizeDeps: {
      include: ['budoux', 'diff', 'docx', 'fflate', 'github-slugger', 'hast-util-to-html', 'mdast-util-to-hast', 'mdast-util-to-string', 'remark-gfm', 'remark-mdx', 'remark-parse', 'unified', 'unist-util-visit', 'yaml', 'zod'],
    },
  },
  devToolbar: { enabled: false },
});
