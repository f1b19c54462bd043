import { defineConfig } from 'vite';

// The dashboard is served by the ChatNation server at the site root; the
// production bundle is written straight into the Maven module's classes so
// that the web jar carries it as dashboard/index.html + dashboard/assets/*.
export default defineConfig({
  base: '/',
  esbuild: { jsx: 'automatic' },
  build: {
    outDir: 'target/classes/dashboard',
    emptyOutDir: true,
    assetsDir: 'assets',
    sourcemap: false,
  },
  server: {
    // `npm run dev` talks to a locally running server.
    proxy: { '/api': 'http://localhost:8080' },
  },
});
