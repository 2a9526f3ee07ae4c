import type { DataSource } from "typeorm";
import { AuditAction } from "../audit/audit-event.entity.ts";
import type { AuditService } from "../audit/audit.service.ts";
import type { Actor } from "../auth/actor.ts";
import { Role } from "../auth/role.ts";
import { clinicTimeZone } from "../clinics/clinic-time.ts";
import { clientForWrite } from "../clients/own-client.ts";
import { buildEpisodeRow } from "./episode-row.ts";
import { SymptomEpisode } from "./episode.entity.ts";
import { LoggedBy } from "./episode.enums.ts";
import type { LogEpisodeInput } from "./episode.inputs.ts";

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
}
