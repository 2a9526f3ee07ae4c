import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DataSource } from "typeorm";
import { createSqliteDataSource, openDatabase } from "../../../server/db/data-source.ts";

describe("SQLite database", () => {
  let directory: string;
  let dataSource: DataSource;

  beforeAll(async () => {
    directory = mkdtempSync(path.join(tmpdir(), "follow-up-db-"));
    dataSource = await openDatabase(createSqliteDataSource({ path: path.join(directory, "db.sqlite") }));
  });
  afterAll(async () => {
    await dataSource.destroy();
    rmSync(directory, { recursive: true, force: true });
  });

  it("after the migrations, matches the entities exactly (nothing left for synchronize to do)", async () => {
    const pending = await dataSource.driver.createSchemaBuilder().log();
    expect(pending.upQueries.map((query) => query.query)).toEqual([]);
  });

  it("runs in WAL mode with foreign keys enforced and full sync", async () => {
    expect(await dataSource.query("PRAGMA journal_mode")).toEqual([{ journal_mode: "wal" }]);
    expect(await dataSource.query("PRAGMA foreign_keys")).toEqual([{ foreign_keys: 1 }]);
    expect(await dataSource.query("PRAGMA synchronous")).toEqual([{ synchronous: 2 }]);
    await expect(
      dataSource.query(
        `INSERT INTO client (display_name, therapist_id, clinic_id, intake_date, complaint, age_band) VALUES ('x', 999, 999, '2026-01-01', 'PANIC', 'AGE_25_34')`,
      ),
    ).rejects.toThrow(/FOREIGN KEY/);
  });

  it("indexes every bucket key together with the client id", async () => {
    const indexes = async (table: string) =>
      (await dataSource.query(`SELECT name FROM pragma_index_list('${table}')`)).map(
        async ({ name }: { name: string }) =>
          (await dataSource.query(`SELECT name FROM pragma_index_info('${name}') ORDER BY seqno`))
            .map((c: { name: string }) => c.name)
            .join(","),
      );
    const columns = async (table: string) => Promise.all(await indexes(table));
    expect(await columns("symptom_episode")).toEqual(
      expect.arrayContaining(["client_id,week_start", "client_id,month_start"]),
    );
    expect(await columns("therapy_session")).toEqual(
      expect.arrayContaining(["client_id,week_start", "client_id,occurred_at"]),
    );
    expect(await columns("homework")).toEqual(expect.arrayContaining(["client_id,due_week_start"]));
  });

  it("keeps the audit log append-only", async () => {
    await dataSource.query(
      `INSERT INTO audit_event (actor_user_id, action, client_id, at) VALUES (1, 'READ_CLIENT', 1, '2026-11-20T17:00:00.000Z')`,
    );
    await expect(dataSource.query(`UPDATE audit_event SET action = 'SIGN_IN'`)).rejects.toThrow(/append-only/);
    await expect(dataSource.query(`DELETE FROM audit_event`)).rejects.toThrow(/append-only/);
    expect(await dataSource.query(`SELECT action FROM audit_event`)).toEqual([{ action: "READ_CLIENT" }]);
  });
});
