import { graphql } from "../../graphql";

/**
 * Everything the printed report shows, for an explicit period: the client page's chart, summary and plan fragments,
 * so the paper and the screen never disagree.
 */
export const REPORT_PROGRESS = graphql(`
  query ReportProgress($clientId: ID!, $from: DateTimeISO, $to: DateTimeISO, $bucket: Bucket!) {
    clientProgress(clientId: $clientId, from: $from, to: $to, bucket: $bucket) {
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
