import react from '@vitejs/plugin-react';
import type { HtmlTagDescriptor, Plugin } from 'vite';
import { defineConfig } from 'vite';

/**
 * The page's entry (renderer/src/main.tsx) sends the start-up calls and then imports the app
 * (mount.tsx). Listing the app's chunks in index.html as module preloads lets the browser fetch
 * them with the entry instead of after it has run.
 */
function preloadApp(): Plugin {
  return {
    name: 'clusterwire-preload-app',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(_html, ctx) {
        const chunks = Object.values(ctx.bundle ?? {}).filter((c) => c.type === 'chunk');
        const app = chunks.find((c) => c.facadeModuleId?.endsWith('/renderer/src/mount.tsx'));
        if (!app) return [];
        const entries = new Set(chunks.filter((c) => c.isEntry).map((c) => c.fileName));
        const scripts = [app.fileName, ...app.imports.filter((f) => !entries.has(f))];
        // Its stylesheet too; Vite's loader finds it in the page and does not load it twice.
        const styles = [...(app.viteMetadata?.importedCss ?? [])];
        const link = (rel: string, file: string): HtmlTagDescriptor => ({
          tag: 'link',
          attrs: { rel, crossorigin: true, href: `./${file}` },
          injectTo: 'head',
        });
        return [
          ...scripts.map((f) => link('modulepreload', f)),
          ...styles.map((f) => link('stylesheet', f)),
        ];
      },
    },
  };
}

export default defineConfig({
  root: 'renderer',
  base: './',
  plugins: [react(), preloadApp()],
  build: {
    outDir: '../dist/renderer',
    emptyOutDir: true,
    sourcemap: true,
    chunkSizeWarningLimit: 1500,
  },
});
