const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
const LONG_MONTHS = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];

/** `2026-11-16` → `16 Nov` (week) or `Nov 2026` (month); local dates are calendar dates, no timezone maths. */
export function bucketLabel(start: string, bucket: "WEEK" | "MONTH"): string {
  const [year, month, day] = start.split("-").map(Number) as [number, number, number];
  return bucket === "WEEK" ? `${day} ${MONTHS[month - 1]}` : `${MONTHS[month - 1]} ${year}`;
}

export function monthName(start: string): string {
  return LONG_MONTHS[Number(start.slice(5, 7)) - 1]!;
}

export function shortDate(localDate: string | null | undefined): string {
  if (!localDate) return "—";
  const [year, month, day] = localDate.split("-").map(Number) as [number, number, number];
  return `${day} ${MONTHS[month - 1]} ${year}`;
}

/** "about 4 a week" */
export function aboutPerWeek(perWeek: number): string {
  if (perWeek === 0) return "none";
  if (perWeek < 0.75) return "less than 1 a week";
  return `about ${Math.round(perWeek)} a week`;
}
