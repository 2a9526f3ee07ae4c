import type { ClientProgressQuery } from "../../graphql/graphql";
import { AllianceChart } from "../../charts/AllianceChart";
import { CadenceChart } from "../../charts/CadenceChart";
import { EpisodeChart } from "../../charts/EpisodeChart";
import { HomeworkChart } from "../../charts/HomeworkChart";
import { OutcomeChart } from "../../charts/OutcomeChart";
import { SymptomsChart } from "../../charts/SymptomsChart";

export type Progress = ClientProgressQuery["clientProgress"];
export type RangeChoice = "3M" | "6M" | "ALL";

const RANGE_DAYS: Record<RangeChoice, number | null> = { "3M": 91, "6M": 183, ALL: null };

/** The `from` of a range choice; null means from intake. */
export function rangeStart(range: RangeChoice): string | null {
  const days = RANGE_DAYS[range];
  return days == null ? null : new Date(Date.now() - days * 86_400_000).toISOString();
}

export function RangeControls({
  range,
  bucket,
  onRange,
  onBucket,
}: {
  range: RangeChoice;
  bucket: "WEEK" | "MONTH";
  onRange: (range: RangeChoice) => void;
  onBucket: (bucket: "WEEK" | "MONTH") => void;
}) {
  return (
    <div className="controls no-print">
      <fieldset className="segmented">
        <legend>Period</legend>
        {(
          [
            ["3M", "Last 3 months"],
            ["6M", "Last 6 months"],
            ["ALL", "All"],
          ] as const
        ).map(([value, text]) => (
          <label key={value}>
            <input type="radio" name="range" value={value} checked={range === value} onChange={() => onRange(value)} />{" "}
            {text}
          </label>
        ))}
      </fieldset>
      <fieldset className="segmented">
        <legend>Group by</legend>
        {(
          [
            ["WEEK", "Week"],
            ["MONTH", "Month"],
          ] as const
        ).map(([value, text]) => (
          <label key={value}>
            <input
              type="radio"
              name="bucket"
              value={value}
              checked={bucket === value}
              onChange={() => onBucket(value)}
            />{" "}
            {text}
          </label>
        ))}
      </fieldset>
    </div>
  );
}

/** A week rating on the chart, as charts/WeekChart takes it: from a session, or from a check-in not used in one. */
export interface WeekRatingPoint {
  date: string;
  weekRating: number;
  words: string | null;
  source: "SESSION" | "CLIENT";
}

/** Every week rating of the period, sessions' and pending check-ins' together, oldest first. */
export function weekPoints(progress: Pick<Progress, "sessions" | "checkIns">): WeekRatingPoint[] {
  const points = [
    ...progress.sessions.map((s) => ({
      date: s.localDate,
      weekRating: s.weekRating,
      words: s.weekWords ?? null,
      source: s.source,
    })),
    ...progress.checkIns.map((c) => ({
      date: c.localDate,
      weekRating: c.weekRating,
      words: c.weekWords ?? null,
      source: c.source,
    })),
  ];
  return points.filter((p): p is WeekRatingPoint => p.weekRating != null).sort((a, b) => a.date.localeCompare(b.date));
}

export function ProgressCharts({ progress, plainLanguage }: { progress: Progress; plainLanguage: boolean }) {
  return (
    <div className="charts">
      <OutcomeChart progress={progress} plainLanguage={plainLanguage} />
      <SymptomsChart progress={progress} plainLanguage={plainLanguage} />
      {!plainLanguage && <AllianceChart progress={progress} />}
      <EpisodeChart progress={progress} plainLanguage={plainLanguage} />
      <HomeworkChart progress={progress} plainLanguage={plainLanguage} />
      <CadenceChart progress={progress} />
    </div>
  );
}
