import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";
import { graphqlDocuments } from "./build/graphql-documents.ts";
import { precompress } from "./build/precompress.ts";

/**
 * The dashboard is built into web/dist and served by the API server itself; there is no separate dev server. Every
 * page is a chunk of its own (app/routes.tsx), and every text file gets brotli and gzip copies beside it.
 */
export default defineConfig({
  root: import.meta.dirname,
  plugins: [graphqlDocuments(), react(), precompress()],
  build: {
    outDir: "dist",
    emptyOutDir: true,
    sourcemap: false,
  },
});
