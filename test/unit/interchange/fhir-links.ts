import type {
  Bundle,
  Questionnaire,
  QuestionnaireItem,
  QuestionnaireResponse,
  QuestionnaireResponseItem,
} from "@medplum/fhirtypes";

/** Every item of a Questionnaire, nested groups included, by linkId. */
export function questionnaireItems(questionnaire: Questionnaire): Map<string, QuestionnaireItem> {
  const found = new Map<string, QuestionnaireItem>();
  const walk = (items: QuestionnaireItem[] | undefined) => {
    for (const item of items ?? []) {
      found.set(item.linkId, item);
      walk(item.item);
    }
  };
  walk(questionnaire.item);
  return found;
}

/** Every item of a response, nested ones (under an item or under an answer) included. */
export function responseItems(response: QuestionnaireResponse): QuestionnaireResponseItem[] {
  const found: QuestionnaireResponseItem[] = [];
  const walk = (items: QuestionnaireResponseItem[] | undefined) => {
    for (const item of items ?? []) {
      found.push(item);
      walk(item.item);
      for (const answer of item.answer ?? []) walk(answer.item);
    }
  };
  walk(response.item);
  return found;
}

export interface LinkReport {
  /** linkIds of responses that found no item in the Questionnaire their response names, in this bundle. */
  unresolved: string[];
  /** Questionnaire linkIds that no response in the bundle answers. */
  unanswered: string[];
  /** Responses whose `questionnaire` names no Questionnaire in the bundle. */
  orphans: string[];
  linkIdsChecked: number;
}

/** Resolves every response's linkIds against the Questionnaire (by url) it names, in the same bundle. */
export function resolveLinks(bundle: Bundle): LinkReport {
  const resources = bundle.entry!.map((entry) => entry.resource!);
  const byUrl = new Map(
    resources
      .filter((r): r is Questionnaire => r.resourceType === "Questionnaire")
      .map((q) => [q.url!, questionnaireItems(q)]),
  );
  const answered = new Map([...byUrl.keys()].map((url) => [url, new Set<string>()]));
  const report: LinkReport = { unresolved: [], unanswered: [], orphans: [], linkIdsChecked: 0 };
  for (const response of resources.filter(
    (r): r is QuestionnaireResponse => r.resourceType === "QuestionnaireResponse",
  )) {
    const items = byUrl.get(response.questionnaire!);
    if (!items) {
      report.orphans.push(response.questionnaire ?? "(none)");
      continue;
    }
    for (const item of responseItems(response)) {
      report.linkIdsChecked++;
      if (items.has(item.linkId)) answered.get(response.questionnaire!)!.add(item.linkId);
      else report.unresolved.push(`${response.questionnaire}#${item.linkId}`);
    }
  }
  for (const [url, items] of byUrl) {
    for (const linkId of items.keys()) if (!answered.get(url)!.has(linkId)) report.unanswered.push(`${url}#${linkId}`);
  }
  return report;
}
