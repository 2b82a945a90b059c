import react from '@vitejs/plugin-react';
import { defineConfig, loadEnv } from 'vite';
import { contentSecurityPolicyPlugin, securityHeaders } from './build/content-security-policy.ts';

export default defineConfig(({ mode }) => {
  // The same VITE_… settings the console is built with (env files, then the process environment).
  const env: Record<string, string | undefined> = { ...loadEnv(mode, process.cwd(), 'VITE_'), ...process.env, MODE: mode };
  return {
    plugins: [react(), contentSecurityPolicyPlugin(env)],
    // Source maps only when asked (VITE_SOURCEMAP=1): the live build would otherwise ship the whole source.
    build: { target: 'es2022', sourcemap: env.VITE_SOURCEMAP === '1', chunkSizeWarningLimit: 1500 },
    server: { port: 5173, strictPort: true },
    // `vite preview` serves the built console with the headers a host must add (docs/security.md).
    preview: { port: 5173, strictPort: true, headers: securityHeaders(env) },
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
  };
});
