import { graphql } from "../../graphql";

/** One row of the caseload figures: a group, a therapist or the whole clinic, as the tables and headline show it. */
export const MetricsRow_Fragment = graphql(`
  fragment MetricsRow_row on MetricsRow {
    label
    clients {
      value
      suppressed
    }
    active {
      value
      suppressed
    }
    discharged {
      value
      suppressed
    }
    droppedOut {
      value
      suppressed
    }
    sessionsPerClient {
      median
      q1
      q3
      clients
      suppressed
    }
    finishedCourses {
      value
      suppressed
    }
    outcomes {
      measure
      eligible {
        value
        suppressed
      }
      reliableImprovement {
        numerator
        denominator
        rate
        suppressed
      }
      noReliableChange {
        numerator
        denominator
        rate
        suppressed
      }
      reliableDeterioration {
        numerator
        denominator
        rate
        suppressed
      }
      atCasenessAtStart {
        value
        suppressed
      }
      recovery {
        numerator
        denominator
        rate
        suppressed
      }
      reliableRecovery {
        numerator
        denominator
        rate
        suppressed
      }
    }
    inTreatmentOutcomes {
      measure
      eligible {
        value
        suppressed
      }
      reliableImprovement {
        numerator
        denominator
        rate
        suppressed
      }
      noReliableChange {
        numerator
        denominator
        rate
        suppressed
      }
      reliableDeterioration {
        numerator
        denominator
        rate
        suppressed
      }
      atCasenessAtStart {
        value
        suppressed
      }
      recovery {
        numerator
        denominator
        rate
        suppressed
      }
      reliableRecovery {
        numerator
        denominator
        rate
        suppressed
      }
    }
    flagged {
      numerator
      denominator
      rate
      suppressed
    }
    revisedWithinThreeWeeks {
      numerator
      denominator
      rate
      suppressed
    }
    homeworkCompletion {
      numerator
      denominator
      rate
      suppressed
    }
    selfAssignedHomework {
      numerator
      denominator
      rate
      suppressed
    }
    episodeRateRatio {
      median
      q1
      q3
      clients
      suppressed
    }
  }
`);

/** A group of finished courses in a what-works table: its size and its reliable improvement on each measure. */
export const WhatWorksGroup_Fragment = graphql(`
  fragment WhatWorksGroup_group on CaseloadWhatWorksGroup {
    key
    label
    courses {
      value
      suppressed
    }
    outcomes {
      measure
      eligible {
        value
        suppressed
      }
      reliableImprovement {
        numerator
        denominator
        rate
        suppressed
      }
    }
  }
`);

export const METRICS_COHORTS = graphql(`
  query MetricsCohorts {
    metricsCohorts {
      id
      kind
      label
      groupings
    }
  }
`);

export const CASELOAD_METRICS = graphql(`
  query CaseloadMetrics($groupBy: MetricsGroup!, $cohort: String) {
    caseloadMetrics(groupBy: $groupBy, cohort: $cohort) {
      cohort {
        id
        kind
        label
        groupings
      }
      groupBy
      fromMonth
      toMonth
      minCellSize
      suppressionRule
      perturbationNote
      rows {
        ...MetricsRow_row
      }
      total {
        ...MetricsRow_row
        whatWorks {
          homeworkBands {
            ...WhatWorksGroup_group
          }
          plannedTechniques {
            ...WhatWorksGroup_group
          }
          revisionAfterFlag {
            responseDays
            flaggedCourses {
              value
              suppressed
            }
            revisedInTime {
              numerator
              denominator
              rate
              suppressed
            }
            groups {
              ...WhatWorksGroup_group
            }
          }
        }
      }
      therapists {
        ...MetricsRow_row
      }
      typicalCourse {
        monthInTreatment
        ors {
          median
          q1
          q3
          clients
          suppressed
        }
        phq9 {
          median
          q1
          q3
          clients
          suppressed
        }
      }
    }
  }
`);

export const AUDIT_SUMMARY = graphql(`
  query AuditSummary {
    auditSummary {
      actor
      actorRole
      action
      month
      count
      suppressed
    }
  }
`);
