import { Initial1764288000000 } from "./1764288000000-initial.ts";

/** Applied in order by `openDatabase`; never edit one that has shipped, add a new one. */
export const POSTGRES_MIGRATIONS = [Initial1764288000000];
