import { randomBytes, scrypt, timingSafeEqual, type ScryptOptions } from "node:crypto";

/**
 * scrypt at the OWASP Password Storage Cheat Sheet minimum: N = 2^17, r = 8, p = 1 (128 MiB per hash).
 * The parameters are stored with each hash, so they can be raised later without invalidating old hashes.
 */
export const SCRYPT_PARAMETERS = { N: 2 ** 17, r: 8, p: 1 } as const;
const KEY_LENGTH = 32;
const SALT_LENGTH = 16;

function scryptAsync(password: string, salt: Buffer, keyLength: number, options: ScryptOptions): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    scrypt(password, salt, keyLength, options, (error, key) => (error ? reject(error) : resolve(key)));
  });
}

const maxmemFor = ({ N, r }: { N: number; r: number }) => 256 * N * r;

export async function hashPassword(password: string, parameters = SCRYPT_PARAMETERS): Promise<string> {
  const salt = randomBytes(SALT_LENGTH);
  const key = await scryptAsync(password.normalize("NFKC"), salt, KEY_LENGTH, {
    ...parameters,
    maxmem: maxmemFor(parameters),
  });
  const { N, r, p } = parameters;
  return `scrypt$${N}$${r}$${p}$${salt.toString("base64")}$${key.toString("base64")}`;
}

/**
 * Stored for an account whose owner has not yet set a password (an invited person, or a client admitted by their
 * therapist). No password verifies against it.
 */
export const NO_PASSWORD = "";

export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const [scheme, n, r, p, saltText, keyText] = stored.split("$");
  if (scheme !== "scrypt" || !saltText || !keyText) return false;
  const parameters = { N: Number(n), r: Number(r), p: Number(p) };
  const expected = Buffer.from(keyText, "base64");
  const actual = await scryptAsync(password.normalize("NFKC"), Buffer.from(saltText, "base64"), expected.length, {
    ...parameters,
    maxmem: maxmemFor(parameters),
  });
  return actual.length === expected.length && timingSafeEqual(actual, expected);
}

/** Verified against when the email is unknown, so that a miss costs the same time as a wrong password. */
let decoyHash: Promise<string> | undefined;
export function decoyPasswordHash(): Promise<string> {
  decoyHash ??= hashPassword(randomBytes(16).toString("hex"));
  return decoyHash;
}
