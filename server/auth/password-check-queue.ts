/**
 * Each password check is an scrypt hash of 128 MiB and about a third of a second of CPU, so at most `maxRunning` run
 * at once and at most `maxWaiting` more wait; beyond that a check is refused at once (`PasswordQueueFull`).
 */
export const PASSWORD_CHECK_QUEUE = { maxRunning: 2, maxWaiting: 64 } as const;

export class PasswordQueueFull extends Error {
  constructor() {
    super("The password check queue is full.");
    this.name = "PasswordQueueFull";
  }
}

export interface PasswordCheckMonitor {
  checkStarted(): void;
  checkEnded(): void;
}

interface WaitingCheck {
  start(): void;
  refuse(): void;
}

/**
 * Waiting checks take turns by source address (first come, first served within one address), so a sign-in waits
 * behind at most one check of each other address, never behind the whole backlog of a busy one. When the queue is
 * full, a newcomer displaces the newest check of the address with the most waiting if that address has at least two
 * more waiting than the newcomer's own: flooding from a few addresses cannot shut out everyone else, and addresses
 * with equal shares do not displace each other back and forth.
 */
export class PasswordCheckQueue {
  /** Told as each check starts and ends (the tests count checks and how many run at once with it). */
  monitor: PasswordCheckMonitor | null = null;
  private running = 0;
  private waitingCount = 0;
  /** Addresses in the order of their turns; a Map keeps insertion order, and a served address moves to the end. */
  private readonly waiting = new Map<string, WaitingCheck[]>();

  constructor(private readonly limits: { maxRunning: number; maxWaiting: number } = PASSWORD_CHECK_QUEUE) {}

  run<T>(address: string, check: () => Promise<T>): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      const start = () => {
        this.running++;
        this.monitor?.checkStarted();
        Promise.resolve()
          .then(check)
          .then(resolve, reject)
          .finally(() => {
            this.running--;
            this.monitor?.checkEnded();
            this.startNext();
          });
      };
      if (this.running < this.limits.maxRunning) return start();
      if (this.waitingCount >= this.limits.maxWaiting && !this.displaceForNewcomerFrom(address)) {
        return reject(new PasswordQueueFull());
      }
      const queue = this.waiting.get(address) ?? [];
      queue.push({ start, refuse: () => reject(new PasswordQueueFull()) });
      this.waiting.set(address, queue);
      this.waitingCount++;
    });
  }

  private startNext(): void {
    const turn = this.waiting.entries().next();
    if (turn.done) return;
    const [address, queue] = turn.value;
    const next = queue.shift()!;
    this.waiting.delete(address);
    if (queue.length > 0) this.waiting.set(address, queue);
    this.waitingCount--;
    next.start();
  }

  private displaceForNewcomerFrom(address: string): boolean {
    let busiest: WaitingCheck[] = [];
    let busiestAddress = "";
    for (const [candidate, queue] of this.waiting) {
      if (queue.length > busiest.length) [busiestAddress, busiest] = [candidate, queue];
    }
    if (busiest.length < (this.waiting.get(address)?.length ?? 0) + 2) return false;
    const displaced = busiest.pop()!;
    if (busiest.length === 0) this.waiting.delete(busiestAddress);
    this.waitingCount--;
    displaced.refuse();
    return true;
  }
}
