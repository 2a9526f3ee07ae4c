import { Initial1764288000000 } from "./1764288000000-initial.ts";
import { Rollups1764633600000 } from "./1764633600000-rollups.ts";
import { SignInAttempts1764806400000 } from "./1764806400000-sign-in-attempts.ts";

/** Applied in order by `openDatabase`; never edit one that has shipped, add a new one. */
export const POSTGRES_MIGRATIONS = [Initial1764288000000, Rollups1764633600000, SignInAttempts1764806400000];
