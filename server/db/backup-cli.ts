import path from "node:path";
import { ConfigError, loadConfig } from "../config.ts";
import { backupDatabase } from "./backup.ts";

/** `npm run backup -- <file>`: a consistent copy of DATABASE_PATH, safe while the server runs. */
async function main(): Promise<void> {
  const target = process.argv[2];
  if (!target || target.startsWith("-")) {
    console.error("Usage: npm run backup -- <backup file>");
    process.exit(2);
  }
  const { databasePath } = loadConfig();
  const result = await backupDatabase(databasePath, path.resolve(target));
  console.log(
    `Backed up ${databasePath} to ${path.resolve(target)}: ${result.pages} pages, integrity ${result.integrity}.`,
  );
  if (result.integrity !== "ok") process.exit(1);
}

main().catch((error: unknown) => {
  console.error(
    error instanceof ConfigError
      ? `Configuration error: ${error.message}`
      : `Backup failed: ${(error as Error).message}`,
  );
  process.exit(1);
});
