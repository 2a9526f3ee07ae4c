import { useMemo } from "react";
import { CartesianGrid, LabelList, Scatter, ScatterChart, Tooltip, XAxis, YAxis } from "recharts";
import { dayInWords, episodeTimesInWords, type EpisodeTimesLike } from "../features/client/what-works-words";
import { ChartFrame } from "./ChartFrame";
import { AXIS_TICK, CHART_TEXT, TOOLTIP_ITEM } from "./theme";

export interface EpisodeTimesData extends EpisodeTimesLike {
  cells: readonly { day: string; period: string; count: number }[];
  dayTotals: readonly number[];
  periodTotals: readonly number[];
}

const DAY_SHORT: Readonly<Record<string, string>> = {
  MONDAY: "Mon",
  TUESDAY: "Tue",
  WEDNESDAY: "Wed",
  THURSDAY: "Thu",
  FRIDAY: "Fri",
  SATURDAY: "Sat",
  SUNDAY: "Sun",
};
const DAYS = Object.keys(DAY_SHORT);
const PERIODS = ["NIGHT", "MORNING", "AFTERNOON", "EVENING"] as const;
const PERIOD_SHORT: Readonly<Record<string, string>> = {
  NIGHT: "Night",
  MORNING: "Morning",
  AFTERNOON: "Afternoon",
  EVENING: "Evening",
};
const CELL_COLOUR = "#1d4ed8";

interface Point {
  day: string;
  period: string;
  count: number;
  /** Share of the busiest cell's count, 0–1: how dark the square is drawn. */
  depth: number;
}

/** A square per cell, darker the more episodes (never so dark that its count cannot be read); empty cells faint. */
function Square(props: { cx?: number; cy?: number; payload?: Point }) {
  const { cx = 0, cy = 0, payload } = props;
  const size = 26;
  return (
    <rect
      x={cx - size / 2}
      y={cy - size / 2}
      width={size}
      height={size}
      rx={3}
      fill={CELL_COLOUR}
      fillOpacity={payload && payload.count > 0 ? 0.1 + 0.45 * payload.depth : 0.04}
      stroke={CELL_COLOUR}
      strokeOpacity={0.3}
    />
  );
}

/**
 * When episodes happen: a day-of-week by time-of-day grid on the clinic's clock, each cell with its count, and the
 * same counts with row and column totals in the data table. A description: no cell is tested against chance.
 */
export function EpisodeTimesChart({
  times,
  plainLanguage = false,
}: {
  times: EpisodeTimesData;
  plainLanguage?: boolean;
}) {
  const data = useMemo(() => {
    const most = Math.max(1, ...times.cells.map((c) => c.count));
    return times.cells.map((c) => ({
      day: DAY_SHORT[c.day] ?? c.day,
      period: PERIOD_SHORT[c.period] ?? c.period,
      count: c.count,
      depth: c.count / most,
    }));
  }, [times]);
  const rows = useMemo(
    () => [
      ...DAYS.map((day, d) => ({
        label: dayInWords(day),
        counts: PERIODS.map((period) => times.cells.find((c) => c.day === day && c.period === period)?.count ?? 0),
        total: times.dayTotals[d] ?? 0,
      })),
      { label: "All days", counts: [...times.periodTotals], total: times.total },
    ],
    [times],
  );
  return (
    <ChartFrame
      title={plainLanguage ? "When my episodes happen" : "Episodes by day and time of day"}
      summary={episodeTimesInWords(times)}
      testId="chart-episode-times"
      rows={rows}
      height={300}
      columns={[
        { label: "Day", value: (row) => row.label },
        ...PERIODS.map((period, p) => ({
          label: PERIOD_SHORT[period]!,
          value: (row: (typeof rows)[number]) => row.counts[p],
        })),
        { label: "Total", value: (row) => row.total },
      ]}
    >
      <ScatterChart margin={{ top: 8, right: 8, bottom: 8, left: 0 }}>
        <CartesianGrid strokeDasharray="3 3" />
        <XAxis type="category" dataKey="period" allowDuplicatedCategory={false} tick={AXIS_TICK} />
        <YAxis type="category" dataKey="day" allowDuplicatedCategory={false} reversed width={40} tick={AXIS_TICK} />
        <Tooltip itemStyle={TOOLTIP_ITEM} cursor={false} />
        <Scatter data={data} name="Episodes" shape={Square} isAnimationActive={false}>
          <LabelList dataKey="count" position="center" fill={CHART_TEXT.legend} fontSize={11} />
        </Scatter>
      </ScatterChart>
    </ChartFrame>
  );
}
