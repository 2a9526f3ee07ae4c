import { ZxcvbnFactory } from "@zxcvbn-ts/core";
import * as common from "@zxcvbn-ts/language-common";
import * as english from "@zxcvbn-ts/language-en";
import { badInput } from "../common/errors.ts";

/**
 * The password rule, after NIST SP 800-63B (5.1.1.2): length is what counts, there are no composition rules
 * (no "one digit, one symbol"), and a password found on lists of common or breached passwords, or easily guessed
 * from dictionary words, keyboard patterns, repeats or the person's own name and email, is refused. The guess
 * estimate is zxcvbn's (the common and English lists); a score below 3 of 4 is refused.
 */
export const PASSWORD_POLICY = {
  /** Counted in code points after NFKC normalisation, as the hash sees the password. */
  minLength: 12,
  maxLength: 128,
  minScore: 3,
} as const;

let estimator: ZxcvbnFactory | undefined;
/** Built at first use: loading the dictionaries takes a moment that a server start without sign-ups need not pay. */
function strength(): ZxcvbnFactory {
  estimator ??= new ZxcvbnFactory({
    translations: english.translations,
    graphs: common.adjacencyGraphs,
    dictionary: { ...common.dictionary, ...english.dictionary },
  });
  return estimator;
}

export interface PasswordOwner {
  email: string;
  displayName: string;
}

/** Why the password is refused, in plain words, or null when it is acceptable. */
export function passwordProblem(password: string, owner: PasswordOwner): string | null {
  const normalised = password.normalize("NFKC");
  const length = [...normalised].length;
  if (length < PASSWORD_POLICY.minLength) return `Use at least ${PASSWORD_POLICY.minLength} characters.`;
  if (length > PASSWORD_POLICY.maxLength) return `Use at most ${PASSWORD_POLICY.maxLength} characters.`;
  const lower = normalised.toLowerCase();
  const localPart = owner.email.split("@")[0]!.toLowerCase();
  if (localPart.length >= 3 && lower.includes(localPart)) return "Do not use your email address in your password.";
  const nameParts = owner.displayName
    .toLowerCase()
    .split(/[\s.,'-]+/)
    .filter((part) => part.length >= 3);
  if (nameParts.some((part) => lower.includes(part))) return "Do not use your name in your password.";
  const result = strength().check(normalised, [localPart, ...nameParts]);
  if (result.score >= PASSWORD_POLICY.minScore) return null;
  const onPasswordList = result.sequence.some(
    (match) => match.pattern === "dictionary" && String(match.dictionaryName).startsWith("passwords"),
  );
  if (onPasswordList) {
    return "This password is on lists of common passwords. Choose a longer one made of several unrelated words.";
  }
  if (result.sequence.some((match) => match.pattern === "repeat" || match.pattern === "sequence")) {
    return "This password is made of repeats or sequences that are easy to guess. Choose several unrelated words.";
  }
  if (result.sequence.some((match) => match.pattern === "spatial")) {
    return "This password follows a keyboard pattern that is easy to guess. Choose several unrelated words.";
  }
  return "This password is too easy to guess. Choose a longer one made of several unrelated words.";
}

/** Refuses an unacceptable password with BAD_USER_INPUT naming `field`. */
export function assertAcceptablePassword(password: string, owner: PasswordOwner, field: string): void {
  const problem = passwordProblem(password, owner);
  if (problem) throw badInput(field, problem);
}
