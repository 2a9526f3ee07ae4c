import { graphql } from "../../graphql";

export const CLIENT_PROGRESS = graphql(`
  query ClientProgress($clientId: ID!, $from: DateTimeISO, $bucket: Bucket!) {
    clientProgress(clientId: $clientId, from: $from, bucket: $bucket) {
      client { id displayName intakeDate status complaint }
      from
      to
      ...OutcomeChart_progress
      ...AllianceChart_progress
      ...HomeworkChart_progress
      ...EpisodeChart_progress
      ...CadenceChart_progress
      ...SummaryPanel_progress
      ...PlanPanel_progress
    }
  }
`);

export const CLIENT_HOMEWORK = graphql(`
  query ClientHomework($clientId: ID!) {
    clientHomework(clientId: $clientId, limit: 30) {
      id type description dueDate status helpfulness assignedBy
    }
  }
`);

/** Queries to refresh after any write, so the charts update without a reload. */
export const REFRESH_AFTER_WRITE = ["ClientProgress", "ClientHomework"];
