import { connectionType } from "../schema/connection.ts";
import { TherapySession } from "./session.entity.ts";

export const SessionConnection = connectionType(TherapySession, "Session", {
  list: "A page of a client's sessions, newest first.",
  item: "A session",
});
