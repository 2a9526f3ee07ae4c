import { localDateOf } from "../common/time.ts";
import type { ClinicalRules } from "../measures/rules.ts";
import { FIRST_IDS, generateDemo, type DemoData, type IdKind } from "./generator.ts";

export const THERAPISTS_PER_CLINIC = 8;
export const CLIENTS_PER_THERAPIST = 30;
const TIMEZONES = ["America/Toronto", "America/Vancouver", "America/Halifax", "America/Winnipeg", "America/Edmonton"];

/**
 * Load-test volumes against the believable demo's: longer courses without the taper to monthly sessions, more
 * homework per session, more episodes and intakes further back, so that 10,000 clients give about 250,000 sessions, 600,000 homework items and 2,000,000
 * episodes.
 */
export const NETWORK_VOLUME = { sessions: 4.2, homework: 2.3, episodes: 2.65, intakeDays: 900, maxGapDays: 14 };

/** What generating a network needs: plain values, so that a worker thread can be handed them. */
export interface NetworkPlan {
  clients: number;
  seed: number;
  rules: ClinicalRules;
  now: Date;
}

export const clinicsFor = (clients: number) => Math.ceil(clients / (THERAPISTS_PER_CLINIC * CLIENTS_PER_THERAPIST));

const maxId = (rows: { id: number }[], fallback: number) => rows.reduce((max, row) => Math.max(max, row.id), fallback);

/** The network's clinics, generated one at a time, each one's ids following the last one's. */
export function* networkClinics(plan: NetworkPlan): Generator<DemoData> {
  const clinics = clinicsFor(plan.clients);
  let clients = 0;
  let idBase: Record<IdKind, number> = { ...FIRST_IDS };
  for (let index = 0; index < clinics; index++) {
    const timeZone = TIMEZONES[index % TIMEZONES.length]!;
    const data = generateDemo({
      seed: plan.seed + index,
      today: localDateOf(plan.now, timeZone),
      rules: plan.rules,
      clinicName: `Clinic ${index + 1} (demo network)`,
      timeZone,
      therapists: THERAPISTS_PER_CLINIC,
      clientsPerTherapist: Math.min(CLIENTS_PER_THERAPIST, Math.ceil((plan.clients - clients) / THERAPISTS_PER_CLINIC)),
      idBase,
      emailPrefix: index === 0 ? "" : `c${index + 1}.`,
      volume: NETWORK_VOLUME,
    });
    idBase = {
      user: maxId(data.users, idBase.user),
      client: maxId(data.clients, idBase.client),
      session: maxId(data.sessions, idBase.session),
      homework: maxId(data.homework, idBase.homework),
      episode: maxId(data.episodes, idBase.episode),
      plan: maxId(data.plans, idBase.plan),
      revision: maxId(data.revisions, idBase.revision),
      checkIn: maxId(data.checkIns, idBase.checkIn),
      riskAlert: maxId(data.riskAlerts, idBase.riskAlert),
    };
    clients += data.clients.length;
    yield data;
  }
}
