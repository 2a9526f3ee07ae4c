import { graphql } from "../../graphql";

/**
 * What works for one client, read lazily: the therapist's page asks for it apart from the charts' query, so a
 * change of range does not recompute it (the analyses cover the whole course, not the range shown).
 */
export const CLIENT_WHAT_WORKS = graphql(`
  query ClientWhatWorks($clientId: ID!) {
    clientProgress(clientId: $clientId, bucket: WEEK) {
      whatWorks {
        ...WhatWorksPanel_whatWorks
        planReview {
          ...PlanReviewPanel_review
        }
      }
    }
  }
`);

/** The client's own version: the same analyses, without the plan review (a clinician's weighing of the plan). */
export const MY_WHAT_WORKS = graphql(`
  query MyWhatWorks($clientId: ID!) {
    clientProgress(clientId: $clientId, bucket: WEEK) {
      whatWorks {
        ...WhatWorksPanel_whatWorks
      }
    }
  }
`);

export const PlanReviewPanel_Fragment = graphql(`
  fragment PlanReviewPanel_review on PlanReview {
    version
    since
    lines {
      kind
      direction
      text
      rule
      numbers
    }
    evidenceFor {
      kind
      direction
      text
      rule
      numbers
    }
    evidenceAgainst {
      kind
      direction
      text
      rule
      numbers
    }
  }
`);

export const WhatWorksPanel_Fragment = graphql(`
  fragment WhatWorksPanel_whatWorks on WhatWorks {
    today
    homework {
      measure
      completion {
        predictor
        measure
        method
        enough
        reason
        verdict
        counts {
          pairs
          intervals
          high
          low
        }
        slope {
          estimate
          lower
          upper
        }
        confidence
        points {
          from
          to
          sessionNumber
          items
          x
          change
        }
      }
      helpfulness {
        predictor
        measure
        method
        enough
        reason
        verdict
        counts {
          pairs
          intervals
          high
          low
        }
        slope {
          estimate
          lower
          upper
        }
        confidence
        points {
          from
          to
          sessionNumber
          items
          x
          change
        }
      }
    }
    coping {
      method
      symptom
      episodesWithout
      comparisons
      adjustment
      intervalConfidence
      enough
      reason
      techniques {
        technique
        episodes
        enough
        reason
        meanPeakWith
        meanPeakWithout
        typicalMinutesWith
        typicalMinutesWithout
        peakIntensity {
          interval {
            estimate
            lower
            upper
          }
          verdict
        }
        duration {
          interval {
            estimate
            lower
            upper
          }
          verdict
        }
      }
    }
    practised {
      method
      comparisons
      intervalConfidence
      techniques {
        technique
        sessionsWith
        sessionsWithout
        episodesAfterWith
        episodesAfterWithout
        enough
        reason
        rateRatio {
          estimate
          lower
          upper
        }
        verdict
      }
    }
    plannedVsDelivered {
      method
      currentVersion
      techniques {
        technique
        planned
        plannedSinceVersion
        sessions
        sessionsUsing
      }
    }
    triggerTrends {
      method
      weeks
      comparisons
      intervalConfidence
      enough
      reason
      triggers {
        trigger
        weeklyCounts
        total
        enough
        reason
        model
        ratePerWeek {
          estimate
          lower
          upper
        }
        verdict
      }
    }
    triggerShares {
      version
      revisionDate
      shares {
        method
        revisionDate
        from
        to
        episodesBefore
        episodesAfter
        enough
        reason
        triggers {
          trigger
          before {
            episodes
            share {
              estimate
              lower
              upper
            }
          }
          after {
            episodes
            share {
              estimate
              lower
              upper
            }
          }
        }
      }
    }
    episodeTimes {
      method
      timeZone
      total
      cells {
        day
        period
        count
      }
      dayTotals
      periodTotals
      enough
      reason
      busiest {
        day
        period
        count
      }
    }
    targetProgress {
      method
      target {
        text
        kind
        measure
        symptom
        comparator
        value
        problem
      }
      weeks {
        weekStart
        state
        observed
      }
      weeksMet
      weeksMeasurable
      latestMeasured {
        weekStart
        state
        observed
      }
      streak
    }
  }
`);
