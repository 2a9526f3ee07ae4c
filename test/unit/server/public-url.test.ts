import { describe, expect, it } from "vitest";
import { ConfigError, loadConfig } from "../../../server/config.ts";

describe("PUBLIC_URL", () => {
  it("is null when unset, and kept without a trailing slash when set", () => {
    expect(loadConfig({}).publicUrl).toBeNull();
    expect(loadConfig({ PUBLIC_URL: "https://followup.example.org/" }).publicUrl).toBe("https://followup.example.org");
    expect(loadConfig({ PUBLIC_URL: "https://example.org/followup" }).publicUrl).toBe("https://example.org/followup");
  });

  it("refuses anything but a plain http or https address, naming the variable", () => {
    for (const value of [
      "followup.example.org",
      "ftp://example.org",
      "https://example.org/?x=1",
      "https://u:p@x.org",
    ]) {
      expect(() => loadConfig({ PUBLIC_URL: value }), value).toThrow(ConfigError);
      expect(() => loadConfig({ PUBLIC_URL: value }), value).toThrow(/PUBLIC_URL/);
    }
  });
});
