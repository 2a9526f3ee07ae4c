import type { ClientProgressQuery } from "../../graphql/graphql";
import { AllianceChart } from "../../charts/AllianceChart";
import { CadenceChart } from "../../charts/CadenceChart";
import { EpisodeChart } from "../../charts/EpisodeChart";
import { HomeworkChart } from "../../charts/HomeworkChart";
import { OutcomeChart } from "../../charts/OutcomeChart";
import { SymptomsChart } from "../../charts/SymptomsChart";
import { WeekChart } from "../../charts/WeekChart";
import { weekPoints } from "../../charts/week-points";

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

export function ProgressCharts({ progress, plainLanguage }: { progress: Progress; plainLanguage: boolean }) {
  return (
    <div className="charts">
      <OutcomeChart progress={progress} plainLanguage={plainLanguage} />
      {/* Next to the ORS; on the client's own pages with their words under it. */}
      <WeekChart points={weekPoints(progress.sessions, progress.checkIns)} showWords={plainLanguage} />
      <SymptomsChart progress={progress} plainLanguage={plainLanguage} />
      {!plainLanguage && <AllianceChart progress={progress} />}
      <EpisodeChart progress={progress} plainLanguage={plainLanguage} />
      <HomeworkChart progress={progress} plainLanguage={plainLanguage} />
      <CadenceChart progress={progress} />
    </div>
  );
}
