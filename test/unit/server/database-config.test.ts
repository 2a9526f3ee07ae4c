import { describe, expect, it } from "vitest";
import { ConfigError, loadConfig } from "../../../server/config.ts";

describe("database settings", () => {
  it("uses SQLite with no replicas and no schema unless told otherwise", () => {
    const config = loadConfig({});
    expect(config.databaseUrl).toBeNull();
    expect(config.replicaUrls).toEqual([]);
    expect(config.databaseSchema).toBeNull();
  });

  it("reads the primary, the replicas (comma-separated, blanks dropped) and the schema", () => {
    const config = loadConfig({
      DATABASE_URL: "postgres://app@primary/followup",
      DATABASE_REPLICA_URLS: " postgres://app@replica-1/followup, ,postgresql://app@replica-2/followup ",
      DATABASE_SCHEMA: "followup_2",
    });
    expect(config.databaseUrl).toBe("postgres://app@primary/followup");
    expect(config.replicaUrls).toEqual(["postgres://app@replica-1/followup", "postgresql://app@replica-2/followup"]);
    expect(config.databaseSchema).toBe("followup_2");
  });

  it("refuses a replica that is not a postgres:// URL, naming the setting", () => {
    expect(() => loadConfig({ DATABASE_REPLICA_URLS: "postgres://a/b,mysql://c/d" })).toThrow(ConfigError);
    expect(() => loadConfig({ DATABASE_REPLICA_URLS: "mysql://c/d" })).toThrow(/DATABASE_REPLICA_URLS/);
  });

  it.each(["Followup", "public; DROP TABLE client", 'a"b', "1abc", "x".repeat(64), "a-b"])(
    "refuses the schema name %j",
    (value) => {
      expect(() => loadConfig({ DATABASE_SCHEMA: value })).toThrow(ConfigError);
      expect(() => loadConfig({ DATABASE_SCHEMA: value })).toThrow(/DATABASE_SCHEMA/);
    },
  );

  it("accepts a schema name of 63 characters, PostgreSQL's longest", () => {
    expect(loadConfig({ DATABASE_SCHEMA: "s".repeat(63) }).databaseSchema).toBe("s".repeat(63));
  });
});
