// @ts-check
import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';
import { unified } from '@astrojs/markdown-remark';
import remarkMath from 'remark-math';
import rehypeKatex from 'rehype-katex';
import { remarkEquations, katexOptions } from './src/lib/markdown/remark-equations.ts';
import { rehypeMathSearch } from './src/lib/markdown/rehype-math-search.ts';
import { rehypeMathFonts } from './src/lib/markdown/rehype-math-fonts.ts';
import { rehypePaperRefs } from './src/lib/markdown/rehype-paper-refs.ts';
import { sidebar } from './src/lib/site/sidebar.ts';
import { katexWoff2Only } from './src/lib/site/katex-woff2-only.ts';
import { starlightTocSwap } from './src/lib/site/starlight-toc-swap.ts';
import { offlineReading } from './src/scripts/offline/integration.ts';
import { contentSecurityPolicy } from './src/scripts/csp/integration.ts';
import { addressNotice, parseSiteUrl } from './src/lib/site/address.ts';
import { fileURLToPath } from 'node:url';

// Courses host copies under a sub-path: BASE_PATH=/courses/resnet/ npm run build.
const base = process.env.BASE_PATH ?? '/';
// The public address (SITE_URL=https://host, the host only): the PDF cover, citations, sitemap,
// canonical links and embed snippets use it. Without it they print site paths (src/lib/site/address.ts).
const site = parseSiteUrl(process.env.SITE_URL);

// Embed pages (components/EmbedLayout.astro) use Starlight's base styles without its page layout;
// the package does not export those files, so the alias points at its installed style folder.
const starlightStyle = fileURLToPath(new URL('./style/', import.meta.resolve('@astrojs/starlight')));

export default defineConfig({
  ...(site ? { site } : {}),
  base,
  trailingSlash: 'always',
  markdown: {
    // Astro 7's default processor ignores remark/rehype plugins; unified() runs them,
    // for .md and (through Starlight's MDX) for .mdx alike.
    processor: unified({
      remarkPlugins: [remarkMath, remarkEquations],
      rehypePlugins: [[rehypeKatex, { ...katexOptions }], rehypeMathFonts, rehypeMathSearch, [rehypePaperRefs, { base }]],
    }),
  },
  vite: {
    plugins: [katexWoff2Only(), starlightTocSwap(fileURLToPath(new URL('./src/islands/toc-tracker.ts', import.meta.url)))],
    resolve: { alias: { '~starlight-style': starlightStyle } },
    build: {
      // tfjs is one large chunk by nature; it is only fetched when a lab or measurement starts.
      chunkSizeWarningLimit: 2000,
      rolldownOptions: {
        // Astro's own MDX output starts with a "use astro:head-inject" directive that the bundler
        // reports once per page; Astro handles it, so the notice is noise, not ours to fix.
        onwarn(warning, warn) {
          if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && warning.message.includes('astro:head-inject')) return;
          warn(warning);
        },
      },
    },
  },
  integrations: [
    {
      name: 'site-address',
      hooks: {
        'astro:build:start': ({ logger }) => {
          const notice = addressNotice(site);
          if (notice) logger.warn(notice);
        },
      },
    },
    // Starlight registers @astrojs/mdx itself; adding mdx() here as well breaks the build.
    starlight({
      title: 'ResNet, Explained',
      description:
        'Ten chapters on He et al.’s two ResNet papers, with build-time math, figures and live training labs.',
      favicon: '/favicon.svg',
      customCss: [
        'katex/dist/katex.min.css',
        './src/styles/site.css',
        './src/styles/tokens.css',
        './src/styles/charts.css',
        './src/styles/figure-controls.css',
        './src/styles/figure-panel.css',
        './src/styles/copy-links.css',
        './src/styles/buttons.css',
        './src/styles/touch-targets.css',
        './src/styles/print.css',
      ],
      sidebar,
      lastUpdated: false,
      pagination: true,
      tableOfContents: { minHeadingLevel: 2, maxHeadingLevel: 3 },
      // Our pages live in ./content, not src/content/docs: let Starlight's heading anchors and
      // asides run there too.
      markdown: { processedDirs: ['./content'] },
      routeMiddleware: './src/route-data.ts',
      components: {
        SkipLink: './components/starlight/SkipLink.astro',
        PageTitle: './components/starlight/PageTitle.astro',
        MarkdownContent: './components/starlight/MarkdownContent.astro',
        Search: './components/starlight/Search.astro',
        Footer: './components/starlight/Footer.astro',
      },
    }),
    // After Starlight (its Pagefind index reads the pages first), before anything that fingerprints
    // the final HTML: hashes the inline scripts and styles, writes _headers, nginx files and the meta policy.
    contentSecurityPolicy(),
    // Last: writes sw.js and its precache manifest from the finished files. Any integration that
    // rewrites the built HTML (the security policy's) must come before it: a precached page's
    // revision has to be that of the page as served.
    offlineReading(),
  ],
});
