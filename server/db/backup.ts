import Database from "better-sqlite3";
import { existsSync } from "node:fs";

/**
 * An online, consistent copy of the SQLite database through SQLite's backup API (better-sqlite3 `backup`): it can
 * run while the server is writing, and the copy is a snapshot of one moment. The copy is then checked with
 * `PRAGMA integrity_check`.
 */
export async function backupDatabase(source: string, target: string): Promise<{ pages: number; integrity: string }> {
  if (!existsSync(source)) throw new Error(`No database at ${source}.`);
  if (existsSync(target)) throw new Error(`${target} exists already; choose a new file.`);
  const db = new Database(source, { fileMustExist: true, timeout: 5000 });
  try {
    const progress = await db.backup(target);
    const copy = new Database(target, { readonly: true, fileMustExist: true });
    try {
      const integrity = String(copy.pragma("integrity_check", { simple: true }));
      return { pages: progress.totalPages, integrity };
    } finally {
      copy.close();
    }
  } finally {
    db.close();
  }
}
