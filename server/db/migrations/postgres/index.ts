import { Initial1764288000000 } from "./1764288000000-initial.ts";
import { Rollups1764633600000 } from "./1764633600000-rollups.ts";
import { RecordKeys1764806400000 } from "./1764806400000-record-keys.ts";
import { SignInAttempts1764892800000 } from "./1764892800000-sign-in-attempts.ts";
import { StaffAccounts1764979200000 } from "./1764979200000-staff-accounts.ts";
import { Invitations1765065600000 } from "./1765065600000-invitations.ts";
import { TwoFactor1765152000000 } from "./1765152000000-two-factor.ts";
import { CaseClosing1765238400000 } from "./1765238400000-case-closing.ts";
import { RecordCorrections1765324800000 } from "./1765324800000-record-corrections.ts";
import { CheckIns1765411200000 } from "./1765411200000-check-ins.ts";

/** Applied in order by `openDatabase`; never edit one that has shipped, add a new one. */
export const POSTGRES_MIGRATIONS = [
  Initial1764288000000,
  Rollups1764633600000,
  RecordKeys1764806400000,
  SignInAttempts1764892800000,
  StaffAccounts1764979200000,
  Invitations1765065600000,
  TwoFactor1765152000000,
  CaseClosing1765238400000,
  RecordCorrections1765324800000,
  CheckIns1765411200000,
];
