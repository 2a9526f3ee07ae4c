import { spawn, type ChildProcess } from "node:child_process";

export interface ServerProcess {
  /** http://127.0.0.1:PORT */
  url: string;
  /** Everything the process has printed so far, stdout and stderr together. */
  output(): string;
  /** SIGTERM, then waits for the process to exit (it finishes the requests in flight first). */
  stop(): Promise<void>;
  /** SIGKILL, then waits for the process to exit: a crash, with no chance to finish anything. */
  kill(): Promise<void>;
}

const READY = /running: dashboard http:\/\/localhost:(\d+)\//;

/**
 * The real server (`server/main.ts`, run by tsx) in a process of its own, on a free port of the loopback, with
 * `env` over the test's own environment. Resolves once it listens; rejects with what it printed if it exits or
 * does not listen within `timeoutMs`.
 */
export function startServerProcess(env: Record<string, string>, timeoutMs = 120_000): Promise<ServerProcess> {
  const child: ChildProcess = spawn(process.execPath, ["--import", "tsx", "server/main.ts"], {
    env: { ...process.env, PORT: "0", HOST: "127.0.0.1", NODE_ENV: "test", ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  const ended = () => child.exitCode !== null || child.signalCode !== null;
  const signal = async (name: NodeJS.Signals) => {
    if (!ended()) child.kill(name);
    await exited;
  };
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill("SIGKILL");
      reject(new Error(`the server did not start within ${timeoutMs} ms:\n${output}`));
    }, timeoutMs);
    child.stdout!.on("data", (chunk: Buffer) => {
      const before = output;
      output += chunk.toString();
      const port = READY.exec(output)?.[1];
      if (port && !READY.test(before)) {
        clearTimeout(timer);
        resolve({
          url: `http://127.0.0.1:${port}`,
          output: () => output,
          stop: () => signal("SIGTERM"),
          kill: () => signal("SIGKILL"),
        });
      }
    });
    child.stderr!.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.once("exit", (code, killedBy) => {
      clearTimeout(timer);
      // After it was ready this does nothing: a promise settles once.
      reject(new Error(`the server exited (${killedBy ?? code}) before it was ready:\n${output}`));
    });
  });
}
