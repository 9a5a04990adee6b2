import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// The libs are TypeScript sources, not built packages: point straight at them so the SPA always
// compiles against the current vocabulary and generated API types (the same paths tsconfig.base.json maps).
const fromHere = (relative: string): string => fileURLToPath(new URL(relative, import.meta.url));

export default defineConfig({
  plugins: [react()],
  resolve: {
    alias: {
      '@common-ground/domain': fromHere('../../libs/domain/src/index.ts'),
      '@common-ground/api-client': fromHere('../../libs/api-client/src/index.ts'),
    },
  },
  server: {
    port: 5173,
    proxy: {
      '/api': { target: 'http://localhost:3000', changeOrigin: false },
    },
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    sourcemap: true,
    rolldownOptions: {
      output: {
        // Libraries change far less often than the app: separate chunks stay cached across releases.
        codeSplitting: {
          groups: [
            { name: 'react', test: /node_modules[\\/](react|react-dom|react-router|scheduler|cookie|set-cookie-parser)[\\/]/ },
            { name: 'mantine', test: /node_modules[\\/](@mantine|@floating-ui|react-remove-scroll|react-number-format|clsx)/ },
            { name: 'data', test: /node_modules[\\/](@tanstack|openapi-fetch)[\\/]/ },
          ],
        },
      },
    },
  },
});
