import { Initial1764115200000 } from "./1764115200000-initial.ts";

/** Applied in order by `openDatabase`; never edit one that has shipped, add a new one. */
export const SQLITE_MIGRATIONS = [Initial1764115200000];
