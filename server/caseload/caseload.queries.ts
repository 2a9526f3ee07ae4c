import type { EntityManager } from "typeorm";
import { restrictToVisibleClients, type ClientScope } from "../auth/scope.ts";
import { RiskAlert } from "../check-ins/risk-alert.entity.ts";
import { Client } from "../clients/client.entity.ts";
import type { ClientStatus } from "../clients/client.enums.ts";

/** How long an acknowledged risk alert stays on the caseload, so the therapist sees what was done. */
export const ACKNOWLEDGED_ALERT_DAYS = 7;

/**
 * The risk alerts the caseload shows, for every client of the scope in one statement: the open ones, and those
 * acknowledged since `acknowledgedSince`. Open first, then newest first.
 */
export async function loadCaseloadRiskAlerts(
  manager: EntityManager,
  scope: ClientScope,
  statuses: ClientStatus[] | undefined,
  acknowledgedSince: Date,
): Promise<RiskAlert[]> {
  const query = manager
    .createQueryBuilder(RiskAlert, "ra")
    .innerJoin(Client, "c", "c.id = ra.clientId")
    .where("(ra.acknowledgedAt IS NULL OR ra.acknowledgedAt >= :acknowledgedSince)", {
      acknowledgedSince: acknowledgedSince.toISOString(),
    });
  if (statuses) query.andWhere("c.status IN (:...riskStatuses)", { riskStatuses: statuses });
  const alerts = await restrictToVisibleClients(query, scope)
    .orderBy("ra.raisedAt", "DESC")
    .addOrderBy("ra.id", "DESC")
    .getMany();
  // A stable sort keeps newest first within the open and the acknowledged.
  return alerts.sort((a, b) => Number(a.acknowledged) - Number(b.acknowledged));
}
