import { connectionType } from "../schema/connection.ts";
import { Homework } from "./homework.entity.ts";

export const HomeworkConnection = connectionType(Homework, "Homework", {
  list: "A page of a client's homework, latest due date first.",
  item: "A homework item",
});
