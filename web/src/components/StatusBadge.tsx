import type { ProgressStatus } from "../graphql/graphql";

/** Status in words, with a symbol as well as a colour so it never depends on colour alone. */
export const STATUS_TEXT: Record<ProgressStatus, { label: string; symbol: string }> = {
  AT_RISK: { label: "At risk", symbol: "▲" },
  NOT_ON_TRACK: { label: "Not on track", symbol: "●" },
  INSUFFICIENT_DATA: { label: "Not enough data yet", symbol: "○" },
  ON_TRACK: { label: "On track", symbol: "✓" },
};

export function StatusBadge({ status }: { status: ProgressStatus }) {
  const { label, symbol } = STATUS_TEXT[status];
  return (
    <span className={`status status-${status.toLowerCase().replace(/_/g, "-")}`} data-status={status}>
      <span aria-hidden="true">{symbol}</span> {label}
    </span>
  );
}
