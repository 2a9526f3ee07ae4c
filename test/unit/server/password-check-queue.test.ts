import { describe, expect, it } from "vitest";
import { PasswordCheckQueue, PasswordQueueFull } from "../../../server/auth/password-check-queue.ts";

/** Checks that finish when the test says so, recording the order in which they started. */
function controlledChecks() {
  const started: string[] = [];
  const finishers = new Map<string, (ok: boolean) => void>();
  const check = (name: string) => () =>
    new Promise<string>((resolve, reject) => {
      started.push(name);
      finishers.set(name, (ok) => (ok ? resolve(name) : reject(new Error(`${name} failed`))));
    });
  const finish = async (name: string, ok = true) => {
    finishers.get(name)!(ok);
    // Let the queue start the next check.
    await new Promise((resolve) => setImmediate(resolve));
  };
  return { started, check, finish };
}

const settle = () => new Promise((resolve) => setImmediate(resolve));

/** The outcome of a check, taken as soon as it settles (a rejection left waiting would be reported as unhandled). */
const outcome = (result: Promise<string>) =>
  result.then(
    (value) => value,
    (error: Error) => (error instanceof PasswordQueueFull ? "refused" : error.message),
  );

describe("password check queue", () => {
  it("runs at most two checks at once and starts the next as one ends, also when it fails", async () => {
    const queue = new PasswordCheckQueue({ maxRunning: 2, maxWaiting: 10 });
    const { started, check, finish } = controlledChecks();
    const results = ["a1", "a2", "a3", "a4"].map((name) => outcome(queue.run("a", check(name))));
    await settle();
    expect(started).toEqual(["a1", "a2"]);
    await finish("a1", false);
    expect(started).toEqual(["a1", "a2", "a3"]);
    await finish("a2");
    expect(started).toEqual(["a1", "a2", "a3", "a4"]);
    await finish("a3");
    await finish("a4");
    expect(await Promise.all(results)).toEqual(["a1 failed", "a2", "a3", "a4"]);
  });

  it("takes waiting checks in turn by address, first come first served within one address", async () => {
    const queue = new PasswordCheckQueue({ maxRunning: 1, maxWaiting: 10 });
    const { started, check, finish } = controlledChecks();
    for (const name of ["a1", "a2", "a3", "a4", "b1", "c1", "b2"]) void queue.run(name[0]!, check(name));
    await settle();
    for (const name of ["a1", "a2", "b1", "c1", "a3", "b2"]) await finish(name);
    // a1 ran at once; then a, b and c take turns, so b1 and c1 wait behind one more of a's, not behind all of them.
    expect(started).toEqual(["a1", "a2", "b1", "c1", "a3", "b2", "a4"]);
  });

  it("when full, lets a newcomer displace the newest check of the busiest address, and refuses one from that address", async () => {
    const queue = new PasswordCheckQueue({ maxRunning: 1, maxWaiting: 3 });
    const { started, check, finish } = controlledChecks();
    const names = ["a1", "a2", "a3", "b1", "c1", "a4"];
    const results = names.map((name) => outcome(queue.run(name[0]!, check(name))));
    await settle();
    for (const name of ["a1", "a2", "b1", "c1"]) await finish(name);

    // a1 runs; a2, a3 and b1 fill the queue; c1 displaces a3 (a has two waiting, c none); a4 is refused, as a has no
    // more waiting than any other address by then.
    expect(started).toEqual(["a1", "a2", "b1", "c1"]);
    expect(await Promise.all(results)).toEqual(["a1", "a2", "refused", "b1", "c1", "refused"]);
  });

  it("refuses a newcomer when every waiting address has one check and the queue is full", async () => {
    const queue = new PasswordCheckQueue({ maxRunning: 1, maxWaiting: 2 });
    const { check } = controlledChecks();
    void queue.run("a", check("a1"));
    void queue.run("b", check("b1"));
    void queue.run("c", check("c1"));
    expect(await outcome(queue.run("d", check("d1")))).toBe("refused");
  });
});
