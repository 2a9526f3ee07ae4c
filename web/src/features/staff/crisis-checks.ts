import { blank, tooLong } from "../../forms/checks";
import type { Problems } from "../../forms/problems";

/** The crisis resources form's values and checks, apart from the page so they can be tested on their own. */

// The server's limits (setCrisisResources), checked here first.
export const CRISIS_LIMITS = { entries: 10, name: 120, phone: 40, text: 40, url: 500, hours: 120 } as const;

export interface ResourceValues {
  name: string;
  phone: string;
  text: string;
  url: string;
  hours: string;
  example: boolean;
}

export interface CrisisValues {
  resources: ResourceValues[];
}

export const emptyResource = (): ResourceValues => ({
  name: "",
  phone: "",
  text: "",
  url: "",
  hours: "",
  example: false,
});

export const COLUMN_LABELS: Record<keyof ResourceValues, string> = {
  name: "Name",
  phone: "Phone",
  text: "Text",
  url: "Web address",
  hours: "Hours",
  example: "This is an example",
};

/** Every problem with the list, all at once, by the form's path (`resources.2.url`). */
export function checkCrisisResources({ resources }: CrisisValues): Problems {
  const problems: Problems = {};
  if (resources.length > CRISIS_LIMITS.entries) {
    problems["resources.0.name"] = `At most ${CRISIS_LIMITS.entries} crisis resources.`;
  }
  resources.forEach((resource, i) => {
    const at = (field: keyof ResourceValues) => `resources.${i}.${field}`;
    if (blank(resource.name)) problems[at("name")] = `Entry ${i + 1}: enter the name.`;
    else if (tooLong(resource.name, CRISIS_LIMITS.name)) {
      problems[at("name")] = `Entry ${i + 1}: the name can be at most ${CRISIS_LIMITS.name} characters.`;
    }
    for (const field of ["phone", "text", "hours"] as const) {
      if (tooLong(resource[field], CRISIS_LIMITS[field])) {
        problems[at(field)] =
          `Entry ${i + 1}: ${COLUMN_LABELS[field].toLowerCase()} can be at most ${CRISIS_LIMITS[field]} characters.`;
      }
    }
    const url = resource.url.trim();
    if (url && (!/^https?:\/\/\S+$/i.test(url) || url.length > CRISIS_LIMITS.url)) {
      problems[at("url")] =
        `Entry ${i + 1}: the web address starts with http:// or https:// and has at most ${CRISIS_LIMITS.url} characters.`;
    }
  });
  return problems;
}
