import { describe, expect, it } from "vitest";
import { assertAcceptablePassword, passwordProblem, PASSWORD_POLICY } from "../../../server/auth/password-policy.ts";

const OWNER = { email: "jordan.reyes@clinic.example", displayName: "Jordan Reyes" };

describe("password policy", () => {
  it("accepts long passphrases without any composition rule", () => {
    for (const password of ["violet harbour lantern 93", "copper meadow signal fifty", "kettle quasar drumline"]) {
      expect(passwordProblem(password, OWNER), password).toBeNull();
    }
  });

  it("counts code points after NFKC: 12 emoji are 12 characters, 11 letters are too few", () => {
    expect(passwordProblem("abcdefghijk", OWNER)).toBe("Use at least 12 characters.");
    // Each is two UTF-16 units but one code point: 11 of them are still too few.
    expect(passwordProblem("🦊🐙🌵🎻🧭🪁🛶🧪🪴🦉🍄", OWNER)).toBe("Use at least 12 characters.");
    expect(passwordProblem("🦊🐙🌵🎻🧭🪁🛶🧪🪴🦉🍄🎲", OWNER)).toBeNull();
    // A full-width letter normalises to its ASCII form, so the length is the same either way.
    expect(passwordProblem("ｐａｓｓｗｏｒｄ１２３４", OWNER)).toMatch(/common passwords/);
  });

  it("refuses passwords past the maximum length", () => {
    const long = "kettle quasar drumline ".repeat(6);
    expect([...long].length).toBeGreaterThan(PASSWORD_POLICY.maxLength);
    expect(passwordProblem(long, OWNER)).toBe("Use at most 128 characters.");
  });

  it("refuses common and guessable passwords, saying why", () => {
    expect(passwordProblem("password1234", OWNER)).toMatch(/lists of common passwords/);
    expect(passwordProblem("qwertyuiop123", OWNER)).toMatch(/common passwords/);
    expect(passwordProblem("aaaaaaaaaaaaaaaa", OWNER)).toMatch(/repeats or sequences/);
    expect(passwordProblem("monkeymonkey12", OWNER)).not.toBeNull();
  });

  it("refuses the email's local part and the person's name", () => {
    expect(passwordProblem("my jordan.reyes secret", OWNER)).toMatch(/email address/);
    expect(passwordProblem("reyes family lantern", OWNER)).toMatch(/your name/);
  });

  it("throws BAD_USER_INPUT naming the field", () => {
    expect(() => assertAcceptablePassword("short", OWNER, "newPassword")).toThrow(
      expect.objectContaining({ code: "BAD_USER_INPUT", field: "newPassword" }),
    );
    expect(() => assertAcceptablePassword("violet harbour lantern 93", OWNER, "password")).not.toThrow();
  });
});
