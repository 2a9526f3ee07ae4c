import type { DataSource, EntityManager } from "typeorm";
import { AuditAction } from "../audit/audit-event.entity.ts";
import type { AuditService } from "../audit/audit.service.ts";
import type { Actor } from "../auth/actor.ts";
import type { Viewer } from "../auth/viewer.ts";
import { Clinic, type CrisisResourceValue } from "../clinics/clinic.entity.ts";
import { badInput } from "../common/errors.ts";
import { boundedList, optionalText, requiredText } from "../common/validation.ts";
import type { CheckIn } from "./check-in.entity.ts";
import type { CrisisResourceInput } from "./check-in.inputs.ts";

export const CRISIS_RESOURCES_MAX = 10;
export const CRISIS_NAME_MAX = 120;
export const CRISIS_NUMBER_MAX = 40;
export const CRISIS_URL_MAX = 500;
export const CRISIS_HOURS_MAX = 120;

/**
 * What a client is shown when the clinic has set no crisis resources of its own: never nothing, since the moment it
 * is shown is the moment it matters.
 */
export const FALLBACK_CRISIS_RESOURCE: CrisisResourceValue = Object.freeze({
  name: "Emergency services",
  phone: null,
  text: "Call your local emergency number.",
  url: null,
  hours: null,
  example: false,
});

/** The clinic's crisis resources, or the built-in one when it has none. */
export async function crisisResourcesOf(manager: EntityManager, clinicId: number): Promise<CrisisResourceValue[]> {
  const clinic = await manager.findOneByOrFail(Clinic, { id: clinicId });
  return clinic.crisisResources?.length ? clinic.crisisResources : [{ ...FALLBACK_CRISIS_RESOURCE }];
}

/** Checks a clinic's crisis resources as an admin enters them: at most ten, each with a name and sound contacts. */
export function validateCrisisResources(resources: readonly CrisisResourceInput[]): CrisisResourceValue[] {
  boundedList(resources, "resources", CRISIS_RESOURCES_MAX);
  return resources.map((resource, index) => {
    const field = (name: string) => `resources[${index}].${name}`;
    const url = optionalText(resource.url, field("url"), CRISIS_URL_MAX);
    if (url != null && !isWebAddress(url))
      throw badInput(field("url"), "The web address must start with http:// or https://.");
    return {
      name: requiredText(resource.name, field("name"), CRISIS_NAME_MAX),
      phone: optionalText(resource.phone, field("phone"), CRISIS_NUMBER_MAX),
      text: optionalText(resource.text, field("text"), CRISIS_NUMBER_MAX),
      url,
      hours: optionalText(resource.hours, field("hours"), CRISIS_HOURS_MAX),
      example: resource.example ?? false,
    };
  });
}

function isWebAddress(text: string): boolean {
  try {
    const url = new URL(text);
    return (url.protocol === "https:" || url.protocol === "http:") && /^https?:\/\//i.test(text);
  } catch {
    return false;
  }
}

/**
 * The crisis resources shown with a check-in, kept beside the check-in object for this response only: they are part
 * of the answer to the client who sent it, at once, and of no later reading of it.
 */
const shown = new WeakMap<CheckIn, CrisisResourceValue[]>();

export function showWith(checkIn: CheckIn, resources: CrisisResourceValue[]): CheckIn {
  shown.set(checkIn, resources);
  return checkIn;
}

export function shownWith(checkIn: CheckIn): CrisisResourceValue[] {
  return shown.get(checkIn) ?? [];
}

/** The clinic's crisis resources: read by anyone signed in to the clinic, set by its admin. */
export class CrisisResourceService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  /** What the viewer's clinic shows a client in need, or the built-in line when it has set none. */
  of(viewer: Viewer): Promise<CrisisResourceValue[]> {
    return crisisResourcesOf(this.dataSource.manager, viewer.clinicId);
  }

  /** The admin replaces the clinic's list; an empty list leaves the built-in line to be shown. Audited. */
  async set(actor: Actor, resources: readonly CrisisResourceInput[]): Promise<CrisisResourceValue[]> {
    const values = validateCrisisResources(resources);
    return this.dataSource.transaction(async (manager) => {
      await manager.update(Clinic, { id: actor.viewer.clinicId }, { crisisResources: values.length ? values : null });
      await this.audit.record(manager, {
        actorUserId: actor.viewer.userId,
        action: AuditAction.CRISIS_RESOURCES_SET,
        sourceAddress: actor.sourceAddress,
      });
      return crisisResourcesOf(manager, actor.viewer.clinicId);
    });
  }
}
