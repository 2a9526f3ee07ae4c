import "reflect-metadata";
import { ConfigError, loadConfig } from "../config.ts";
import { createDataSource, openDatabase } from "../db/data-source.ts";
import { ADMIN_USAGE, EXIT_FAILURE, EXIT_USAGE, runAdminCommand } from "./admin-commands.ts";

/**
 * `npm run admin -- <command>`: the operator's commands (create-clinic, invite, reset-password, list-staff) on the
 * configured database, the one the server uses (DATABASE_PATH or DATABASE_URL).
 */
async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  if (argv.length === 0) {
    console.error(ADMIN_USAGE);
    process.exitCode = EXIT_USAGE;
    return;
  }
  const config = loadConfig();
  const dataSource = await openDatabase(createDataSource(config));
  try {
    process.exitCode = await runAdminCommand(argv, {
      dataSource,
      baseUrl: config.publicUrl ?? `http://localhost:${config.port}`,
      out: (line) => console.log(line),
      err: (line) => console.error(line),
    });
  } finally {
    await dataSource.destroy();
  }
}

main().catch((error: unknown) => {
  console.error(
    error instanceof ConfigError
      ? `Configuration error: ${error.message}`
      : `The command failed: ${(error as Error).message}`,
  );
  process.exitCode = EXIT_FAILURE;
});
