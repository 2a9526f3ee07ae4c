import { useId, useState, type ReactElement, type ReactNode } from "react";
import { ResponsiveContainer } from "recharts";
import { CHART_TEXT } from "./theme";
import "./charts.css";

export interface SeriesStyle {
  label: string;
  color: string;
  /** Dash pattern, so series differ by more than colour. */
  dash?: string;
}

export type ChartConfig<K extends string> = Record<K, SeriesStyle>;

export interface DataColumn<Row> {
  label: string;
  value: (row: Row) => string | number | null | undefined;
}

/** Legend entries in the text colour: Recharts writes them in the series colour, too pale to read for some. */
export const legendText = (value: string) => (
  <span style={{ color: CHART_TEXT.legend, fontSize: "0.85rem" }}>{value}</span>
);

/**
 * The one wrapper around Recharts: a titled figure with a one-line text summary, the chart, and a "show data"
 * table with the same numbers (WCAG 1.1.1). The figure is focusable so keyboard users reach every chart. Several
 * charts (one per measure, each on its own scale) are stacked and share the height.
 */
export function ChartFrame<Row>({
  title,
  summary,
  rows,
  columns,
  height = 260,
  testId,
  legend,
  children,
}: {
  title: string;
  summary: string;
  rows: Row[];
  columns: DataColumn<Row>[];
  height?: number;
  testId: string;
  /** A key drawn under the plots in HTML (the shapes of the points' sources), for what Recharts' legend cannot say. */
  legend?: ReactNode;
  children: ReactElement | ReactElement[];
}) {
  const plots = Array.isArray(children) ? children : [children];
  const [showData, setShowData] = useState(false);
  const summaryId = useId();
  const tableId = useId();
  return (
    <figure
      className="chart"
      data-testid={testId}
      aria-labelledby={`${summaryId}-title`}
      aria-describedby={summaryId}
      tabIndex={0}
    >
      <figcaption>
        <h3 id={`${summaryId}-title`}>{title}</h3>
        <p id={summaryId} className="chart-summary">
          {summary}
        </p>
      </figcaption>
      {plots.map((plot, i) => (
        <div key={i} className="chart-canvas" style={{ height: height / plots.length }}>
          <ResponsiveContainer width="100%" height="100%">
            {plot}
          </ResponsiveContainer>
        </div>
      ))}
      {legend}
      <button
        type="button"
        className="link-button no-print"
        aria-expanded={showData}
        aria-controls={tableId}
        onClick={() => setShowData((shown) => !shown)}
      >
        {showData ? "Hide data" : "Show data"}
      </button>
      <div
        id={tableId}
        hidden={!showData}
        className="chart-data"
        role="region"
        aria-label={`${title}: data`}
        tabIndex={0}
      >
        <table>
          <caption>{title}: data</caption>
          <thead>
            <tr>
              {columns.map((column) => (
                <th key={column.label} scope="col">
                  {column.label}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((row, i) => (
              <tr key={i}>
                {columns.map((column) => (
                  <td key={column.label}>{column.value(row) ?? "—"}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </figure>
  );
}

export const percent = (value: number | null | undefined) => (value == null ? null : `${Math.round(value * 100)}%`);
export const oneDecimal = (value: number | null | undefined) => (value == null ? null : Math.round(value * 10) / 10);
