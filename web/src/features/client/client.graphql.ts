import { graphql } from "../../graphql";

/** The client page's charts, summary and plan; the printed report asks the same for its period, so paper and screen agree. */
export const CLIENT_PROGRESS = graphql(`
  query ClientProgress($clientId: ID!, $from: DateTimeISO, $to: DateTimeISO, $bucket: Bucket!) {
    clientProgress(clientId: $clientId, from: $from, to: $to, bucket: $bucket) {
      client {
        id
        displayName
        intakeDate
        status
        complaint
      }
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
      id
      type
      description
      dueDate
      status
      helpfulness
      assignedBy
    }
  }
`);

/** Queries to refresh after any write, so the charts update without a reload. */
export const REFRESH_AFTER_WRITE = ["ClientProgress", "ClientHomework"];
