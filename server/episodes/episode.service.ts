import type { DataSource } from "typeorm";
import { AuditAction } from "../audit/audit-event.entity.ts";
import type { AuditService } from "../audit/audit.service.ts";
import type { Actor } from "../auth/actor.ts";
import { Role } from "../auth/role.ts";
import { clinicTimeZone } from "../clinics/clinic-time.ts";
import { clientRecordsPage } from "../clients/client-records.ts";
import { clientForWrite } from "../clients/own-client.ts";
import { isStoredInstant, type Connection, type PageRequest, type PageSize } from "../common/paging.ts";
import { buildEpisodeRow } from "./episode-row.ts";
import { SymptomEpisode } from "./episode.entity.ts";
import { LoggedBy } from "./episode.enums.ts";
import type { LogEpisodeInput } from "./episode.inputs.ts";

export const EPISODE_PAGE: PageSize = { default: 20, max: 100 };

/** Episodes are listed by when they began, then id: a cursor is that pair. */
const EPISODE_CURSOR = { name: "episodes", isValue: isStoredInstant };

export class EpisodeService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly clock: () => Date,
  ) {}

  /** A client logs their own episode; a therapist logs one for a client on their caseload. */
  async log(actor: Actor, input: LogEpisodeInput): Promise<SymptomEpisode> {
    const { viewer, sourceAddress } = actor;
    const now = this.clock();
    return this.dataSource.transaction(async (manager) => {
      const client = await clientForWrite(manager, actor, input.clientId);
      const timeZone = await clinicTimeZone(manager, client.clinicId);
      const row = buildEpisodeRow(
        input,
        {
          clientId: client.id,
          loggedBy: viewer.role === Role.CLIENT ? LoggedBy.CLIENT : LoggedBy.THERAPIST,
          loggedByUserId: viewer.userId,
        },
        timeZone,
        now,
        client.intakeDate,
      );
      const { identifiers } = await manager.insert(SymptomEpisode, row);
      await this.audit.record(manager, {
        actorUserId: viewer.userId,
        action: AuditAction.LOG_EPISODE,
        clientId: client.id,
        sourceAddress,
      });
      return manager.findOneByOrFail(SymptomEpisode, { id: Number(identifiers[0]!.id) });
    });
  }

  /** A page of a client's episodes, newest first, for reading back what was written. Every page read is audited. */
  list(actor: Actor, clientId: number, request: PageRequest): Promise<Connection<SymptomEpisode>> {
    return clientRecordsPage(
      this.dataSource.manager,
      this.audit,
      actor,
      {
        entity: SymptomEpisode,
        alias: "e",
        cursor: EPISODE_CURSOR,
        pageSize: EPISODE_PAGE,
        readAction: AuditAction.READ_EPISODES,
      },
      clientId,
      request,
    );
  }
}
