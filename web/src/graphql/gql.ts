/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  fragment AllianceChart_progress on ClientProgress {\n    sessions { number localDate srs }\n    cutoffs { rule value }\n  }\n": typeof types.AllianceChart_ProgressFragmentDoc,
    "\n  fragment CadenceChart_progress on ClientProgress {\n    cadence { number localDate daysSincePrevious }\n  }\n": typeof types.CadenceChart_ProgressFragmentDoc,
    "\n  fragment EpisodeChart_progress on ClientProgress {\n    bucket\n    episodes { start days count perWeek meanIntensity maxIntensity totalMinutes bySymptom { symptom count } }\n  }\n": typeof types.EpisodeChart_ProgressFragmentDoc,
    "\n  fragment HomeworkChart_progress on ClientProgress {\n    bucket\n    homework { start assigned completed partial notDone open completionRate selfAssigned selfAssignedShare }\n  }\n": typeof types.HomeworkChart_ProgressFragmentDoc,
    "\n  fragment OutcomeChart_progress on ClientProgress {\n    sessions { sessionId number localDate attendance ors phq9 gad7 }\n    expected { sessionNumber expected lower }\n    cutoffs { measure rule value label }\n    planRevisions { version localDate rationale }\n  }\n": typeof types.OutcomeChart_ProgressFragmentDoc,
    "\n  query Caseload($includeClosed: Boolean!) {\n    caseload(includeClosed: $includeClosed) {\n      client { id displayName status complaint }\n      status\n      alertCount\n      sessionsAttended\n      lastSessionDate\n      latestOrs\n      orsSparkline\n      episodesPerWeek\n      summary { alerts { code severity message } }\n    }\n  }\n": typeof types.CaseloadDocument,
    "\n  mutation UpdateHomework($input: UpdateHomeworkInput!) {\n    updateHomework(input: $input) { id status helpfulness }\n  }\n": typeof types.UpdateHomeworkDocument,
    "\n  mutation AssignHomework($input: AssignHomeworkInput!) {\n    assignHomework(input: $input) { id }\n  }\n": typeof types.AssignHomeworkDocument,
    "\n  mutation LogEpisode($input: LogEpisodeInput!) {\n    logEpisode(input: $input) { id localDate }\n  }\n": typeof types.LogEpisodeDocument,
    "\n  fragment PlanPanel_progress on ClientProgress {\n    planRevisions {\n      version\n      localDate\n      goals\n      targets\n      plannedTechniques\n      rationale\n      comparison {\n        windowRule\n        before { from to days episodes episodesPerWeek homeworkReviewed homeworkCompletionRate orsSlopePerWeek }\n        after { from to days episodes episodesPerWeek homeworkReviewed homeworkCompletionRate orsSlopePerWeek }\n        episodeRateRatio { ratio lower upper confidence }\n      }\n    }\n  }\n": typeof types.PlanPanel_ProgressFragmentDoc,
    "\n  mutation RecordSession($input: RecordSessionInput!) {\n    recordSession(input: $input) { id number }\n  }\n": typeof types.RecordSessionDocument,
    "\n  mutation RevisePlan($input: RevisePlanInput!) {\n    revisePlan(input: $input) { id version }\n  }\n": typeof types.RevisePlanDocument,
    "\n  fragment SummaryPanel_progress on ClientProgress {\n    summary {\n      status\n      offTrackMethod\n      sessionsAttended\n      lastSessionDate\n      alerts { code severity rule message suggestion sessionNumber }\n      outcomes { measure ratedSessions baseline latest change classification rule latestBand casenessAtBaseline recovered reliablyRecovered response remission }\n    }\n  }\n": typeof types.SummaryPanel_ProgressFragmentDoc,
    "\n  query ClientProgress($clientId: ID!, $from: DateTimeISO, $to: DateTimeISO, $bucket: Bucket!) {\n    clientProgress(clientId: $clientId, from: $from, to: $to, bucket: $bucket) {\n      client { id displayName intakeDate status complaint }\n      from\n      to\n      ...OutcomeChart_progress\n      ...AllianceChart_progress\n      ...HomeworkChart_progress\n      ...EpisodeChart_progress\n      ...CadenceChart_progress\n      ...SummaryPanel_progress\n      ...PlanPanel_progress\n    }\n  }\n": typeof types.ClientProgressDocument,
    "\n  query ClientHomework($clientId: ID!) {\n    clientHomework(clientId: $clientId, limit: 30) {\n      id type description dueDate status helpfulness assignedBy\n    }\n  }\n": typeof types.ClientHomeworkDocument,
    "\n  query Me {\n    me { id displayName role email clientId }\n  }\n": typeof types.MeDocument,
    "\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) { id role }\n  }\n": typeof types.LoginDocument,
    "\n  mutation Logout {\n    logout\n  }\n": typeof types.LogoutDocument,
    "\n  fragment MetricsRow_row on MetricsRow {\n    label\n    clients { value suppressed }\n    active { value suppressed }\n    discharged { value suppressed }\n    droppedOut { value suppressed }\n    sessionsPerClient { median q1 q3 clients suppressed }\n    outcomes {\n      measure\n      eligible { value suppressed }\n      reliableImprovement { numerator denominator rate suppressed }\n      noReliableChange { numerator denominator rate suppressed }\n      reliableDeterioration { numerator denominator rate suppressed }\n      atCasenessAtStart { value suppressed }\n      recovery { numerator denominator rate suppressed }\n      reliableRecovery { numerator denominator rate suppressed }\n    }\n    flagged { numerator denominator rate suppressed }\n    revisedWithinThreeWeeks { numerator denominator rate suppressed }\n    homeworkCompletion { numerator denominator rate suppressed }\n    selfAssignedHomework { numerator denominator rate suppressed }\n    episodeRateRatio { median q1 q3 clients suppressed }\n  }\n": typeof types.MetricsRow_RowFragmentDoc,
    "\n  query MetricsCohorts {\n    metricsCohorts { id kind label groupings }\n  }\n": typeof types.MetricsCohortsDocument,
    "\n  query CaseloadMetrics($groupBy: MetricsGroup!, $cohort: String) {\n    caseloadMetrics(groupBy: $groupBy, cohort: $cohort) {\n      cohort { id kind label groupings }\n      groupBy\n      fromMonth\n      toMonth\n      minCellSize\n      suppressionRule\n      perturbationNote\n      rows { ...MetricsRow_row }\n      total { ...MetricsRow_row }\n      therapists { ...MetricsRow_row }\n      typicalCourse {\n        monthInTreatment\n        ors { median q1 q3 clients suppressed }\n        phq9 { median q1 q3 clients suppressed }\n      }\n    }\n  }\n": typeof types.CaseloadMetricsDocument,
    "\n  query AuditSummary {\n    auditSummary { actor actorRole action month count suppressed }\n  }\n": typeof types.AuditSummaryDocument,
};
const documents: Documents = {
    "\n  fragment AllianceChart_progress on ClientProgress {\n    sessions { number localDate srs }\n    cutoffs { rule value }\n  }\n": types.AllianceChart_ProgressFragmentDoc,
    "\n  fragment CadenceChart_progress on ClientProgress {\n    cadence { number localDate daysSincePrevious }\n  }\n": types.CadenceChart_ProgressFragmentDoc,
    "\n  fragment EpisodeChart_progress on ClientProgress {\n    bucket\n    episodes { start days count perWeek meanIntensity maxIntensity totalMinutes bySymptom { symptom count } }\n  }\n": types.EpisodeChart_ProgressFragmentDoc,
    "\n  fragment HomeworkChart_progress on ClientProgress {\n    bucket\n    homework { start assigned completed partial notDone open completionRate selfAssigned selfAssignedShare }\n  }\n": types.HomeworkChart_ProgressFragmentDoc,
    "\n  fragment OutcomeChart_progress on ClientProgress {\n    sessions { sessionId number localDate attendance ors phq9 gad7 }\n    expected { sessionNumber expected lower }\n    cutoffs { measure rule value label }\n    planRevisions { version localDate rationale }\n  }\n": types.OutcomeChart_ProgressFragmentDoc,
    "\n  query Caseload($includeClosed: Boolean!) {\n    caseload(includeClosed: $includeClosed) {\n      client { id displayName status complaint }\n      status\n      alertCount\n      sessionsAttended\n      lastSessionDate\n      latestOrs\n      orsSparkline\n      episodesPerWeek\n      summary { alerts { code severity message } }\n    }\n  }\n": types.CaseloadDocument,
    "\n  mutation UpdateHomework($input: UpdateHomeworkInput!) {\n    updateHomework(input: $input) { id status helpfulness }\n  }\n": types.UpdateHomeworkDocument,
    "\n  mutation AssignHomework($input: AssignHomeworkInput!) {\n    assignHomework(input: $input) { id }\n  }\n": types.AssignHomeworkDocument,
    "\n  mutation LogEpisode($input: LogEpisodeInput!) {\n    logEpisode(input: $input) { id localDate }\n  }\n": types.LogEpisodeDocument,
    "\n  fragment PlanPanel_progress on ClientProgress {\n    planRevisions {\n      version\n      localDate\n      goals\n      targets\n      plannedTechniques\n      rationale\n      comparison {\n        windowRule\n        before { from to days episodes episodesPerWeek homeworkReviewed homeworkCompletionRate orsSlopePerWeek }\n        after { from to days episodes episodesPerWeek homeworkReviewed homeworkCompletionRate orsSlopePerWeek }\n        episodeRateRatio { ratio lower upper confidence }\n      }\n    }\n  }\n": types.PlanPanel_ProgressFragmentDoc,
    "\n  mutation RecordSession($input: RecordSessionInput!) {\n    recordSession(input: $input) { id number }\n  }\n": types.RecordSessionDocument,
    "\n  mutation RevisePlan($input: RevisePlanInput!) {\n    revisePlan(input: $input) { id version }\n  }\n": types.RevisePlanDocument,
    "\n  fragment SummaryPanel_progress on ClientProgress {\n    summary {\n      status\n      offTrackMethod\n      sessionsAttended\n      lastSessionDate\n      alerts { code severity rule message suggestion sessionNumber }\n      outcomes { measure ratedSessions baseline latest change classification rule latestBand casenessAtBaseline recovered reliablyRecovered response remission }\n    }\n  }\n": types.SummaryPanel_ProgressFragmentDoc,
    "\n  query ClientProgress($clientId: ID!, $from: DateTimeISO, $to: DateTimeISO, $bucket: Bucket!) {\n    clientProgress(clientId: $clientId, from: $from, to: $to, bucket: $bucket) {\n      client { id displayName intakeDate status complaint }\n      from\n      to\n      ...OutcomeChart_progress\n      ...AllianceChart_progress\n      ...HomeworkChart_progress\n      ...EpisodeChart_progress\n      ...CadenceChart_progress\n      ...SummaryPanel_progress\n      ...PlanPanel_progress\n    }\n  }\n": types.ClientProgressDocument,
    "\n  query ClientHomework($clientId: ID!) {\n    clientHomework(clientId: $clientId, limit: 30) {\n      id type description dueDate status helpfulness assignedBy\n    }\n  }\n": types.ClientHomeworkDocument,
    "\n  query Me {\n    me { id displayName role email clientId }\n  }\n": types.MeDocument,
    "\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) { id role }\n  }\n": types.LoginDocument,
    "\n  mutation Logout {\n    logout\n  }\n": types.LogoutDocument,
    "\n  fragment MetricsRow_row on MetricsRow {\n    label\n    clients { value suppressed }\n    active { value suppressed }\n    discharged { value suppressed }\n    droppedOut { value suppressed }\n    sessionsPerClient { median q1 q3 clients suppressed }\n    outcomes {\n      measure\n      eligible { value suppressed }\n      reliableImprovement { numerator denominator rate suppressed }\n      noReliableChange { numerator denominator rate suppressed }\n      reliableDeterioration { numerator denominator rate suppressed }\n      atCasenessAtStart { value suppressed }\n      recovery { numerator denominator rate suppressed }\n      reliableRecovery { numerator denominator rate suppressed }\n    }\n    flagged { numerator denominator rate suppressed }\n    revisedWithinThreeWeeks { numerator denominator rate suppressed }\n    homeworkCompletion { numerator denominator rate suppressed }\n    selfAssignedHomework { numerator denominator rate suppressed }\n    episodeRateRatio { median q1 q3 clients suppressed }\n  }\n": types.MetricsRow_RowFragmentDoc,
    "\n  query MetricsCohorts {\n    metricsCohorts { id kind label groupings }\n  }\n": types.MetricsCohortsDocument,
    "\n  query CaseloadMetrics($groupBy: MetricsGroup!, $cohort: String) {\n    caseloadMetrics(groupBy: $groupBy, cohort: $cohort) {\n      cohort { id kind label groupings }\n      groupBy\n      fromMonth\n      toMonth\n      minCellSize\n      suppressionRule\n      perturbationNote\n      rows { ...MetricsRow_row }\n      total { ...MetricsRow_row }\n      therapists { ...MetricsRow_row }\n      typicalCourse {\n        monthInTreatment\n        ors { median q1 q3 clients suppressed }\n        phq9 { median q1 q3 clients suppressed }\n      }\n    }\n  }\n": types.CaseloadMetricsDocument,
    "\n  query AuditSummary {\n    auditSummary { actor actorRole action month count suppressed }\n  }\n": types.AuditSummaryDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AllianceChart_progress on ClientProgress {\n    sessions { number localDate srs }\n    cutoffs { rule value }\n  }\n"): (typeof documents)["\n  fragment AllianceChart_progress on ClientProgress {\n    sessions { number localDate srs }\n    cutoffs { rule value }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CadenceChart_progress on ClientProgress {\n    cadence { number localDate daysSincePrevious }\n  }\n"): (typeof documents)["\n  fragment CadenceChart_progress on ClientProgress {\n    cadence { number localDate daysSincePrevious }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment EpisodeChart_progress on ClientProgress {\n    bucket\n    episodes { start days count perWeek meanIntensity maxIntensity totalMinutes bySymptom { symptom count } }\n  }\n"): (typeof documents)["\n  fragment EpisodeChart_progress on ClientProgress {\n    bucket\n    episodes { start days count perWeek meanIntensity maxIntensity totalMinutes bySymptom { symptom count } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment HomeworkChart_progress on ClientProgress {\n    bucket\n    homework { start assigned completed partial notDone open completionRate selfAssigned selfAssignedShare }\n  }\n"): (typeof documents)["\n  fragment HomeworkChart_progress on ClientProgress {\n    bucket\n    homework { start assigned completed partial notDone open completionRate selfAssigned selfAssignedShare }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment OutcomeChart_progress on ClientProgress {\n    sessions { sessionId number localDate attendance ors phq9 gad7 }\n    expected { sessionNumber expected lower }\n    cutoffs { measure rule value label }\n    planRevisions { version localDate rationale }\n  }\n"): (typeof documents)["\n  fragment OutcomeChart_progress on ClientProgress {\n    sessions { sessionId number localDate attendance ors phq9 gad7 }\n    expected { sessionNumber expected lower }\n    cutoffs { measure rule value label }\n    planRevisions { version localDate rationale }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Caseload($includeClosed: Boolean!) {\n    caseload(includeClosed: $includeClosed) {\n      client { id displayName status complaint }\n      status\n      alertCount\n      sessionsAttended\n      lastSessionDate\n      latestOrs\n      orsSparkline\n      episodesPerWeek\n      summary { alerts { code severity message } }\n    }\n  }\n"): (typeof documents)["\n  query Caseload($includeClosed: Boolean!) {\n    caseload(includeClosed: $includeClosed) {\n      client { id displayName status complaint }\n      status\n      alertCount\n      sessionsAttended\n      lastSessionDate\n      latestOrs\n      orsSparkline\n      episodesPerWeek\n      summary { alerts { code severity message } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateHomework($input: UpdateHomeworkInput!) {\n    updateHomework(input: $input) { id status helpfulness }\n  }\n"): (typeof documents)["\n  mutation UpdateHomework($input: UpdateHomeworkInput!) {\n    updateHomework(input: $input) { id status helpfulness }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AssignHomework($input: AssignHomeworkInput!) {\n    assignHomework(input: $input) { id }\n  }\n"): (typeof documents)["\n  mutation AssignHomework($input: AssignHomeworkInput!) {\n    assignHomework(input: $input) { id }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LogEpisode($input: LogEpisodeInput!) {\n    logEpisode(input: $input) { id localDate }\n  }\n"): (typeof documents)["\n  mutation LogEpisode($input: LogEpisodeInput!) {\n    logEpisode(input: $input) { id localDate }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PlanPanel_progress on ClientProgress {\n    planRevisions {\n      version\n      localDate\n      goals\n      targets\n      plannedTechniques\n      rationale\n      comparison {\n        windowRule\n        before { from to days episodes episodesPerWeek homeworkReviewed homeworkCompletionRate orsSlopePerWeek }\n        after { from to days episodes episodesPerWeek homeworkReviewed homeworkCompletionRate orsSlopePerWeek }\n        episodeRateRatio { ratio lower upper confidence }\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment PlanPanel_progress on ClientProgress {\n    planRevisions {\n      version\n      localDate\n      goals\n      targets\n      plannedTechniques\n      rationale\n      comparison {\n        windowRule\n        before { from to days episodes episodesPerWeek homeworkReviewed homeworkCompletionRate orsSlopePerWeek }\n        after { from to days episodes episodesPerWeek homeworkReviewed homeworkCompletionRate orsSlopePerWeek }\n        episodeRateRatio { ratio lower upper confidence }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordSession($input: RecordSessionInput!) {\n    recordSession(input: $input) { id number }\n  }\n"): (typeof documents)["\n  mutation RecordSession($input: RecordSessionInput!) {\n    recordSession(input: $input) { id number }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevisePlan($input: RevisePlanInput!) {\n    revisePlan(input: $input) { id version }\n  }\n"): (typeof documents)["\n  mutation RevisePlan($input: RevisePlanInput!) {\n    revisePlan(input: $input) { id version }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SummaryPanel_progress on ClientProgress {\n    summary {\n      status\n      offTrackMethod\n      sessionsAttended\n      lastSessionDate\n      alerts { code severity rule message suggestion sessionNumber }\n      outcomes { measure ratedSessions baseline latest change classification rule latestBand casenessAtBaseline recovered reliablyRecovered response remission }\n    }\n  }\n"): (typeof documents)["\n  fragment SummaryPanel_progress on ClientProgress {\n    summary {\n      status\n      offTrackMethod\n      sessionsAttended\n      lastSessionDate\n      alerts { code severity rule message suggestion sessionNumber }\n      outcomes { measure ratedSessions baseline latest change classification rule latestBand casenessAtBaseline recovered reliablyRecovered response remission }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ClientProgress($clientId: ID!, $from: DateTimeISO, $to: DateTimeISO, $bucket: Bucket!) {\n    clientProgress(clientId: $clientId, from: $from, to: $to, bucket: $bucket) {\n      client { id displayName intakeDate status complaint }\n      from\n      to\n      ...OutcomeChart_progress\n      ...AllianceChart_progress\n      ...HomeworkChart_progress\n      ...EpisodeChart_progress\n      ...CadenceChart_progress\n      ...SummaryPanel_progress\n      ...PlanPanel_progress\n    }\n  }\n"): (typeof documents)["\n  query ClientProgress($clientId: ID!, $from: DateTimeISO, $to: DateTimeISO, $bucket: Bucket!) {\n    clientProgress(clientId: $clientId, from: $from, to: $to, bucket: $bucket) {\n      client { id displayName intakeDate status complaint }\n      from\n      to\n      ...OutcomeChart_progress\n      ...AllianceChart_progress\n      ...HomeworkChart_progress\n      ...EpisodeChart_progress\n      ...CadenceChart_progress\n      ...SummaryPanel_progress\n      ...PlanPanel_progress\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ClientHomework($clientId: ID!) {\n    clientHomework(clientId: $clientId, limit: 30) {\n      id type description dueDate status helpfulness assignedBy\n    }\n  }\n"): (typeof documents)["\n  query ClientHomework($clientId: ID!) {\n    clientHomework(clientId: $clientId, limit: 30) {\n      id type description dueDate status helpfulness assignedBy\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Me {\n    me { id displayName role email clientId }\n  }\n"): (typeof documents)["\n  query Me {\n    me { id displayName role email clientId }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) { id role }\n  }\n"): (typeof documents)["\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) { id role }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Logout {\n    logout\n  }\n"): (typeof documents)["\n  mutation Logout {\n    logout\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MetricsRow_row on MetricsRow {\n    label\n    clients { value suppressed }\n    active { value suppressed }\n    discharged { value suppressed }\n    droppedOut { value suppressed }\n    sessionsPerClient { median q1 q3 clients suppressed }\n    outcomes {\n      measure\n      eligible { value suppressed }\n      reliableImprovement { numerator denominator rate suppressed }\n      noReliableChange { numerator denominator rate suppressed }\n      reliableDeterioration { numerator denominator rate suppressed }\n      atCasenessAtStart { value suppressed }\n      recovery { numerator denominator rate suppressed }\n      reliableRecovery { numerator denominator rate suppressed }\n    }\n    flagged { numerator denominator rate suppressed }\n    revisedWithinThreeWeeks { numerator denominator rate suppressed }\n    homeworkCompletion { numerator denominator rate suppressed }\n    selfAssignedHomework { numerator denominator rate suppressed }\n    episodeRateRatio { median q1 q3 clients suppressed }\n  }\n"): (typeof documents)["\n  fragment MetricsRow_row on MetricsRow {\n    label\n    clients { value suppressed }\n    active { value suppressed }\n    discharged { value suppressed }\n    droppedOut { value suppressed }\n    sessionsPerClient { median q1 q3 clients suppressed }\n    outcomes {\n      measure\n      eligible { value suppressed }\n      reliableImprovement { numerator denominator rate suppressed }\n      noReliableChange { numerator denominator rate suppressed }\n      reliableDeterioration { numerator denominator rate suppressed }\n      atCasenessAtStart { value suppressed }\n      recovery { numerator denominator rate suppressed }\n      reliableRecovery { numerator denominator rate suppressed }\n    }\n    flagged { numerator denominator rate suppressed }\n    revisedWithinThreeWeeks { numerator denominator rate suppressed }\n    homeworkCompletion { numerator denominator rate suppressed }\n    selfAssignedHomework { numerator denominator rate suppressed }\n    episodeRateRatio { median q1 q3 clients suppressed }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MetricsCohorts {\n    metricsCohorts { id kind label groupings }\n  }\n"): (typeof documents)["\n  query MetricsCohorts {\n    metricsCohorts { id kind label groupings }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CaseloadMetrics($groupBy: MetricsGroup!, $cohort: String) {\n    caseloadMetrics(groupBy: $groupBy, cohort: $cohort) {\n      cohort { id kind label groupings }\n      groupBy\n      fromMonth\n      toMonth\n      minCellSize\n      suppressionRule\n      perturbationNote\n      rows { ...MetricsRow_row }\n      total { ...MetricsRow_row }\n      therapists { ...MetricsRow_row }\n      typicalCourse {\n        monthInTreatment\n        ors { median q1 q3 clients suppressed }\n        phq9 { median q1 q3 clients suppressed }\n      }\n    }\n  }\n"): (typeof documents)["\n  query CaseloadMetrics($groupBy: MetricsGroup!, $cohort: String) {\n    caseloadMetrics(groupBy: $groupBy, cohort: $cohort) {\n      cohort { id kind label groupings }\n      groupBy\n      fromMonth\n      toMonth\n      minCellSize\n      suppressionRule\n      perturbationNote\n      rows { ...MetricsRow_row }\n      total { ...MetricsRow_row }\n      therapists { ...MetricsRow_row }\n      typicalCourse {\n        monthInTreatment\n        ors { median q1 q3 clients suppressed }\n        phq9 { median q1 q3 clients suppressed }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuditSummary {\n    auditSummary { actor actorRole action month count suppressed }\n  }\n"): (typeof documents)["\n  query AuditSummary {\n    auditSummary { actor actorRole action month count suppressed }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;