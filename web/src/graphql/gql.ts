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
    "\n  fragment AllianceChart_progress on ClientProgress {\n    sessions {\n      number\n      localDate\n      srs\n    }\n    cutoffs {\n      rule\n      value\n    }\n  }\n": typeof types.AllianceChart_ProgressFragmentDoc,
    "\n  fragment CadenceChart_progress on ClientProgress {\n    cadence {\n      number\n      localDate\n      daysSincePrevious\n    }\n  }\n": typeof types.CadenceChart_ProgressFragmentDoc,
    "\n  fragment EpisodeChart_progress on ClientProgress {\n    bucket\n    episodes {\n      start\n      days\n      count\n      perWeek\n      meanIntensity\n      maxIntensity\n      totalMinutes\n      bySymptom {\n        symptom\n        count\n      }\n    }\n  }\n": typeof types.EpisodeChart_ProgressFragmentDoc,
    "\n  fragment HomeworkChart_progress on ClientProgress {\n    bucket\n    homework {\n      start\n      assigned\n      completed\n      partial\n      notDone\n      open\n      completionRate\n      selfAssigned\n      selfAssignedShare\n    }\n  }\n": typeof types.HomeworkChart_ProgressFragmentDoc,
    "\n  fragment OutcomeChart_progress on ClientProgress {\n    sessions {\n      sessionId\n      number\n      localDate\n      attendance\n      ors\n      phq9\n      gad7\n    }\n    expected {\n      sessionNumber\n      expected\n      lower\n    }\n    cutoffs {\n      measure\n      rule\n      value\n      label\n    }\n    planRevisions {\n      version\n      localDate\n      rationale\n    }\n  }\n": typeof types.OutcomeChart_ProgressFragmentDoc,
    "\n  fragment SymptomsChart_progress on ClientProgress {\n    sessions {\n      number\n      localDate\n      phq9\n      gad7\n    }\n    cutoffs {\n      rule\n      value\n    }\n    planRevisions {\n      version\n      localDate\n      rationale\n    }\n  }\n": typeof types.SymptomsChart_ProgressFragmentDoc,
    "\n  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {\n    changePassword(currentPassword: $currentPassword, newPassword: $newPassword)\n  }\n": typeof types.ChangePasswordDocument,
    "\n  query MySessions {\n    mySessions {\n      id\n      current\n      createdAt\n      lastSeenAt\n      sourceAddress\n    }\n  }\n": typeof types.MySessionsDocument,
    "\n  mutation EndSession($id: ID!) {\n    endSession(id: $id)\n  }\n": typeof types.EndSessionDocument,
    "\n  query AccessTokens {\n    accessTokens {\n      id\n      name\n      createdAt\n      expiresAt\n      lastUsedAt\n      revokedAt\n    }\n  }\n": typeof types.AccessTokensDocument,
    "\n  mutation CreateAccessToken($name: String!, $expiresInDays: Int!) {\n    createAccessToken(name: $name, expiresInDays: $expiresInDays) {\n      token\n      accessToken {\n        id\n        name\n        expiresAt\n      }\n    }\n  }\n": typeof types.CreateAccessTokenDocument,
    "\n  mutation RevokeAccessToken($id: ID!) {\n    revokeAccessToken(id: $id) {\n      id\n      revokedAt\n    }\n  }\n": typeof types.RevokeAccessTokenDocument,
    "\n  mutation AdmitClient($input: AdmitClientInput!) {\n    admitClient(input: $input) {\n      id\n      displayName\n    }\n  }\n": typeof types.AdmitClientDocument,
    "\n  query Caseload($includeClosed: Boolean!) {\n    caseload(includeClosed: $includeClosed) {\n      client {\n        id\n        displayName\n        status\n        complaint\n        closedOn\n      }\n      status\n      alertCount\n      sessionsAttended\n      lastSessionDate\n      latestOrs\n      orsSparkline\n      episodesPerWeek\n      summary {\n        alerts {\n          code\n          severity\n          message\n        }\n      }\n    }\n  }\n": typeof types.CaseloadDocument,
    "\n  query CheckInsDue {\n    checkInsDue {\n      kind\n      key\n      measures\n      sessionId\n      sessionDate\n      deadline\n    }\n  }\n": typeof types.CheckInsDueDocument,
    "\n  fragment CrisisResourceFields on CrisisResource {\n    name\n    phone\n    text\n    url\n    hours\n    example\n  }\n": typeof types.CrisisResourceFieldsFragmentDoc,
    "\n  query CrisisResources {\n    crisisResources {\n      ...CrisisResourceFields\n    }\n  }\n": typeof types.CrisisResourcesDocument,
    "\n  mutation SubmitCheckIn($input: SubmitCheckInInput!) {\n    submitCheckIn(input: $input) {\n      id\n      localDate\n      safetyConcern\n      crisisResources {\n        ...CrisisResourceFields\n      }\n    }\n  }\n": typeof types.SubmitCheckInDocument,
    "\n  mutation SubmitSessionFeedback($sessionId: ID!, $srs: SrsInput!) {\n    submitSessionFeedback(sessionId: $sessionId, srs: $srs) {\n      sessionId\n      localDate\n      srsTotal\n    }\n  }\n": typeof types.SubmitSessionFeedbackDocument,
    "\n  query ClientAccessLog($clientId: ID!, $after: String) {\n    clientAccessLog(clientId: $clientId, first: 20, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          actor\n          actorRole\n          action\n          at\n        }\n      }\n    }\n  }\n": typeof types.ClientAccessLogDocument,
    "\n  query ClientCase($id: ID!) {\n    client(id: $id) {\n      id\n      displayName\n      email\n      hasAccount\n      status\n      closedOn\n      complaint\n      ageBand\n      intakeDate\n    }\n  }\n": typeof types.ClientCaseDocument,
    "\n  query Colleagues {\n    colleagues {\n      id\n      displayName\n    }\n  }\n": typeof types.ColleaguesDocument,
    "\n  mutation InviteClient($clientId: ID!) {\n    inviteClient(clientId: $clientId) {\n      url\n      expiresAt\n    }\n  }\n": typeof types.InviteClientDocument,
    "\n  mutation UpdateClient($input: UpdateClientInput!) {\n    updateClient(input: $input) {\n      id\n      displayName\n      email\n      complaint\n      ageBand\n      intakeDate\n    }\n  }\n": typeof types.UpdateClientDocument,
    "\n  mutation CloseCase($clientId: ID!, $outcome: CaseOutcome!, $date: LocalDate!) {\n    closeCase(clientId: $clientId, outcome: $outcome, date: $date) {\n      id\n      status\n      closedOn\n    }\n  }\n": typeof types.CloseCaseDocument,
    "\n  mutation ReopenCase($clientId: ID!) {\n    reopenCase(clientId: $clientId) {\n      id\n      status\n      closedOn\n    }\n  }\n": typeof types.ReopenCaseDocument,
    "\n  mutation TransferClient($clientId: ID!, $toTherapistId: ID!) {\n    transferClient(clientId: $clientId, toTherapistId: $toTherapistId) {\n      id\n      therapistId\n    }\n  }\n": typeof types.TransferClientDocument,
    "\n  fragment CorrectionHistory_correction on RecordCorrection {\n    correctedAt\n    correctedBy\n    reason\n    changes {\n      field\n      before\n      after\n    }\n  }\n": typeof types.CorrectionHistory_CorrectionFragmentDoc,
    "\n  fragment EpisodeReader_episode on SymptomEpisode {\n    id\n    occurredAt\n    localDate\n    symptom\n    peakIntensity\n    durationMinutes\n    episodeType\n    triggerCategory\n    situation\n    thoughtsBefore\n    feelingsBefore\n    thoughtsDuring\n    feelingsDuring\n    thoughtsAfter\n    feelingsAfter\n    whatIDid\n    wishIHadDone\n    copingTechnique\n    loggedBy\n    corrections {\n      ...CorrectionHistory_correction\n    }\n  }\n": typeof types.EpisodeReader_EpisodeFragmentDoc,
    "\n  query ClientEpisodes($clientId: ID!, $after: String) {\n    clientEpisodes(clientId: $clientId, first: 10, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...EpisodeReader_episode\n        }\n      }\n    }\n  }\n": typeof types.ClientEpisodesDocument,
    "\n  mutation CorrectEpisode($episodeId: ID!, $reason: String!, $input: LogEpisodeInput!) {\n    correctEpisode(episodeId: $episodeId, reason: $reason, input: $input) {\n      ...EpisodeReader_episode\n    }\n  }\n": typeof types.CorrectEpisodeDocument,
    "\n  mutation UpdateHomework($input: UpdateHomeworkInput!) {\n    updateHomework(input: $input) {\n      id\n      status\n      helpfulness\n    }\n  }\n": typeof types.UpdateHomeworkDocument,
    "\n  mutation AssignHomework($input: AssignHomeworkInput!) {\n    assignHomework(input: $input) {\n      id\n    }\n  }\n": typeof types.AssignHomeworkDocument,
    "\n  mutation LogEpisode($input: LogEpisodeInput!) {\n    logEpisode(input: $input) {\n      id\n      localDate\n    }\n  }\n": typeof types.LogEpisodeDocument,
    "\n  fragment PlanPanel_progress on ClientProgress {\n    planRevisions {\n      version\n      localDate\n      goals\n      targets\n      plannedTechniques\n      rationale\n      comparison {\n        windowRule\n        tooEarly\n        comparableFrom\n        minimumRule\n        before {\n          from\n          to\n          days\n          episodes\n          episodesPerWeek\n          homeworkReviewed\n          homeworkCompletionRate\n          orsSlopePerWeek\n        }\n        after {\n          from\n          to\n          days\n          episodes\n          episodesPerWeek\n          homeworkReviewed\n          homeworkCompletionRate\n          orsSlopePerWeek\n        }\n        episodeRateRatio {\n          ratio\n          lower\n          upper\n          confidence\n        }\n      }\n    }\n  }\n": typeof types.PlanPanel_ProgressFragmentDoc,
    "\n  mutation RecordSession($input: RecordSessionInput!) {\n    recordSession(input: $input) {\n      id\n      number\n    }\n  }\n": typeof types.RecordSessionDocument,
    "\n  mutation RevisePlan($input: RevisePlanInput!) {\n    revisePlan(input: $input) {\n      id\n      version\n    }\n  }\n": typeof types.RevisePlanDocument,
    "\n  fragment SessionHistory_session on Session {\n    id\n    number\n    occurredAt\n    localDate\n    attendance\n    kind\n    weekRating\n    orsTotal\n    srsTotal\n    phq9Total\n    gad7Total\n    ors {\n      individual\n      interpersonal\n      social\n      overall\n    }\n    srs {\n      relationship\n      goalsAndTopics\n      approachOrMethod\n      overall\n    }\n    phq9Items\n    gad7Items\n    priorityIssueCategory\n    priorityIssueText\n    techniquesUsed\n    crisis\n    privateNotes\n    corrections {\n      ...CorrectionHistory_correction\n    }\n  }\n": typeof types.SessionHistory_SessionFragmentDoc,
    "\n  query ClientSessions($clientId: ID!, $after: String) {\n    clientSessions(clientId: $clientId, first: 10, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          ...SessionHistory_session\n        }\n      }\n    }\n  }\n": typeof types.ClientSessionsDocument,
    "\n  mutation CorrectSession($sessionId: ID!, $reason: String!, $input: RecordSessionInput!) {\n    correctSession(sessionId: $sessionId, reason: $reason, input: $input) {\n      ...SessionHistory_session\n    }\n  }\n": typeof types.CorrectSessionDocument,
    "\n  fragment SummaryPanel_progress on ClientProgress {\n    summary {\n      status\n      offTrackMethod\n      sessionsAttended\n      lastSessionDate\n      alerts {\n        code\n        severity\n        rule\n        message\n        suggestion\n        sessionNumber\n      }\n      outcomes {\n        measure\n        ratedSessions\n        baseline\n        latest\n        change\n        classification\n        rule\n        latestBand\n        casenessAtBaseline\n        recovered\n        reliablyRecovered\n        response\n        remission\n      }\n    }\n  }\n": typeof types.SummaryPanel_ProgressFragmentDoc,
    "\n  query ClientProgress($clientId: ID!, $from: DateTimeISO, $to: DateTimeISO, $bucket: Bucket!) {\n    clientProgress(clientId: $clientId, from: $from, to: $to, bucket: $bucket) {\n      client {\n        id\n        displayName\n        intakeDate\n        status\n        complaint\n      }\n      from\n      to\n      sessions {\n        localDate\n      }\n      episodes {\n        count\n      }\n      planRevisions {\n        goals\n        targets\n        plannedTechniques\n      }\n      ...OutcomeChart_progress\n      ...SymptomsChart_progress\n      ...AllianceChart_progress\n      ...HomeworkChart_progress\n      ...EpisodeChart_progress\n      ...CadenceChart_progress\n      ...SummaryPanel_progress\n      ...PlanPanel_progress\n    }\n  }\n": typeof types.ClientProgressDocument,
    "\n  query ClientHomework($clientId: ID!, $after: String) {\n    clientHomework(clientId: $clientId, first: 30, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          type\n          description\n          dueDate\n          status\n          helpfulness\n          assignedBy\n        }\n      }\n    }\n  }\n": typeof types.ClientHomeworkDocument,
    "\n  query InvitationPreview($token: String!) {\n    invitationPreview(token: $token) {\n      email\n      displayName\n      role\n      expiresAt\n      purpose\n    }\n  }\n": typeof types.InvitationPreviewDocument,
    "\n  mutation AcceptInvitation($token: String!, $password: String!) {\n    acceptInvitation(token: $token, password: $password) {\n      id\n      role\n      nextStep\n    }\n  }\n": typeof types.AcceptInvitationDocument,
    "\n  query Me {\n    me {\n      id\n      displayName\n      role\n      email\n      clientId\n      twoFactorEnabled\n      nextStep\n    }\n  }\n": typeof types.MeDocument,
    "\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      id\n      role\n      nextStep\n    }\n  }\n": typeof types.LoginDocument,
    "\n  mutation Logout {\n    logout\n  }\n": typeof types.LogoutDocument,
    "\n  mutation VerifySecondFactor($code: String!) {\n    verifySecondFactor(code: $code) {\n      id\n      nextStep\n    }\n  }\n": typeof types.VerifySecondFactorDocument,
    "\n  mutation BeginTotpEnrollment {\n    beginTotpEnrollment {\n      otpauthUri\n      secret\n      qrCodeSvg\n    }\n  }\n": typeof types.BeginTotpEnrollmentDocument,
    "\n  mutation ConfirmTotpEnrollment($code: String!) {\n    confirmTotpEnrollment(code: $code)\n  }\n": typeof types.ConfirmTotpEnrollmentDocument,
    "\n  query MyWeeks($clientId: ID!, $from: DateTimeISO, $bucket: Bucket!) {\n    clientProgress(clientId: $clientId, from: $from, bucket: $bucket) {\n      sessions {\n        sessionId\n        localDate\n        weekRating\n        weekWords\n        source\n      }\n      checkIns {\n        checkInId\n        localDate\n        weekRating\n        weekWords\n      }\n    }\n  }\n": typeof types.MyWeeksDocument,
    "\n  query Staff {\n    staff {\n      id\n      email\n      displayName\n      role\n      active\n      invitationPending\n      twoFactorEnabled\n      activeClients\n    }\n  }\n": typeof types.StaffDocument,
    "\n  mutation InviteStaff($input: InviteStaffInput!) {\n    inviteStaff(input: $input) {\n      url\n      expiresAt\n    }\n  }\n": typeof types.InviteStaffDocument,
    "\n  mutation ResetPassword($userId: ID!) {\n    resetPassword(userId: $userId) {\n      url\n      expiresAt\n    }\n  }\n": typeof types.ResetPasswordDocument,
    "\n  mutation DeactivateStaff($userId: ID!) {\n    deactivateStaff(userId: $userId) {\n      id\n      active\n      activeClients\n    }\n  }\n": typeof types.DeactivateStaffDocument,
    "\n  mutation TransferCaseload($fromTherapistId: ID!, $toTherapistId: ID!) {\n    transferCaseload(fromTherapistId: $fromTherapistId, toTherapistId: $toTherapistId)\n  }\n": typeof types.TransferCaseloadDocument,
    "\n  fragment MetricsRow_row on MetricsRow {\n    label\n    clients {\n      value\n      suppressed\n    }\n    active {\n      value\n      suppressed\n    }\n    discharged {\n      value\n      suppressed\n    }\n    droppedOut {\n      value\n      suppressed\n    }\n    sessionsPerClient {\n      median\n      q1\n      q3\n      clients\n      suppressed\n    }\n    outcomes {\n      measure\n      eligible {\n        value\n        suppressed\n      }\n      reliableImprovement {\n        numerator\n        denominator\n        rate\n        suppressed\n      }\n      noReliableChange {\n        numerator\n        denominator\n        rate\n        suppressed\n      }\n      reliableDeterioration {\n        numerator\n        denominator\n        rate\n        suppressed\n      }\n      atCasenessAtStart {\n        value\n        suppressed\n      }\n      recovery {\n        numerator\n        denominator\n        rate\n        suppressed\n      }\n      reliableRecovery {\n        numerator\n        denominator\n        rate\n        suppressed\n      }\n    }\n    flagged {\n      numerator\n      denominator\n      rate\n      suppressed\n    }\n    revisedWithinThreeWeeks {\n      numerator\n      denominator\n      rate\n      suppressed\n    }\n    homeworkCompletion {\n      numerator\n      denominator\n      rate\n      suppressed\n    }\n    selfAssignedHomework {\n      numerator\n      denominator\n      rate\n      suppressed\n    }\n    episodeRateRatio {\n      median\n      q1\n      q3\n      clients\n      suppressed\n    }\n  }\n": typeof types.MetricsRow_RowFragmentDoc,
    "\n  query MetricsCohorts {\n    metricsCohorts {\n      id\n      kind\n      label\n      groupings\n    }\n  }\n": typeof types.MetricsCohortsDocument,
    "\n  query CaseloadMetrics($groupBy: MetricsGroup!, $cohort: String) {\n    caseloadMetrics(groupBy: $groupBy, cohort: $cohort) {\n      cohort {\n        id\n        kind\n        label\n        groupings\n      }\n      groupBy\n      fromMonth\n      toMonth\n      minCellSize\n      suppressionRule\n      perturbationNote\n      rows {\n        ...MetricsRow_row\n      }\n      total {\n        ...MetricsRow_row\n      }\n      therapists {\n        ...MetricsRow_row\n      }\n      typicalCourse {\n        monthInTreatment\n        ors {\n          median\n          q1\n          q3\n          clients\n          suppressed\n        }\n        phq9 {\n          median\n          q1\n          q3\n          clients\n          suppressed\n        }\n      }\n    }\n  }\n": typeof types.CaseloadMetricsDocument,
    "\n  query AuditSummary {\n    auditSummary {\n      actor\n      actorRole\n      action\n      month\n      count\n      suppressed\n    }\n  }\n": typeof types.AuditSummaryDocument,
};
const documents: Documents = {
    "\n  fragment AllianceChart_progress on ClientProgress {\n    sessions {\n      number\n      localDate\n      srs\n    }\n    cutoffs {\n      rule\n      value\n    }\n  }\n": types.AllianceChart_ProgressFragmentDoc,
    "\n  fragment CadenceChart_progress on ClientProgress {\n    cadence {\n      number\n      localDate\n      daysSincePrevious\n    }\n  }\n": types.CadenceChart_ProgressFragmentDoc,
    "\n  fragment EpisodeChart_progress on ClientProgress {\n    bucket\n    episodes {\n      start\n      days\n      count\n      perWeek\n      meanIntensity\n      maxIntensity\n      totalMinutes\n      bySymptom {\n        symptom\n        count\n      }\n    }\n  }\n": types.EpisodeChart_ProgressFragmentDoc,
    "\n  fragment HomeworkChart_progress on ClientProgress {\n    bucket\n    homework {\n      start\n      assigned\n      completed\n      partial\n      notDone\n      open\n      completionRate\n      selfAssigned\n      selfAssignedShare\n    }\n  }\n": types.HomeworkChart_ProgressFragmentDoc,
    "\n  fragment OutcomeChart_progress on ClientProgress {\n    sessions {\n      sessionId\n      number\n      localDate\n      attendance\n      ors\n      phq9\n      gad7\n    }\n    expected {\n      sessionNumber\n      expected\n      lower\n    }\n    cutoffs {\n      measure\n      rule\n      value\n      label\n    }\n    planRevisions {\n      version\n      localDate\n      rationale\n    }\n  }\n": types.OutcomeChart_ProgressFragmentDoc,
    "\n  fragment SymptomsChart_progress on ClientProgress {\n    sessions {\n      number\n      localDate\n      phq9\n      gad7\n    }\n    cutoffs {\n      rule\n      value\n    }\n    planRevisions {\n      version\n      localDate\n      rationale\n    }\n  }\n": types.SymptomsChart_ProgressFragmentDoc,
    "\n  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {\n    changePassword(currentPassword: $currentPassword, newPassword: $newPassword)\n  }\n": types.ChangePasswordDocument,
    "\n  query MySessions {\n    mySessions {\n      id\n      current\n      createdAt\n      lastSeenAt\n      sourceAddress\n    }\n  }\n": types.MySessionsDocument,
    "\n  mutation EndSession($id: ID!) {\n    endSession(id: $id)\n  }\n": types.EndSessionDocument,
    "\n  query AccessTokens {\n    accessTokens {\n      id\n      name\n      createdAt\n      expiresAt\n      lastUsedAt\n      revokedAt\n    }\n  }\n": types.AccessTokensDocument,
    "\n  mutation CreateAccessToken($name: String!, $expiresInDays: Int!) {\n    createAccessToken(name: $name, expiresInDays: $expiresInDays) {\n      token\n      accessToken {\n        id\n        name\n        expiresAt\n      }\n    }\n  }\n": types.CreateAccessTokenDocument,
    "\n  mutation RevokeAccessToken($id: ID!) {\n    revokeAccessToken(id: $id) {\n      id\n      revokedAt\n    }\n  }\n": types.RevokeAccessTokenDocument,
    "\n  mutation AdmitClient($input: AdmitClientInput!) {\n    admitClient(input: $input) {\n      id\n      displayName\n    }\n  }\n": types.AdmitClientDocument,
    "\n  query Caseload($includeClosed: Boolean!) {\n    caseload(includeClosed: $includeClosed) {\n      client {\n        id\n        displayName\n        status\n        complaint\n        closedOn\n      }\n      status\n      alertCount\n      sessionsAttended\n      lastSessionDate\n      latestOrs\n      orsSparkline\n      episodesPerWeek\n      summary {\n        alerts {\n          code\n          severity\n          message\n        }\n      }\n    }\n  }\n": types.CaseloadDocument,
    "\n  query CheckInsDue {\n    checkInsDue {\n      kind\n      key\n      measures\n      sessionId\n      sessionDate\n      deadline\n    }\n  }\n": types.CheckInsDueDocument,
    "\n  fragment CrisisResourceFields on CrisisResource {\n    name\n    phone\n    text\n    url\n    hours\n    example\n  }\n": types.CrisisResourceFieldsFragmentDoc,
    "\n  query CrisisResources {\n    crisisResources {\n      ...CrisisResourceFields\n    }\n  }\n": types.CrisisResourcesDocument,
    "\n  mutation SubmitCheckIn($input: SubmitCheckInInput!) {\n    submitCheckIn(input: $input) {\n      id\n      localDate\n      safetyConcern\n      crisisResources {\n        ...CrisisResourceFields\n      }\n    }\n  }\n": types.SubmitCheckInDocument,
    "\n  mutation SubmitSessionFeedback($sessionId: ID!, $srs: SrsInput!) {\n    submitSessionFeedback(sessionId: $sessionId, srs: $srs) {\n      sessionId\n      localDate\n      srsTotal\n    }\n  }\n": types.SubmitSessionFeedbackDocument,
    "\n  query ClientAccessLog($clientId: ID!, $after: String) {\n    clientAccessLog(clientId: $clientId, first: 20, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          actor\n          actorRole\n          action\n          at\n        }\n      }\n    }\n  }\n": types.ClientAccessLogDocument,
    "\n  query ClientCase($id: ID!) {\n    client(id: $id) {\n      id\n      displayName\n      email\n      hasAccount\n      status\n      closedOn\n      complaint\n      ageBand\n      intakeDate\n    }\n  }\n": types.ClientCaseDocument,
    "\n  query Colleagues {\n    colleagues {\n      id\n      displayName\n    }\n  }\n": types.ColleaguesDocument,
    "\n  mutation InviteClient($clientId: ID!) {\n    inviteClient(clientId: $clientId) {\n      url\n      expiresAt\n    }\n  }\n": types.InviteClientDocument,
    "\n  mutation UpdateClient($input: UpdateClientInput!) {\n    updateClient(input: $input) {\n      id\n      displayName\n      email\n      complaint\n      ageBand\n      intakeDate\n    }\n  }\n": types.UpdateClientDocument,
    "\n  mutation CloseCase($clientId: ID!, $outcome: CaseOutcome!, $date: LocalDate!) {\n    closeCase(clientId: $clientId, outcome: $outcome, date: $date) {\n      id\n      status\n      closedOn\n    }\n  }\n": types.CloseCaseDocument,
    "\n  mutation ReopenCase($clientId: ID!) {\n    reopenCase(clientId: $clientId) {\n      id\n      status\n      closedOn\n    }\n  }\n": types.ReopenCaseDocument,
    "\n  mutation TransferClient($clientId: ID!, $toTherapistId: ID!) {\n    transferClient(clientId: $clientId, toTherapistId: $toTherapistId) {\n      id\n      therapistId\n    }\n  }\n": types.TransferClientDocument,
    "\n  fragment CorrectionHistory_correction on RecordCorrection {\n    correctedAt\n    correctedBy\n    reason\n    changes {\n      field\n      before\n      after\n    }\n  }\n": types.CorrectionHistory_CorrectionFragmentDoc,
    "\n  fragment EpisodeReader_episode on SymptomEpisode {\n    id\n    occurredAt\n    localDate\n    symptom\n    peakIntensity\n    durationMinutes\n    episodeType\n    triggerCategory\n    situation\n    thoughtsBefore\n    feelingsBefore\n    thoughtsDuring\n    feelingsDuring\n    thoughtsAfter\n    feelingsAfter\n    whatIDid\n    wishIHadDone\n    copingTechnique\n    loggedBy\n    corrections {\n      ...CorrectionHistory_correction\n    }\n  }\n": types.EpisodeReader_EpisodeFragmentDoc,
    "\n  query ClientEpisodes($clientId: ID!, $after: String) {\n    clientEpisodes(clientId: $clientId, first: 10, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...EpisodeReader_episode\n        }\n      }\n    }\n  }\n": types.ClientEpisodesDocument,
    "\n  mutation CorrectEpisode($episodeId: ID!, $reason: String!, $input: LogEpisodeInput!) {\n    correctEpisode(episodeId: $episodeId, reason: $reason, input: $input) {\n      ...EpisodeReader_episode\n    }\n  }\n": types.CorrectEpisodeDocument,
    "\n  mutation UpdateHomework($input: UpdateHomeworkInput!) {\n    updateHomework(input: $input) {\n      id\n      status\n      helpfulness\n    }\n  }\n": types.UpdateHomeworkDocument,
    "\n  mutation AssignHomework($input: AssignHomeworkInput!) {\n    assignHomework(input: $input) {\n      id\n    }\n  }\n": types.AssignHomeworkDocument,
    "\n  mutation LogEpisode($input: LogEpisodeInput!) {\n    logEpisode(input: $input) {\n      id\n      localDate\n    }\n  }\n": types.LogEpisodeDocument,
    "\n  fragment PlanPanel_progress on ClientProgress {\n    planRevisions {\n      version\n      localDate\n      goals\n      targets\n      plannedTechniques\n      rationale\n      comparison {\n        windowRule\n        tooEarly\n        comparableFrom\n        minimumRule\n        before {\n          from\n          to\n          days\n          episodes\n          episodesPerWeek\n          homeworkReviewed\n          homeworkCompletionRate\n          orsSlopePerWeek\n        }\n        after {\n          from\n          to\n          days\n          episodes\n          episodesPerWeek\n          homeworkReviewed\n          homeworkCompletionRate\n          orsSlopePerWeek\n        }\n        episodeRateRatio {\n          ratio\n          lower\n          upper\n          confidence\n        }\n      }\n    }\n  }\n": types.PlanPanel_ProgressFragmentDoc,
    "\n  mutation RecordSession($input: RecordSessionInput!) {\n    recordSession(input: $input) {\n      id\n      number\n    }\n  }\n": types.RecordSessionDocument,
    "\n  mutation RevisePlan($input: RevisePlanInput!) {\n    revisePlan(input: $input) {\n      id\n      version\n    }\n  }\n": types.RevisePlanDocument,
    "\n  fragment SessionHistory_session on Session {\n    id\n    number\n    occurredAt\n    localDate\n    attendance\n    kind\n    weekRating\n    orsTotal\n    srsTotal\n    phq9Total\n    gad7Total\n    ors {\n      individual\n      interpersonal\n      social\n      overall\n    }\n    srs {\n      relationship\n      goalsAndTopics\n      approachOrMethod\n      overall\n    }\n    phq9Items\n    gad7Items\n    priorityIssueCategory\n    priorityIssueText\n    techniquesUsed\n    crisis\n    privateNotes\n    corrections {\n      ...CorrectionHistory_correction\n    }\n  }\n": types.SessionHistory_SessionFragmentDoc,
    "\n  query ClientSessions($clientId: ID!, $after: String) {\n    clientSessions(clientId: $clientId, first: 10, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          ...SessionHistory_session\n        }\n      }\n    }\n  }\n": types.ClientSessionsDocument,
    "\n  mutation CorrectSession($sessionId: ID!, $reason: String!, $input: RecordSessionInput!) {\n    correctSession(sessionId: $sessionId, reason: $reason, input: $input) {\n      ...SessionHistory_session\n    }\n  }\n": types.CorrectSessionDocument,
    "\n  fragment SummaryPanel_progress on ClientProgress {\n    summary {\n      status\n      offTrackMethod\n      sessionsAttended\n      lastSessionDate\n      alerts {\n        code\n        severity\n        rule\n        message\n        suggestion\n        sessionNumber\n      }\n      outcomes {\n        measure\n        ratedSessions\n        baseline\n        latest\n        change\n        classification\n        rule\n        latestBand\n        casenessAtBaseline\n        recovered\n        reliablyRecovered\n        response\n        remission\n      }\n    }\n  }\n": types.SummaryPanel_ProgressFragmentDoc,
    "\n  query ClientProgress($clientId: ID!, $from: DateTimeISO, $to: DateTimeISO, $bucket: Bucket!) {\n    clientProgress(clientId: $clientId, from: $from, to: $to, bucket: $bucket) {\n      client {\n        id\n        displayName\n        intakeDate\n        status\n        complaint\n      }\n      from\n      to\n      sessions {\n        localDate\n      }\n      episodes {\n        count\n      }\n      planRevisions {\n        goals\n        targets\n        plannedTechniques\n      }\n      ...OutcomeChart_progress\n      ...SymptomsChart_progress\n      ...AllianceChart_progress\n      ...HomeworkChart_progress\n      ...EpisodeChart_progress\n      ...CadenceChart_progress\n      ...SummaryPanel_progress\n      ...PlanPanel_progress\n    }\n  }\n": types.ClientProgressDocument,
    "\n  query ClientHomework($clientId: ID!, $after: String) {\n    clientHomework(clientId: $clientId, first: 30, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          type\n          description\n          dueDate\n          status\n          helpfulness\n          assignedBy\n        }\n      }\n    }\n  }\n": types.ClientHomeworkDocument,
    "\n  query InvitationPreview($token: String!) {\n    invitationPreview(token: $token) {\n      email\n      displayName\n      role\n      expiresAt\n      purpose\n    }\n  }\n": types.InvitationPreviewDocument,
    "\n  mutation AcceptInvitation($token: String!, $password: String!) {\n    acceptInvitation(token: $token, password: $password) {\n      id\n      role\n      nextStep\n    }\n  }\n": types.AcceptInvitationDocument,
    "\n  query Me {\n    me {\n      id\n      displayName\n      role\n      email\n      clientId\n      twoFactorEnabled\n      nextStep\n    }\n  }\n": types.MeDocument,
    "\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      id\n      role\n      nextStep\n    }\n  }\n": types.LoginDocument,
    "\n  mutation Logout {\n    logout\n  }\n": types.LogoutDocument,
    "\n  mutation VerifySecondFactor($code: String!) {\n    verifySecondFactor(code: $code) {\n      id\n      nextStep\n    }\n  }\n": types.VerifySecondFactorDocument,
    "\n  mutation BeginTotpEnrollment {\n    beginTotpEnrollment {\n      otpauthUri\n      secret\n      qrCodeSvg\n    }\n  }\n": types.BeginTotpEnrollmentDocument,
    "\n  mutation ConfirmTotpEnrollment($code: String!) {\n    confirmTotpEnrollment(code: $code)\n  }\n": types.ConfirmTotpEnrollmentDocument,
    "\n  query MyWeeks($clientId: ID!, $from: DateTimeISO, $bucket: Bucket!) {\n    clientProgress(clientId: $clientId, from: $from, bucket: $bucket) {\n      sessions {\n        sessionId\n        localDate\n        weekRating\n        weekWords\n        source\n      }\n      checkIns {\n        checkInId\n        localDate\n        weekRating\n        weekWords\n      }\n    }\n  }\n": types.MyWeeksDocument,
    "\n  query Staff {\n    staff {\n      id\n      email\n      displayName\n      role\n      active\n      invitationPending\n      twoFactorEnabled\n      activeClients\n    }\n  }\n": types.StaffDocument,
    "\n  mutation InviteStaff($input: InviteStaffInput!) {\n    inviteStaff(input: $input) {\n      url\n      expiresAt\n    }\n  }\n": types.InviteStaffDocument,
    "\n  mutation ResetPassword($userId: ID!) {\n    resetPassword(userId: $userId) {\n      url\n      expiresAt\n    }\n  }\n": types.ResetPasswordDocument,
    "\n  mutation DeactivateStaff($userId: ID!) {\n    deactivateStaff(userId: $userId) {\n      id\n      active\n      activeClients\n    }\n  }\n": types.DeactivateStaffDocument,
    "\n  mutation TransferCaseload($fromTherapistId: ID!, $toTherapistId: ID!) {\n    transferCaseload(fromTherapistId: $fromTherapistId, toTherapistId: $toTherapistId)\n  }\n": types.TransferCaseloadDocument,
    "\n  fragment MetricsRow_row on MetricsRow {\n    label\n    clients {\n      value\n      suppressed\n    }\n    active {\n      value\n      suppressed\n    }\n    discharged {\n      value\n      suppressed\n    }\n    droppedOut {\n      value\n      suppressed\n    }\n    sessionsPerClient {\n      median\n      q1\n      q3\n      clients\n      suppressed\n    }\n    outcomes {\n      measure\n      eligible {\n        value\n        suppressed\n      }\n      reliableImprovement {\n        numerator\n        denominator\n        rate\n        suppressed\n      }\n      noReliableChange {\n        numerator\n        denominator\n        rate\n        suppressed\n      }\n      reliableDeterioration {\n        numerator\n        denominator\n        rate\n        suppressed\n      }\n      atCasenessAtStart {\n        value\n        suppressed\n      }\n      recovery {\n        numerator\n        denominator\n        rate\n        suppressed\n      }\n      reliableRecovery {\n        numerator\n        denominator\n        rate\n        suppressed\n      }\n    }\n    flagged {\n      numerator\n      denominator\n      rate\n      suppressed\n    }\n    revisedWithinThreeWeeks {\n      numerator\n      denominator\n      rate\n      suppressed\n    }\n    homeworkCompletion {\n      numerator\n      denominator\n      rate\n      suppressed\n    }\n    selfAssignedHomework {\n      numerator\n      denominator\n      rate\n      suppressed\n    }\n    episodeRateRatio {\n      median\n      q1\n      q3\n      clients\n      suppressed\n    }\n  }\n": types.MetricsRow_RowFragmentDoc,
    "\n  query MetricsCohorts {\n    metricsCohorts {\n      id\n      kind\n      label\n      groupings\n    }\n  }\n": types.MetricsCohortsDocument,
    "\n  query CaseloadMetrics($groupBy: MetricsGroup!, $cohort: String) {\n    caseloadMetrics(groupBy: $groupBy, cohort: $cohort) {\n      cohort {\n        id\n        kind\n        label\n        groupings\n      }\n      groupBy\n      fromMonth\n      toMonth\n      minCellSize\n      suppressionRule\n      perturbationNote\n      rows {\n        ...MetricsRow_row\n      }\n      total {\n        ...MetricsRow_row\n      }\n      therapists {\n        ...MetricsRow_row\n      }\n      typicalCourse {\n        monthInTreatment\n        ors {\n          median\n          q1\n          q3\n          clients\n          suppressed\n        }\n        phq9 {\n          median\n          q1\n          q3\n          clients\n          suppressed\n        }\n      }\n    }\n  }\n": types.CaseloadMetricsDocument,
    "\n  query AuditSummary {\n    auditSummary {\n      actor\n      actorRole\n      action\n      month\n      count\n      suppressed\n    }\n  }\n": types.AuditSummaryDocument,
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
export function graphql(source: "\n  fragment AllianceChart_progress on ClientProgress {\n    sessions {\n      number\n      localDate\n      srs\n    }\n    cutoffs {\n      rule\n      value\n    }\n  }\n"): (typeof documents)["\n  fragment AllianceChart_progress on ClientProgress {\n    sessions {\n      number\n      localDate\n      srs\n    }\n    cutoffs {\n      rule\n      value\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CadenceChart_progress on ClientProgress {\n    cadence {\n      number\n      localDate\n      daysSincePrevious\n    }\n  }\n"): (typeof documents)["\n  fragment CadenceChart_progress on ClientProgress {\n    cadence {\n      number\n      localDate\n      daysSincePrevious\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment EpisodeChart_progress on ClientProgress {\n    bucket\n    episodes {\n      start\n      days\n      count\n      perWeek\n      meanIntensity\n      maxIntensity\n      totalMinutes\n      bySymptom {\n        symptom\n        count\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment EpisodeChart_progress on ClientProgress {\n    bucket\n    episodes {\n      start\n      days\n      count\n      perWeek\n      meanIntensity\n      maxIntensity\n      totalMinutes\n      bySymptom {\n        symptom\n        count\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment HomeworkChart_progress on ClientProgress {\n    bucket\n    homework {\n      start\n      assigned\n      completed\n      partial\n      notDone\n      open\n      completionRate\n      selfAssigned\n      selfAssignedShare\n    }\n  }\n"): (typeof documents)["\n  fragment HomeworkChart_progress on ClientProgress {\n    bucket\n    homework {\n      start\n      assigned\n      completed\n      partial\n      notDone\n      open\n      completionRate\n      selfAssigned\n      selfAssignedShare\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment OutcomeChart_progress on ClientProgress {\n    sessions {\n      sessionId\n      number\n      localDate\n      attendance\n      ors\n      phq9\n      gad7\n    }\n    expected {\n      sessionNumber\n      expected\n      lower\n    }\n    cutoffs {\n      measure\n      rule\n      value\n      label\n    }\n    planRevisions {\n      version\n      localDate\n      rationale\n    }\n  }\n"): (typeof documents)["\n  fragment OutcomeChart_progress on ClientProgress {\n    sessions {\n      sessionId\n      number\n      localDate\n      attendance\n      ors\n      phq9\n      gad7\n    }\n    expected {\n      sessionNumber\n      expected\n      lower\n    }\n    cutoffs {\n      measure\n      rule\n      value\n      label\n    }\n    planRevisions {\n      version\n      localDate\n      rationale\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SymptomsChart_progress on ClientProgress {\n    sessions {\n      number\n      localDate\n      phq9\n      gad7\n    }\n    cutoffs {\n      rule\n      value\n    }\n    planRevisions {\n      version\n      localDate\n      rationale\n    }\n  }\n"): (typeof documents)["\n  fragment SymptomsChart_progress on ClientProgress {\n    sessions {\n      number\n      localDate\n      phq9\n      gad7\n    }\n    cutoffs {\n      rule\n      value\n    }\n    planRevisions {\n      version\n      localDate\n      rationale\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {\n    changePassword(currentPassword: $currentPassword, newPassword: $newPassword)\n  }\n"): (typeof documents)["\n  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {\n    changePassword(currentPassword: $currentPassword, newPassword: $newPassword)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MySessions {\n    mySessions {\n      id\n      current\n      createdAt\n      lastSeenAt\n      sourceAddress\n    }\n  }\n"): (typeof documents)["\n  query MySessions {\n    mySessions {\n      id\n      current\n      createdAt\n      lastSeenAt\n      sourceAddress\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EndSession($id: ID!) {\n    endSession(id: $id)\n  }\n"): (typeof documents)["\n  mutation EndSession($id: ID!) {\n    endSession(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AccessTokens {\n    accessTokens {\n      id\n      name\n      createdAt\n      expiresAt\n      lastUsedAt\n      revokedAt\n    }\n  }\n"): (typeof documents)["\n  query AccessTokens {\n    accessTokens {\n      id\n      name\n      createdAt\n      expiresAt\n      lastUsedAt\n      revokedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateAccessToken($name: String!, $expiresInDays: Int!) {\n    createAccessToken(name: $name, expiresInDays: $expiresInDays) {\n      token\n      accessToken {\n        id\n        name\n        expiresAt\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateAccessToken($name: String!, $expiresInDays: Int!) {\n    createAccessToken(name: $name, expiresInDays: $expiresInDays) {\n      token\n      accessToken {\n        id\n        name\n        expiresAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeAccessToken($id: ID!) {\n    revokeAccessToken(id: $id) {\n      id\n      revokedAt\n    }\n  }\n"): (typeof documents)["\n  mutation RevokeAccessToken($id: ID!) {\n    revokeAccessToken(id: $id) {\n      id\n      revokedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdmitClient($input: AdmitClientInput!) {\n    admitClient(input: $input) {\n      id\n      displayName\n    }\n  }\n"): (typeof documents)["\n  mutation AdmitClient($input: AdmitClientInput!) {\n    admitClient(input: $input) {\n      id\n      displayName\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Caseload($includeClosed: Boolean!) {\n    caseload(includeClosed: $includeClosed) {\n      client {\n        id\n        displayName\n        status\n        complaint\n        closedOn\n      }\n      status\n      alertCount\n      sessionsAttended\n      lastSessionDate\n      latestOrs\n      orsSparkline\n      episodesPerWeek\n      summary {\n        alerts {\n          code\n          severity\n          message\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Caseload($includeClosed: Boolean!) {\n    caseload(includeClosed: $includeClosed) {\n      client {\n        id\n        displayName\n        status\n        complaint\n        closedOn\n      }\n      status\n      alertCount\n      sessionsAttended\n      lastSessionDate\n      latestOrs\n      orsSparkline\n      episodesPerWeek\n      summary {\n        alerts {\n          code\n          severity\n          message\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CheckInsDue {\n    checkInsDue {\n      kind\n      key\n      measures\n      sessionId\n      sessionDate\n      deadline\n    }\n  }\n"): (typeof documents)["\n  query CheckInsDue {\n    checkInsDue {\n      kind\n      key\n      measures\n      sessionId\n      sessionDate\n      deadline\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CrisisResourceFields on CrisisResource {\n    name\n    phone\n    text\n    url\n    hours\n    example\n  }\n"): (typeof documents)["\n  fragment CrisisResourceFields on CrisisResource {\n    name\n    phone\n    text\n    url\n    hours\n    example\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CrisisResources {\n    crisisResources {\n      ...CrisisResourceFields\n    }\n  }\n"): (typeof documents)["\n  query CrisisResources {\n    crisisResources {\n      ...CrisisResourceFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SubmitCheckIn($input: SubmitCheckInInput!) {\n    submitCheckIn(input: $input) {\n      id\n      localDate\n      safetyConcern\n      crisisResources {\n        ...CrisisResourceFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SubmitCheckIn($input: SubmitCheckInInput!) {\n    submitCheckIn(input: $input) {\n      id\n      localDate\n      safetyConcern\n      crisisResources {\n        ...CrisisResourceFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SubmitSessionFeedback($sessionId: ID!, $srs: SrsInput!) {\n    submitSessionFeedback(sessionId: $sessionId, srs: $srs) {\n      sessionId\n      localDate\n      srsTotal\n    }\n  }\n"): (typeof documents)["\n  mutation SubmitSessionFeedback($sessionId: ID!, $srs: SrsInput!) {\n    submitSessionFeedback(sessionId: $sessionId, srs: $srs) {\n      sessionId\n      localDate\n      srsTotal\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ClientAccessLog($clientId: ID!, $after: String) {\n    clientAccessLog(clientId: $clientId, first: 20, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          actor\n          actorRole\n          action\n          at\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ClientAccessLog($clientId: ID!, $after: String) {\n    clientAccessLog(clientId: $clientId, first: 20, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          actor\n          actorRole\n          action\n          at\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ClientCase($id: ID!) {\n    client(id: $id) {\n      id\n      displayName\n      email\n      hasAccount\n      status\n      closedOn\n      complaint\n      ageBand\n      intakeDate\n    }\n  }\n"): (typeof documents)["\n  query ClientCase($id: ID!) {\n    client(id: $id) {\n      id\n      displayName\n      email\n      hasAccount\n      status\n      closedOn\n      complaint\n      ageBand\n      intakeDate\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Colleagues {\n    colleagues {\n      id\n      displayName\n    }\n  }\n"): (typeof documents)["\n  query Colleagues {\n    colleagues {\n      id\n      displayName\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation InviteClient($clientId: ID!) {\n    inviteClient(clientId: $clientId) {\n      url\n      expiresAt\n    }\n  }\n"): (typeof documents)["\n  mutation InviteClient($clientId: ID!) {\n    inviteClient(clientId: $clientId) {\n      url\n      expiresAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateClient($input: UpdateClientInput!) {\n    updateClient(input: $input) {\n      id\n      displayName\n      email\n      complaint\n      ageBand\n      intakeDate\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateClient($input: UpdateClientInput!) {\n    updateClient(input: $input) {\n      id\n      displayName\n      email\n      complaint\n      ageBand\n      intakeDate\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CloseCase($clientId: ID!, $outcome: CaseOutcome!, $date: LocalDate!) {\n    closeCase(clientId: $clientId, outcome: $outcome, date: $date) {\n      id\n      status\n      closedOn\n    }\n  }\n"): (typeof documents)["\n  mutation CloseCase($clientId: ID!, $outcome: CaseOutcome!, $date: LocalDate!) {\n    closeCase(clientId: $clientId, outcome: $outcome, date: $date) {\n      id\n      status\n      closedOn\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReopenCase($clientId: ID!) {\n    reopenCase(clientId: $clientId) {\n      id\n      status\n      closedOn\n    }\n  }\n"): (typeof documents)["\n  mutation ReopenCase($clientId: ID!) {\n    reopenCase(clientId: $clientId) {\n      id\n      status\n      closedOn\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TransferClient($clientId: ID!, $toTherapistId: ID!) {\n    transferClient(clientId: $clientId, toTherapistId: $toTherapistId) {\n      id\n      therapistId\n    }\n  }\n"): (typeof documents)["\n  mutation TransferClient($clientId: ID!, $toTherapistId: ID!) {\n    transferClient(clientId: $clientId, toTherapistId: $toTherapistId) {\n      id\n      therapistId\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CorrectionHistory_correction on RecordCorrection {\n    correctedAt\n    correctedBy\n    reason\n    changes {\n      field\n      before\n      after\n    }\n  }\n"): (typeof documents)["\n  fragment CorrectionHistory_correction on RecordCorrection {\n    correctedAt\n    correctedBy\n    reason\n    changes {\n      field\n      before\n      after\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment EpisodeReader_episode on SymptomEpisode {\n    id\n    occurredAt\n    localDate\n    symptom\n    peakIntensity\n    durationMinutes\n    episodeType\n    triggerCategory\n    situation\n    thoughtsBefore\n    feelingsBefore\n    thoughtsDuring\n    feelingsDuring\n    thoughtsAfter\n    feelingsAfter\n    whatIDid\n    wishIHadDone\n    copingTechnique\n    loggedBy\n    corrections {\n      ...CorrectionHistory_correction\n    }\n  }\n"): (typeof documents)["\n  fragment EpisodeReader_episode on SymptomEpisode {\n    id\n    occurredAt\n    localDate\n    symptom\n    peakIntensity\n    durationMinutes\n    episodeType\n    triggerCategory\n    situation\n    thoughtsBefore\n    feelingsBefore\n    thoughtsDuring\n    feelingsDuring\n    thoughtsAfter\n    feelingsAfter\n    whatIDid\n    wishIHadDone\n    copingTechnique\n    loggedBy\n    corrections {\n      ...CorrectionHistory_correction\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ClientEpisodes($clientId: ID!, $after: String) {\n    clientEpisodes(clientId: $clientId, first: 10, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...EpisodeReader_episode\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ClientEpisodes($clientId: ID!, $after: String) {\n    clientEpisodes(clientId: $clientId, first: 10, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...EpisodeReader_episode\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CorrectEpisode($episodeId: ID!, $reason: String!, $input: LogEpisodeInput!) {\n    correctEpisode(episodeId: $episodeId, reason: $reason, input: $input) {\n      ...EpisodeReader_episode\n    }\n  }\n"): (typeof documents)["\n  mutation CorrectEpisode($episodeId: ID!, $reason: String!, $input: LogEpisodeInput!) {\n    correctEpisode(episodeId: $episodeId, reason: $reason, input: $input) {\n      ...EpisodeReader_episode\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateHomework($input: UpdateHomeworkInput!) {\n    updateHomework(input: $input) {\n      id\n      status\n      helpfulness\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateHomework($input: UpdateHomeworkInput!) {\n    updateHomework(input: $input) {\n      id\n      status\n      helpfulness\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AssignHomework($input: AssignHomeworkInput!) {\n    assignHomework(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation AssignHomework($input: AssignHomeworkInput!) {\n    assignHomework(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LogEpisode($input: LogEpisodeInput!) {\n    logEpisode(input: $input) {\n      id\n      localDate\n    }\n  }\n"): (typeof documents)["\n  mutation LogEpisode($input: LogEpisodeInput!) {\n    logEpisode(input: $input) {\n      id\n      localDate\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PlanPanel_progress on ClientProgress {\n    planRevisions {\n      version\n      localDate\n      goals\n      targets\n      plannedTechniques\n      rationale\n      comparison {\n        windowRule\n        tooEarly\n        comparableFrom\n        minimumRule\n        before {\n          from\n          to\n          days\n          episodes\n          episodesPerWeek\n          homeworkReviewed\n          homeworkCompletionRate\n          orsSlopePerWeek\n        }\n        after {\n          from\n          to\n          days\n          episodes\n          episodesPerWeek\n          homeworkReviewed\n          homeworkCompletionRate\n          orsSlopePerWeek\n        }\n        episodeRateRatio {\n          ratio\n          lower\n          upper\n          confidence\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment PlanPanel_progress on ClientProgress {\n    planRevisions {\n      version\n      localDate\n      goals\n      targets\n      plannedTechniques\n      rationale\n      comparison {\n        windowRule\n        tooEarly\n        comparableFrom\n        minimumRule\n        before {\n          from\n          to\n          days\n          episodes\n          episodesPerWeek\n          homeworkReviewed\n          homeworkCompletionRate\n          orsSlopePerWeek\n        }\n        after {\n          from\n          to\n          days\n          episodes\n          episodesPerWeek\n          homeworkReviewed\n          homeworkCompletionRate\n          orsSlopePerWeek\n        }\n        episodeRateRatio {\n          ratio\n          lower\n          upper\n          confidence\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordSession($input: RecordSessionInput!) {\n    recordSession(input: $input) {\n      id\n      number\n    }\n  }\n"): (typeof documents)["\n  mutation RecordSession($input: RecordSessionInput!) {\n    recordSession(input: $input) {\n      id\n      number\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevisePlan($input: RevisePlanInput!) {\n    revisePlan(input: $input) {\n      id\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation RevisePlan($input: RevisePlanInput!) {\n    revisePlan(input: $input) {\n      id\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SessionHistory_session on Session {\n    id\n    number\n    occurredAt\n    localDate\n    attendance\n    kind\n    weekRating\n    orsTotal\n    srsTotal\n    phq9Total\n    gad7Total\n    ors {\n      individual\n      interpersonal\n      social\n      overall\n    }\n    srs {\n      relationship\n      goalsAndTopics\n      approachOrMethod\n      overall\n    }\n    phq9Items\n    gad7Items\n    priorityIssueCategory\n    priorityIssueText\n    techniquesUsed\n    crisis\n    privateNotes\n    corrections {\n      ...CorrectionHistory_correction\n    }\n  }\n"): (typeof documents)["\n  fragment SessionHistory_session on Session {\n    id\n    number\n    occurredAt\n    localDate\n    attendance\n    kind\n    weekRating\n    orsTotal\n    srsTotal\n    phq9Total\n    gad7Total\n    ors {\n      individual\n      interpersonal\n      social\n      overall\n    }\n    srs {\n      relationship\n      goalsAndTopics\n      approachOrMethod\n      overall\n    }\n    phq9Items\n    gad7Items\n    priorityIssueCategory\n    priorityIssueText\n    techniquesUsed\n    crisis\n    privateNotes\n    corrections {\n      ...CorrectionHistory_correction\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ClientSessions($clientId: ID!, $after: String) {\n    clientSessions(clientId: $clientId, first: 10, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          ...SessionHistory_session\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ClientSessions($clientId: ID!, $after: String) {\n    clientSessions(clientId: $clientId, first: 10, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          ...SessionHistory_session\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CorrectSession($sessionId: ID!, $reason: String!, $input: RecordSessionInput!) {\n    correctSession(sessionId: $sessionId, reason: $reason, input: $input) {\n      ...SessionHistory_session\n    }\n  }\n"): (typeof documents)["\n  mutation CorrectSession($sessionId: ID!, $reason: String!, $input: RecordSessionInput!) {\n    correctSession(sessionId: $sessionId, reason: $reason, input: $input) {\n      ...SessionHistory_session\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SummaryPanel_progress on ClientProgress {\n    summary {\n      status\n      offTrackMethod\n      sessionsAttended\n      lastSessionDate\n      alerts {\n        code\n        severity\n        rule\n        message\n        suggestion\n        sessionNumber\n      }\n      outcomes {\n        measure\n        ratedSessions\n        baseline\n        latest\n        change\n        classification\n        rule\n        latestBand\n        casenessAtBaseline\n        recovered\n        reliablyRecovered\n        response\n        remission\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment SummaryPanel_progress on ClientProgress {\n    summary {\n      status\n      offTrackMethod\n      sessionsAttended\n      lastSessionDate\n      alerts {\n        code\n        severity\n        rule\n        message\n        suggestion\n        sessionNumber\n      }\n      outcomes {\n        measure\n        ratedSessions\n        baseline\n        latest\n        change\n        classification\n        rule\n        latestBand\n        casenessAtBaseline\n        recovered\n        reliablyRecovered\n        response\n        remission\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ClientProgress($clientId: ID!, $from: DateTimeISO, $to: DateTimeISO, $bucket: Bucket!) {\n    clientProgress(clientId: $clientId, from: $from, to: $to, bucket: $bucket) {\n      client {\n        id\n        displayName\n        intakeDate\n        status\n        complaint\n      }\n      from\n      to\n      sessions {\n        localDate\n      }\n      episodes {\n        count\n      }\n      planRevisions {\n        goals\n        targets\n        plannedTechniques\n      }\n      ...OutcomeChart_progress\n      ...SymptomsChart_progress\n      ...AllianceChart_progress\n      ...HomeworkChart_progress\n      ...EpisodeChart_progress\n      ...CadenceChart_progress\n      ...SummaryPanel_progress\n      ...PlanPanel_progress\n    }\n  }\n"): (typeof documents)["\n  query ClientProgress($clientId: ID!, $from: DateTimeISO, $to: DateTimeISO, $bucket: Bucket!) {\n    clientProgress(clientId: $clientId, from: $from, to: $to, bucket: $bucket) {\n      client {\n        id\n        displayName\n        intakeDate\n        status\n        complaint\n      }\n      from\n      to\n      sessions {\n        localDate\n      }\n      episodes {\n        count\n      }\n      planRevisions {\n        goals\n        targets\n        plannedTechniques\n      }\n      ...OutcomeChart_progress\n      ...SymptomsChart_progress\n      ...AllianceChart_progress\n      ...HomeworkChart_progress\n      ...EpisodeChart_progress\n      ...CadenceChart_progress\n      ...SummaryPanel_progress\n      ...PlanPanel_progress\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ClientHomework($clientId: ID!, $after: String) {\n    clientHomework(clientId: $clientId, first: 30, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          type\n          description\n          dueDate\n          status\n          helpfulness\n          assignedBy\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ClientHomework($clientId: ID!, $after: String) {\n    clientHomework(clientId: $clientId, first: 30, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          type\n          description\n          dueDate\n          status\n          helpfulness\n          assignedBy\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InvitationPreview($token: String!) {\n    invitationPreview(token: $token) {\n      email\n      displayName\n      role\n      expiresAt\n      purpose\n    }\n  }\n"): (typeof documents)["\n  query InvitationPreview($token: String!) {\n    invitationPreview(token: $token) {\n      email\n      displayName\n      role\n      expiresAt\n      purpose\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AcceptInvitation($token: String!, $password: String!) {\n    acceptInvitation(token: $token, password: $password) {\n      id\n      role\n      nextStep\n    }\n  }\n"): (typeof documents)["\n  mutation AcceptInvitation($token: String!, $password: String!) {\n    acceptInvitation(token: $token, password: $password) {\n      id\n      role\n      nextStep\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Me {\n    me {\n      id\n      displayName\n      role\n      email\n      clientId\n      twoFactorEnabled\n      nextStep\n    }\n  }\n"): (typeof documents)["\n  query Me {\n    me {\n      id\n      displayName\n      role\n      email\n      clientId\n      twoFactorEnabled\n      nextStep\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      id\n      role\n      nextStep\n    }\n  }\n"): (typeof documents)["\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      id\n      role\n      nextStep\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Logout {\n    logout\n  }\n"): (typeof documents)["\n  mutation Logout {\n    logout\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation VerifySecondFactor($code: String!) {\n    verifySecondFactor(code: $code) {\n      id\n      nextStep\n    }\n  }\n"): (typeof documents)["\n  mutation VerifySecondFactor($code: String!) {\n    verifySecondFactor(code: $code) {\n      id\n      nextStep\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BeginTotpEnrollment {\n    beginTotpEnrollment {\n      otpauthUri\n      secret\n      qrCodeSvg\n    }\n  }\n"): (typeof documents)["\n  mutation BeginTotpEnrollment {\n    beginTotpEnrollment {\n      otpauthUri\n      secret\n      qrCodeSvg\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConfirmTotpEnrollment($code: String!) {\n    confirmTotpEnrollment(code: $code)\n  }\n"): (typeof documents)["\n  mutation ConfirmTotpEnrollment($code: String!) {\n    confirmTotpEnrollment(code: $code)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyWeeks($clientId: ID!, $from: DateTimeISO, $bucket: Bucket!) {\n    clientProgress(clientId: $clientId, from: $from, bucket: $bucket) {\n      sessions {\n        sessionId\n        localDate\n        weekRating\n        weekWords\n        source\n      }\n      checkIns {\n        checkInId\n        localDate\n        weekRating\n        weekWords\n      }\n    }\n  }\n"): (typeof documents)["\n  query MyWeeks($clientId: ID!, $from: DateTimeISO, $bucket: Bucket!) {\n    clientProgress(clientId: $clientId, from: $from, bucket: $bucket) {\n      sessions {\n        sessionId\n        localDate\n        weekRating\n        weekWords\n        source\n      }\n      checkIns {\n        checkInId\n        localDate\n        weekRating\n        weekWords\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Staff {\n    staff {\n      id\n      email\n      displayName\n      role\n      active\n      invitationPending\n      twoFactorEnabled\n      activeClients\n    }\n  }\n"): (typeof documents)["\n  query Staff {\n    staff {\n      id\n      email\n      displayName\n      role\n      active\n      invitationPending\n      twoFactorEnabled\n      activeClients\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation InviteStaff($input: InviteStaffInput!) {\n    inviteStaff(input: $input) {\n      url\n      expiresAt\n    }\n  }\n"): (typeof documents)["\n  mutation InviteStaff($input: InviteStaffInput!) {\n    inviteStaff(input: $input) {\n      url\n      expiresAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResetPassword($userId: ID!) {\n    resetPassword(userId: $userId) {\n      url\n      expiresAt\n    }\n  }\n"): (typeof documents)["\n  mutation ResetPassword($userId: ID!) {\n    resetPassword(userId: $userId) {\n      url\n      expiresAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeactivateStaff($userId: ID!) {\n    deactivateStaff(userId: $userId) {\n      id\n      active\n      activeClients\n    }\n  }\n"): (typeof documents)["\n  mutation DeactivateStaff($userId: ID!) {\n    deactivateStaff(userId: $userId) {\n      id\n      active\n      activeClients\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TransferCaseload($fromTherapistId: ID!, $toTherapistId: ID!) {\n    transferCaseload(fromTherapistId: $fromTherapistId, toTherapistId: $toTherapistId)\n  }\n"): (typeof documents)["\n  mutation TransferCaseload($fromTherapistId: ID!, $toTherapistId: ID!) {\n    transferCaseload(fromTherapistId: $fromTherapistId, toTherapistId: $toTherapistId)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MetricsRow_row on MetricsRow {\n    label\n    clients {\n      value\n      suppressed\n    }\n    active {\n      value\n      suppressed\n    }\n    discharged {\n      value\n      suppressed\n    }\n    droppedOut {\n      value\n      suppressed\n    }\n    sessionsPerClient {\n      median\n      q1\n      q3\n      clients\n      suppressed\n    }\n    outcomes {\n      measure\n      eligible {\n        value\n        suppressed\n      }\n      reliableImprovement {\n        numerator\n        denominator\n        rate\n        suppressed\n      }\n      noReliableChange {\n        numerator\n        denominator\n        rate\n        suppressed\n      }\n      reliableDeterioration {\n        numerator\n        denominator\n        rate\n        suppressed\n      }\n      atCasenessAtStart {\n        value\n        suppressed\n      }\n      recovery {\n        numerator\n        denominator\n        rate\n        suppressed\n      }\n      reliableRecovery {\n        numerator\n        denominator\n        rate\n        suppressed\n      }\n    }\n    flagged {\n      numerator\n      denominator\n      rate\n      suppressed\n    }\n    revisedWithinThreeWeeks {\n      numerator\n      denominator\n      rate\n      suppressed\n    }\n    homeworkCompletion {\n      numerator\n      denominator\n      rate\n      suppressed\n    }\n    selfAssignedHomework {\n      numerator\n      denominator\n      rate\n      suppressed\n    }\n    episodeRateRatio {\n      median\n      q1\n      q3\n      clients\n      suppressed\n    }\n  }\n"): (typeof documents)["\n  fragment MetricsRow_row on MetricsRow {\n    label\n    clients {\n      value\n      suppressed\n    }\n    active {\n      value\n      suppressed\n    }\n    discharged {\n      value\n      suppressed\n    }\n    droppedOut {\n      value\n      suppressed\n    }\n    sessionsPerClient {\n      median\n      q1\n      q3\n      clients\n      suppressed\n    }\n    outcomes {\n      measure\n      eligible {\n        value\n        suppressed\n      }\n      reliableImprovement {\n        numerator\n        denominator\n        rate\n        suppressed\n      }\n      noReliableChange {\n        numerator\n        denominator\n        rate\n        suppressed\n      }\n      reliableDeterioration {\n        numerator\n        denominator\n        rate\n        suppressed\n      }\n      atCasenessAtStart {\n        value\n        suppressed\n      }\n      recovery {\n        numerator\n        denominator\n        rate\n        suppressed\n      }\n      reliableRecovery {\n        numerator\n        denominator\n        rate\n        suppressed\n      }\n    }\n    flagged {\n      numerator\n      denominator\n      rate\n      suppressed\n    }\n    revisedWithinThreeWeeks {\n      numerator\n      denominator\n      rate\n      suppressed\n    }\n    homeworkCompletion {\n      numerator\n      denominator\n      rate\n      suppressed\n    }\n    selfAssignedHomework {\n      numerator\n      denominator\n      rate\n      suppressed\n    }\n    episodeRateRatio {\n      median\n      q1\n      q3\n      clients\n      suppressed\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MetricsCohorts {\n    metricsCohorts {\n      id\n      kind\n      label\n      groupings\n    }\n  }\n"): (typeof documents)["\n  query MetricsCohorts {\n    metricsCohorts {\n      id\n      kind\n      label\n      groupings\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CaseloadMetrics($groupBy: MetricsGroup!, $cohort: String) {\n    caseloadMetrics(groupBy: $groupBy, cohort: $cohort) {\n      cohort {\n        id\n        kind\n        label\n        groupings\n      }\n      groupBy\n      fromMonth\n      toMonth\n      minCellSize\n      suppressionRule\n      perturbationNote\n      rows {\n        ...MetricsRow_row\n      }\n      total {\n        ...MetricsRow_row\n      }\n      therapists {\n        ...MetricsRow_row\n      }\n      typicalCourse {\n        monthInTreatment\n        ors {\n          median\n          q1\n          q3\n          clients\n          suppressed\n        }\n        phq9 {\n          median\n          q1\n          q3\n          clients\n          suppressed\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query CaseloadMetrics($groupBy: MetricsGroup!, $cohort: String) {\n    caseloadMetrics(groupBy: $groupBy, cohort: $cohort) {\n      cohort {\n        id\n        kind\n        label\n        groupings\n      }\n      groupBy\n      fromMonth\n      toMonth\n      minCellSize\n      suppressionRule\n      perturbationNote\n      rows {\n        ...MetricsRow_row\n      }\n      total {\n        ...MetricsRow_row\n      }\n      therapists {\n        ...MetricsRow_row\n      }\n      typicalCourse {\n        monthInTreatment\n        ors {\n          median\n          q1\n          q3\n          clients\n          suppressed\n        }\n        phq9 {\n          median\n          q1\n          q3\n          clients\n          suppressed\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuditSummary {\n    auditSummary {\n      actor\n      actorRole\n      action\n      month\n      count\n      suppressed\n    }\n  }\n"): (typeof documents)["\n  query AuditSummary {\n    auditSummary {\n      actor\n      actorRole\n      action\n      month\n      count\n      suppressed\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;