import react from "@vitejs/plugin-react";
import { defaultClientConditions, defineConfig } from "vite";
import { graphqlDocuments } from "./build/graphql-documents.ts";
import { precompress } from "./build/precompress.ts";

const CHART_LIBRARY =
  /node_modules[\\/](recharts|victory-vendor|d3-[a-z-]+|internmap|@reduxjs|redux|react-redux|reselect|immer|decimal\.js-light|es-toolkit|eventemitter3|clsx|tiny-invariant|use-sync-external-store)[\\/]/;

/**
 * The dashboard is built into web/dist and served by the API server itself; there is no separate dev server. Every
 * page is a chunk of its own (app/routes.tsx), and every text file gets brotli and gzip copies beside it.
 */
export default defineConfig({
  root: import.meta.dirname,
  plugins: [graphqlDocuments(), react(), precompress()],
  // rxjs (under Apollo Client) in its ES2015 build: classes as they are, not the ES5 build and its helpers.
  resolve: { conditions: ["es2015", ...defaultClientConditions] },
  build: {
    // Every browser the dashboard supports preloads modules itself.
    modulePreload: { polyfill: false },
    outDir: "dist",
    emptyOutDir: true,
    sourcemap: false,
    rolldownOptions: {
      // Brotli at quality 11 takes its seconds; that is expected, not a warning.
      checks: { bundlerTimings: false },
      output: {
        codeSplitting: {
          // The chart library and what it alone uses, in one file of its own: loaded with the first page that draws
          // a chart, and kept in the cache across builds that change only the app's own code.
          groups: [{ name: "recharts", test: CHART_LIBRARY, includeDependenciesRecursively: false }],
        },
      },
    },
  },
});
