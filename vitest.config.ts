import { defineConfig } from "vitest/config";

const shared = {
  setupFiles: ["test/helpers/setup.ts"],
  testTimeout: 30_000,
  hookTimeout: 120_000,
  pool: "forks" as const,
};

/**
 * Everything runs on SQLite, the default engine. When TEST_DATABASE_URL names a PostgreSQL database, the whole API
 * suite runs a second time against it, each test server in a schema of its own.
 */
export default defineConfig({
  test: {
    reporters: ["default", "./test/helpers/plain-summary-reporter.ts"],
    projects: [
      {
        test: {
          ...shared,
          name: "sqlite",
          include: ["test/unit/**/*.test.ts", "test/api/**/*.test.ts", "test/e2e/**/*.test.ts"],
        },
      },
      ...(process.env.TEST_DATABASE_URL
        ? [
            {
              test: {
                ...shared,
                name: "postgres",
                include: ["test/api/**/*.test.ts"],
                env: { TEST_ENGINE: "postgres" },
              },
            },
          ]
        : []),
    ],
  },
});
