import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

export default defineConfig({
  plugins: [react()],
  build: { target: 'es2022', sourcemap: true, chunkSizeWarningLimit: 1500 },
  server: { port: 5173, strictPort: true },
  preview: { port: 5173, strictPort: true },
  // Pre-bundle everything up front so the dev server never reloads the page in the middle of a run.
  optimizeDeps: {
    include: [
      'react',
      'react-dom/client',
      'react-router',
      '@azure/msal-browser',
      '@azure/msal-react',
      '@fluentui/react-components',
      '@fluentui/react-icons',
      '@microsoft/microsoft-graph-client',
      '@tanstack/react-query',
    ],
  },
});
