/**
 * The Digital Agency's design tokens reach the browser as only those the site uses.
 * src/styles/global.css imports @digital-go-jp/design-tokens' tokens.css whole (200 custom
 * properties, 1.8 KB gzipped); this PostCSS step, run by Vite on each stylesheet after its
 * @imports are inlined, drops every token that nothing in that stylesheet reads, directly
 * or through another custom property. The values themselves are never touched, so the
 * package stays the one source of every colour, size and radius.
 */
import type { AstroIntegration } from 'astro';

/** The little of PostCSS's API this step needs (PostCSS itself comes with Vite). */
interface Declaration {
  prop: string;
  value: string;
  source?: { input?: { file?: string } };
  parent?: { nodes?: unknown[]; remove(): void };
  remove(): void;
}
interface StyleRoot {
  walkDecls(callback: (declaration: Declaration) => void): void;
}

const TOKENS_PACKAGE = '@digital-go-jp/design-tokens';
const VAR = /var\(\s*(--[\w-]+)/g;

const isToken = (declaration: Declaration) =>
  declaration.prop.startsWith('--') && (declaration.source?.input?.file ?? '').split(/[\\/]/).join('/').includes(`/${TOKENS_PACKAGE}/`);

const references = (value: string) => [...value.matchAll(VAR)].map((match) => match[1]!);

/** Removes the package's custom properties that no other declaration reads (transitively). */
export function pruneTokens(root: StyleRoot): void {
  const tokens = new Map<string, Declaration[]>();
  const wanted = new Set<string>();
  root.walkDecls((declaration) => {
    if (isToken(declaration)) tokens.set(declaration.prop, [...(tokens.get(declaration.prop) ?? []), declaration]);
    else for (const name of references(declaration.value)) wanted.add(name);
  });
  const queue = [...wanted];
  while (queue.length > 0) {
    for (const declaration of tokens.get(queue.pop()!) ?? []) {
      for (const name of references(declaration.value)) if (!wanted.has(name)) (wanted.add(name), queue.push(name));
    }
  }
  for (const [name, declarations] of tokens) {
    if (wanted.has(name)) continue;
    for (const declaration of declarations) {
      const rule = declaration.parent;
      declaration.remove();
      if (rule && rule.nodes?.length === 0) rule.remove();
    }
  }
}

export function designTokens(): AstroIntegration {
  return {
    name: 'policy-design-tokens',
    hooks: {
      'astro:config:setup': ({ updateConfig }) => {
        // PostCSS hands OnceExit its Root; only the few members above are used.
        const plugin = { postcssPlugin: 'prune-design-tokens', OnceExit: (root: unknown) => pruneTokens(root as StyleRoot) };
        updateConfig({ vite: { css: { postcss: { plugins: [plugin] } } } });
      },
    },
  };
}
