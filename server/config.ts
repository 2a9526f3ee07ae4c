import { readFileSync } from "node:fs";
import path from "node:path";
import { DEFAULT_SESSION_POLICY, type SessionPolicy } from "./auth/auth.service.ts";
import type { RequireMfa } from "./auth/sign-in-step.ts";
import { DEFAULT_RULES, resolveRules, type ClinicalRules } from "./measures/rules.ts";
import { DEFAULT_PROGRESS_CACHE_MB } from "./progress/progress-cache.ts";

export type NodeEnv = "development" | "production" | "test";

export interface Config {
  nodeEnv: NodeEnv;
  host: string;
  port: number;
  /** SQLite file of the embedded default. */
  databasePath: string;
  /** postgres://… selects PostgreSQL instead of SQLite. */
  databaseUrl: string | null;
  /** PostgreSQL schema holding the tables (DATABASE_SCHEMA); null for the database's default search path. */
  databaseSchema: string | null;
  /** Read replicas for PostgreSQL (comma-separated URLs in DATABASE_REPLICA_URLS). */
  replicaUrls: string[];
  /** Seed the demo clinic when the database is empty. */
  seedDemo: boolean;
  demoSeed: number;
  sessionPolicy: SessionPolicy;
  /** Clinical thresholds (docs/clinical.md defaults, optionally overridden from CLINICAL_RULES_FILE). */
  rules: ClinicalRules;
  /** Express "trust proxy": false (default), true, a hop count, or addresses such as "loopback". */
  trustProxy: boolean | number | string;
  /** Folder with the built web app (index.html and assets). */
  webRoot: string;
  /**
   * The address people reach the dashboard at (https://followup.example.org), for the invitation addresses the
   * server hands out; null to take it from each request (or http://localhost:PORT on the command line).
   */
  publicUrl: string | null;
  /** Megabytes of serialised progress documents kept between reads (PROGRESS_CACHE_MB); 0 keeps none. */
  progressCacheMb: number;
}

export class ConfigError extends Error {
  override name = "ConfigError";
}

const ROOT = path.resolve(import.meta.dirname, "..");

function integer(env: NodeJS.ProcessEnv, name: string, fallback: number, min: number, max: number): number {
  const raw = env[name];
  if (raw === undefined || raw === "") return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new ConfigError(`${name} must be a whole number from ${min} to ${max}; got "${raw}".`);
  }
  return value;
}

function flag(env: NodeJS.ProcessEnv, name: string, fallback: boolean): boolean {
  const raw = env[name];
  if (raw === undefined || raw === "") return fallback;
  if (/^(1|true|yes)$/i.test(raw)) return true;
  if (/^(0|false|no)$/i.test(raw)) return false;
  throw new ConfigError(`${name} must be true or false; got "${raw}".`);
}

function rulesFrom(env: NodeJS.ProcessEnv): ClinicalRules {
  const file = env.CLINICAL_RULES_FILE;
  if (!file) return DEFAULT_RULES;
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(file, "utf8"));
  } catch (error) {
    throw new ConfigError(`CLINICAL_RULES_FILE "${file}" could not be read as JSON: ${(error as Error).message}`);
  }
  try {
    return resolveRules(parsed);
  } catch (error) {
    throw new ConfigError(`CLINICAL_RULES_FILE "${file}": ${(error as Error).message}`);
  }
}

