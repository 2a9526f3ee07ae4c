import { describe, expect, it } from "vitest";
import { preparedSql } from "../../../server/db/prepared.ts";

describe("preparedSql", () => {
  it("numbers named parameters for PostgreSQL in order of first use, a repeated one bound once", () => {
    const sql = preparedSql(
      "SELECT * FROM client c WHERE c.id = :clientId AND (c.therapist_id = :scopeUserId OR c.user_id = :scopeUserId)",
    );
    expect(sql.names).toEqual(["clientId", "scopeUserId"]);
    expect(sql.postgres).toBe("SELECT * FROM client c WHERE c.id = $1 AND (c.therapist_id = $2 OR c.user_id = $2)");
    expect(sql.sqlite).toBe(sql.text);
  });

  it("names a statement by its text: the same text the same name, another text another", () => {
    const a = preparedSql("SELECT 1 WHERE :a = :a");
    expect(preparedSql("SELECT 1 WHERE :a = :a").postgresName).toBe(a.postgresName);
    expect(preparedSql("SELECT 2 WHERE :a = :a").postgresName).not.toBe(a.postgresName);
    expect(a.postgresName).toMatch(/^fu_[0-9a-f]{24}$/);
  });
});
