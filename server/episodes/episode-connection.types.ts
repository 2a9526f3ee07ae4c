import { connectionType } from "../schema/connection.ts";
import { SymptomEpisode } from "./episode.entity.ts";

export const SymptomEpisodeConnection = connectionType(SymptomEpisode, "SymptomEpisode", {
  list: "A page of a client's symptom episodes, newest first.",
  item: "A symptom episode",
});
