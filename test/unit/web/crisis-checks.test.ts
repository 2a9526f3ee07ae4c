import { describe, expect, it } from "vitest";
import { checkCrisisResources, emptyResource } from "../../../web/src/features/staff/crisis-checks.ts";

const entry = (fields: Partial<ReturnType<typeof emptyResource>>) => ({ ...emptyResource(), ...fields });

describe("the crisis resources form's checks", () => {
  it("accepts a named entry with a phone number, a web address and hours", () => {
    expect(
      checkCrisisResources({
        resources: [
          entry({ name: "Crisis line", phone: "0800 123 456", url: "https://example.org/help", hours: "24/7" }),
        ],
      }),
    ).toEqual({});
  });

  it("asks for a name, and limits each field to the server's lengths", () => {
    const problems = checkCrisisResources({
      resources: [
        entry({ name: "  " }),
        entry({ name: "x".repeat(121), phone: "1".repeat(41), text: "2".repeat(40), hours: "h".repeat(121) }),
      ],
    });
    expect(Object.keys(problems).sort()).toEqual([
      "resources.0.name",
      "resources.1.hours",
      "resources.1.name",
      "resources.1.phone",
    ]);
  });

  it("takes only http and https web addresses", () => {
    expect(checkCrisisResources({ resources: [entry({ name: "A", url: "javascript:alert(1)" })] })).toHaveProperty([
      "resources.0.url",
    ]);
    expect(checkCrisisResources({ resources: [entry({ name: "A", url: "http://example.org" })] })).toEqual({});
  });

  it("refuses more than ten entries", () => {
    const eleven = Array.from({ length: 11 }, (_, i) => entry({ name: `Line ${i + 1}` }));
    expect(Object.keys(checkCrisisResources({ resources: eleven }))).toEqual(["resources.0.name"]);
    expect(checkCrisisResources({ resources: eleven.slice(0, 10) })).toEqual({});
  });
});
