/** Public API of the measures module: scoring, classification, reliable change, statistics, trajectories. */
export * from "./rules.ts";
export * from "./errors.ts";
export * from "./instruments.ts";
export * from "./reliable-change.ts";
export * from "./classification.ts";
export * from "./statistics.ts";
export * from "./trajectory.ts";
export * from "./mixed-model.ts";