function postgresUrl(_env: NodeJS.ProcessEnv, name: string, raw: string | undefined): string | null {
  if (!raw) return null;
  if (!/^postgres(ql)?:\/\//.test(raw)) throw new ConfigError(`${name} must be a postgres:// URL.`);
  return raw;
}

function schemaFrom(raw: string | undefined): string | null {
  if (!raw) return null;
  // A plain identifier: it goes into the search_path of every connection as it is.
  if (!/^[a-z_][a-z0-9_]{0,62}$/.test(raw)) {
    throw new ConfigError(
      `DATABASE_SCHEMA must be a plain schema name (lower-case letters, digits and _, at most 63); got "${raw}".`,
    );
  }
  return raw;
}

function trustProxyFrom(raw: string | undefined): boolean | number | string {
  if (raw === undefined || raw === "" || /^(0|false|no)$/i.test(raw)) return false;
  if (/^(true|yes)$/i.test(raw)) return true;
  if (/^\d+$/.test(raw)) return Number(raw);
  if (/^[\w.:/, -]+$/.test(raw)) return raw;
  throw new ConfigError(
    `TRUST_PROXY must be true, false, a number of hops or addresses such as "loopback"; got "${raw}".`,
  );
}

function requireMfaFrom(raw: string | undefined, nodeEnv: NodeEnv): RequireMfa {
  if (raw === undefined || raw === "") return nodeEnv === "production" ? "staff" : "off";
  if (raw === "staff" || raw === "off") return raw;
  throw new ConfigError(`REQUIRE_MFA must be staff or off; got "${raw}".`);
}

function publicUrlFrom(raw: string | undefined): string | null {
  if (!raw) return null;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new ConfigError(`PUBLIC_URL must be an address such as https://followup.example.org; got "${raw}".`);
  }
  if (!["http:", "https:"].includes(url.protocol) || url.search || url.hash || url.username || url.password) {
    throw new ConfigError(`PUBLIC_URL must be a plain http:// or https:// address; got "${raw}".`);
  }
  return url.href.replace(/\/+$/, "");
}

/** Environment → typed configuration. A bad value stops start-up with a message naming the variable. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const nodeEnv = (env.NODE_ENV ?? "development") as NodeEnv;
  if (!["development", "production", "test"].includes(nodeEnv)) {
    throw new ConfigError(`NODE_ENV must be development, production or test; got "${nodeEnv}".`);
  }
  return {
    nodeEnv,
    host: env.HOST || "0.0.0.0",
    port: integer(env, "PORT", 4000, 0, 65535),
    databasePath: path.resolve(ROOT, env.DATABASE_PATH || "data/followup.db"),
    databaseUrl: postgresUrl(env, "DATABASE_URL", env.DATABASE_URL),
    databaseSchema: schemaFrom(env.DATABASE_SCHEMA),
    replicaUrls: (env.DATABASE_REPLICA_URLS ?? "")
      .split(",")
      .map((url) => url.trim())
      .filter(Boolean)
      .map((url) => postgresUrl(env, "DATABASE_REPLICA_URLS", url)!),
    // Demo accounts have a published password: never seed them in production unless explicitly asked.
    seedDemo: flag(env, "SEED_DEMO", nodeEnv !== "production"),
    demoSeed: integer(env, "DEMO_SEED", 20261126, 0, 2 ** 31 - 1),
    sessionPolicy: {
      idleTimeoutMinutes: integer(env, "SESSION_IDLE_MINUTES", DEFAULT_SESSION_POLICY.idleTimeoutMinutes, 1, 24 * 60),
      absoluteLifetimeHours: integer(
        env,
        "SESSION_MAX_HOURS",
        DEFAULT_SESSION_POLICY.absoluteLifetimeHours,
        1,
        24 * 30,
      ),
      // Staff (therapists, supervisors, admins) enrol a second factor at their first sign-in; on in production.
      requireMfa: requireMfaFrom(env.REQUIRE_MFA, nodeEnv),
    },
    rules: rulesFrom(env),
    trustProxy: trustProxyFrom(env.TRUST_PROXY),
    webRoot: path.resolve(ROOT, env.WEB_ROOT || "web/dist"),
    publicUrl: publicUrlFrom(env.PUBLIC_URL),
    progressCacheMb: integer(env, "PROGRESS_CACHE_MB", DEFAULT_PROGRESS_CACHE_MB, 0, 65_536),
  };
}
