import { describe, expect, it } from "vitest";
import { ClientStatus } from "../../../server/clients/client.enums.ts";
import { DEFAULT_RULES } from "../../../server/measures/rules.ts";
import { Attendance, SessionKind } from "../../../server/sessions/session.enums.ts";
import { isFinishedCourse } from "../../../server/supervision/client-facts.ts";

const attended = (kind: SessionKind = SessionKind.FOLLOW_UP) => ({ attendance: Attendance.ATTENDED, kind });
const missed = { attendance: Attendance.NO_SHOW, kind: SessionKind.FOLLOW_UP };
const discharged = { status: ClientStatus.DISCHARGED, closedOn: "2026-10-15" };

/** NHS Talking Therapies: a finished course is an ended referral with at least two treatment sessions. */
describe("a finished course of treatment", () => {
  it("is an ended case, discharged or dropped out, with two attended treatment sessions", () => {
    expect(isFinishedCourse(discharged, [attended(), attended()], DEFAULT_RULES)).toBe(true);
    expect(
      isFinishedCourse(
        { status: ClientStatus.DROPPED_OUT, closedOn: "2026-10-15" },
        [attended(), attended()],
        DEFAULT_RULES,
      ),
    ).toBe(true);
  });

  it("is not a course still under way, however many sessions it has had", () => {
    const sessions = Array.from({ length: 12 }, () => attended());
    expect(isFinishedCourse({ status: ClientStatus.ACTIVE, closedOn: null }, sessions, DEFAULT_RULES)).toBe(false);
  });

  it("needs a closing date", () => {
    expect(
      isFinishedCourse({ status: ClientStatus.DISCHARGED, closedOn: null }, [attended(), attended()], DEFAULT_RULES),
    ).toBe(false);
  });

  it("counts neither the intake assessment nor missed sessions as treatment", () => {
    expect(isFinishedCourse(discharged, [attended(SessionKind.INTAKE), attended()], DEFAULT_RULES)).toBe(false);
    expect(isFinishedCourse(discharged, [attended(), missed, missed], DEFAULT_RULES)).toBe(false);
    expect(
      isFinishedCourse(discharged, [attended(SessionKind.INTAKE), attended(), missed, attended()], DEFAULT_RULES),
    ).toBe(true);
  });

  it("reads the number of sessions from the rules", () => {
    const three = { ...DEFAULT_RULES, NHS_FINISHED_COURSE_MIN_SESSIONS: 3 };
    expect(isFinishedCourse(discharged, [attended(), attended()], three)).toBe(false);
    expect(isFinishedCourse(discharged, [attended(), attended(), attended()], three)).toBe(true);
  });
});
