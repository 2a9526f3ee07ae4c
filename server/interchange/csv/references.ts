import type { EntityManager } from "typeorm";
import { Role } from "../../auth/role.ts";
import { User } from "../../auth/user.entity.ts";
import { Client } from "../../clients/client.entity.ts";
import { Clinic } from "../../clinics/clinic.entity.ts";
import { TherapySession } from "../../sessions/session.entity.ts";

export interface ClientRef {
  id: number;
  therapistId: number;
  clinicId: number;
  userId: number | null;
  timeZone: string;
  /** Rows for the client may not lie before it. */
  intakeDate: string;
}

export interface TherapistRef {
  id: number;
  clinicId: number;
}

/** Ids per IN list: far below both engines' limits on bound values. */
const IDS_PER_QUERY = 500;

/**
 * What rows refer to — clients (with their clinic's timezone), therapists, and sessions by (client, instant) —
 * loaded a batch at a time in a few queries and kept for the run: memory grows with the number of distinct
 * clients a file names, not with its rows. The command line is an operator's tool with database access, so there
 * is no viewer here to scope by; rows may name any client of the database (or of the clinic given to the export).
 */
export class References {
  private readonly clients = new Map<number, ClientRef | null>();
  private readonly therapists = new Map<number, TherapistRef | null>();
  /** Per client: session id by ISO instant of occurred_at. */
  private readonly sessions = new Map<number, Map<string, number>>();

  client(id: number): ClientRef | null {
    return this.clients.get(id) ?? null;
  }

  therapist(id: number): TherapistRef | null {
    return this.therapists.get(id) ?? null;
  }

  sessionAt(clientId: number, occurredAt: Date): number | null {
    return this.sessions.get(clientId)?.get(occurredAt.toISOString()) ?? null;
  }

  async load(
    manager: EntityManager,
    wanted: { clientIds: Iterable<number>; therapistIds?: Iterable<number>; sessionsOf?: Iterable<number> },
  ): Promise<void> {
    const clientIds = [...new Set(wanted.clientIds)].filter((id) => !this.clients.has(id));
    for (const id of clientIds) this.clients.set(id, null);
    for (const ids of chunks(clientIds)) {
      const rows = await manager
        .createQueryBuilder(Client, "c")
        .innerJoin(Clinic, "k", "k.id = c.clinicId")
        .select([
          "c.id AS id",
          "c.therapistId AS therapist_id",
          "c.clinicId AS clinic_id",
          "c.userId AS user_id",
          "k.timezone AS time_zone",
          "c.intakeDate AS intake_date",
        ])
        .where("c.id IN (:...ids)", { ids })
        .getRawMany<{
          id: number;
          therapist_id: number;
          clinic_id: number;
          user_id: number | null;
          time_zone: string;
          intake_date: string;
        }>();
      for (const row of rows) {
        this.clients.set(Number(row.id), {
          id: Number(row.id),
          therapistId: Number(row.therapist_id),
          clinicId: Number(row.clinic_id),
          userId: row.user_id == null ? null : Number(row.user_id),
          timeZone: row.time_zone,
          intakeDate: row.intake_date,
        });
      }
    }
    const therapistIds = [...new Set(wanted.therapistIds ?? [])].filter((id) => !this.therapists.has(id));
    for (const id of therapistIds) this.therapists.set(id, null);
    for (const ids of chunks(therapistIds)) {
      const rows = await manager
        .createQueryBuilder(User, "u")
        .select(["u.id AS id", "u.clinicId AS clinic_id"])
        .where("u.id IN (:...ids) AND u.role = :role", { ids, role: Role.THERAPIST })
        .getRawMany<{ id: number; clinic_id: number }>();
      for (const row of rows)
        this.therapists.set(Number(row.id), { id: Number(row.id), clinicId: Number(row.clinic_id) });
    }
    const sessionClientIds = [...new Set(wanted.sessionsOf ?? [])].filter((id) => !this.sessions.has(id));
    for (const id of sessionClientIds) this.sessions.set(id, new Map());
    for (const ids of chunks(sessionClientIds)) {
      const rows = await manager
        .createQueryBuilder(TherapySession, "s")
        .select(["s.id", "s.clientId", "s.occurredAt"])
        .where("s.clientId IN (:...ids)", { ids })
        .orderBy("s.id", "ASC")
        .getMany();
      // Two sessions of one client at the same instant: the first recorded one is meant.
      for (const row of rows) {
        const byInstant = this.sessions.get(row.clientId)!;
        const key = row.occurredAt.toISOString();
        if (!byInstant.has(key)) byInstant.set(key, row.id);
      }
    }
  }
}

/** Largest id an `integer` key column holds; PostgreSQL refuses to compare with a larger parameter. */
const MAX_ID = 2_147_483_647;

/** Ids in groups for IN lists; an id no key can have is never sent, and simply not found. */
function* chunks(ids: number[]): Generator<number[]> {
  const possible = ids.filter((id) => Number.isSafeInteger(id) && id >= 1 && id <= MAX_ID);
  for (let i = 0; i < possible.length; i += IDS_PER_QUERY) yield possible.slice(i, i + IDS_PER_QUERY);
}
