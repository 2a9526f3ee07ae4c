import { parentPort, workerData } from "node:worker_threads";
import { networkClinics, type NetworkPlan } from "./network-clinics.ts";

/**
 * Generates a network's clinics in a thread of its own, one ahead of the writer: each message from the writer asks
 * for the next clinic, answered with its data, or null after the last.
 */
const clinics = networkClinics(workerData as NetworkPlan);
parentPort!.on("message", () => {
  const next = clinics.next();
  parentPort!.postMessage(next.done ? null : next.value);
});
