/**
 * The client's to-do list in words: what each item is, and until when a session can be rated. Pure, so that the
 * wording is tested apart from the page.
 */

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
const DAYS = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];

/** `2026-12-03` → `3 Dec`: a session of the last two days needs no year. */
export function dayAndMonth(localDate: string): string {
  const [, month, day] = localDate.split("-").map(Number) as [number, number, number];
  return `${day} ${MONTHS[month - 1]}`;
}

/**
 * A check-in's title, by its window (the contract's key: `W:<Monday>` for a weekly check-in, `S:<session>` for the
 * one before each session).
 */
export function checkInTitle(key: string): string {
  return key.startsWith("W:") ? "Weekly check-in" : "Check-in before your next session";
}

export const ratingTitle = (sessionDate: string | null) =>
  sessionDate ? `Rate your session on ${dayAndMonth(sessionDate)}` : "Rate your last session";

/**
 * Until when a session can be rated, in the person's own clock and in hours left: "You can rate it until Thursday
 * 4 Dec at 14:00 (about 21 hours from now)." `now` is passed in so the words can be tested.
 */
export function deadlineInWords(deadline: string, now: Date): string {
  const at = new Date(deadline);
  const hoursLeft = (at.getTime() - now.getTime()) / 3_600_000;
  if (hoursLeft <= 0) return "The time to rate it has passed.";
  const time = `${String(at.getHours()).padStart(2, "0")}:${String(at.getMinutes()).padStart(2, "0")}`;
  const when = `${DAYS[at.getDay()]} ${at.getDate()} ${MONTHS[at.getMonth()]} at ${time}`;
  const left =
    hoursLeft < 1
      ? "less than an hour from now"
      : `about ${Math.round(hoursLeft)} hour${Math.round(hoursLeft) === 1 ? "" : "s"} from now`;
  return `You can rate it until ${when} (${left}).`;
}
