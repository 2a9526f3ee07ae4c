import { graphql } from "../../graphql";
import "./paging";
import type { ClientHomeworkQuery } from "../../graphql/graphql";

/**
 * The client page's charts, summary and plan; the printed report asks the same for its period, so paper and screen agree.
 * Each panel reads only its own fragment; the pages themselves read the client, the period, whether there is anything
 * to chart, the dates of past sessions and the current plan.
 */
export const CLIENT_PROGRESS = graphql(`
  query ClientProgress($clientId: ID!, $from: DateTimeISO, $to: DateTimeISO, $bucket: Bucket!) {
    clientProgress(clientId: $clientId, from: $from, to: $to, bucket: $bucket) {
      client {
        id
        displayName
        intakeDate
        status
        complaint
        measurementPlan {
          measures
          schedule
          updatedAt
        }
        pendingCheckIn {
          ...PendingCheckIn_checkIn
        }
      }
      from
      to
      sessions {
        sessionId
        number
        localDate
        weekRating
        weekWords
        source
      }
      checkIns {
        checkInId
        localDate
        weekRating
        weekWords
        source
      }
      episodes {
        count
      }
      planRevisions {
        goals
        targets
        plannedTechniques
      }
      ...OutcomeChart_progress
      ...SymptomsChart_progress
      ...AllianceChart_progress
      ...HomeworkChart_progress
      ...EpisodeChart_progress
      ...CadenceChart_progress
      ...SummaryPanel_progress
      ...PlanPanel_progress
    }
  }
`);

/** A page of the client's homework; "Show more" reads the next one (`fetchMore`, merged by app/apollo.ts). */
export const CLIENT_HOMEWORK = graphql(`
  query ClientHomework($clientId: ID!, $after: String) {
    clientHomework(clientId: $clientId, first: 30, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          id
          type
          description
          dueDate
          status
          helpfulness
          assignedBy
        }
      }
    }
  }
`);

export type HomeworkItem = ClientHomeworkQuery["clientHomework"]["edges"][number]["node"];

/**
 * A check-in the client sent and no session has used yet, as the record-session form shows it. The client's own page
 * reads it too (the same query): it holds nothing the client did not send.
 */
export const PENDING_CHECK_IN = graphql(`
  fragment PendingCheckIn_checkIn on CheckIn {
    id
    submittedAt
    localDate
    weekRating
    weekWords
    ors {
      individual
      interpersonal
      social
      overall
    }
    orsTotal
    phq9Items
    phq9Total
    gad7Items
    gad7Total
    notSafeNow
    safetyConcern
  }
`);

/** Queries to refresh after any write, so the charts update without a reload. */
export const REFRESH_AFTER_WRITE = ["ClientProgress", "ClientHomework", "ClientCheckIns"];
