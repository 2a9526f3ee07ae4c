import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";

/** The dashboard is built into web/dist and served by the API server itself; there is no separate dev server. */
export default defineConfig({
  root: import.meta.dirname,
  plugins: [react()],
  build: {
    outDir: "dist",
    emptyOutDir: true,
    sourcemap: false,
    chunkSizeWarningLimit: 1200,
  },
});
