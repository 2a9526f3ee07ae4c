/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** What the therapist did about a risk alert. */
export type AcknowledgeRiskAlertInput = {
  /** The action taken. */
  action: RiskAction;
  /** A note on what was done: at most 1000 characters; required (3 or more) when the action is OTHER. */
  note?: string | null | undefined;
};

/** A new client for the signed-in therapist's caseload. */
export type AdmitClientInput = {
  /** Age band, in years. */
  ageBand: AgeBand;
  /** Chief complaint at intake. */
  complaint: ComplaintCategory;
  /** The client's name, as their therapist knows them; at most 120 characters. */
  displayName: string;
  /** The client's email, when they are to sign in: an account is made for it, without a password until the client accepts an invitation. Unique across accounts; letter case does not matter. */
  email?: string | null | undefined;
  /** Date of intake in the clinic's timezone; not in the future. */
  intakeDate: string;
};

/** A client's age, in bands of years, so that no one is known by an exact age. */
export type AgeBand =
  /** 18 to 24 years. */
  | 'AGE_18_24'
  /** 25 to 34 years. */
  | 'AGE_25_34'
  /** 35 to 44 years. */
  | 'AGE_35_44'
  /** 45 to 54 years. */
  | 'AGE_45_54'
  /** 55 to 64 years. */
  | 'AGE_55_64'
  /** 65 years or more. */
  | 'AGE_65_PLUS';

/** How urgent an alert is. */
export type AlertSeverity =
  /** Act now: a risk to the client. Makes the status AT_RISK. */
  | 'CRITICAL'
  /** For information. */
  | 'INFO'
  /** Discuss soon: progress, alliance, homework or episodes. */
  | 'WARNING';

/** Homework set outside the recording of a session: by a therapist for a client, or by a client for themself. */
export type AssignHomeworkInput = {
  /** The session it was set in, if any: one of the same client's sessions. */
  assignedInSessionId?: string | number | null | undefined;
  /** Required for a therapist; a client may leave it out (themself). */
  clientId?: string | number | null | undefined;
  /** What to do: required, at most 1000 characters. */
  description: string;
  /** Local due date, YYYY-MM-DD: not before the client's intake, at most a year ahead. */
  dueDate: string;
  /** The kind of practice. */
  type: HomeworkType;
};

/** Set by the therapist, or by the client for themself. */
export type AssignedBy =
  /** Set by the client for themself. */
  | 'SELF'
  /** Set by the therapist. */
  | 'THERAPIST';

/** Whether the client came to an appointment. */
export type Attendance =
  /** The client came. */
  | 'ATTENDED'
  /** Cancelled beforehand. */
  | 'CANCELLED'
  /** The client did not come and had not cancelled. */
  | 'NO_SHOW';

/** How a series over time is bucketed, in the clinic's timezone. */
export type Bucket =
  /** Calendar months. */
  | 'MONTH'
  /** ISO weeks, Monday to Sunday. */
  | 'WEEK';

/** How a course of therapy ended. */
export type CaseOutcome =
  /** Therapy ended as planned. */
  | 'DISCHARGED'
  /** The client stopped coming before a planned end. */
  | 'DROPPED_OUT';

/** Change from baseline to latest, against the measure's reliable-change value (Jacobson & Truax). */
export type ChangeClassification =
  /** Changed by less than the reliable-change value, either way. */
  | 'NO_RELIABLE_CHANGE'
  /** Worse by at least the reliable-change value. */
  | 'RELIABLE_DETERIORATION'
  /** Better by at least the reliable-change value. */
  | 'RELIABLE_IMPROVEMENT';

/** ORS items as the client marked them, 0–10 each with at most one decimal. Each may be left out here, but a check-in needs all four: the first missing one is refused. */
export type CheckInOrsInput = {
  /** Me personally: personal well-being. */
  individual?: number | null | undefined;
  /** Family and close relationships. */
  interpersonal?: number | null | undefined;
  /** Overall: general sense of well-being. */
  overall?: number | null | undefined;
  /** Work, school and friendships. */
  social?: number | null | undefined;
};

/** When a client's check-in is due. */
export type CheckInSchedule =
  /** Once between one attended session and the next. */
  | 'BEFORE_EACH_SESSION'
  /** Once a week, Monday to Sunday in the clinic's timezone. */
  | 'WEEKLY';

/** Where a client is in their course of therapy. */
export type ClientStatus =
  /** In therapy. */
  | 'ACTIVE'
  /** Therapy ended as planned. */
  | 'DISCHARGED'
  /** Stopped coming before a planned end. */
  | 'DROPPED_OUT';

/** Cohorts lie on a fixed grid. */
export type CohortKind =
  /** A whole calendar quarter of intakes. */
  | 'QUARTER'
  /** A whole calendar year of intakes. */
  | 'YEAR';

/** Chief complaint at intake. */
export type ComplaintCategory =
  /** Depression or persistent low mood. */
  | 'DEPRESSION'
  /** Generalised anxiety: persistent worry that is hard to control. */
  | 'GENERALISED_ANXIETY'
  /** Any other chief complaint. */
  | 'OTHER'
  /** Panic attacks, or panic disorder. */
  | 'PANIC'
  /** Social anxiety: fear of being judged or embarrassed in social situations. */
  | 'SOCIAL_ANXIETY'
  /** After a traumatic event, e.g. post-traumatic stress. */
  | 'TRAUMA';

/** One of the clinic's crisis resources; a clinic has at most 10. */
export type CrisisResourceInput = {
  /** An example entry, to be replaced; false when left out. */
  example?: boolean | null | undefined;
  /** When it can be reached, in words; at most 120 characters. */
  hours?: string | null | undefined;
  /** Its name: 1 to 120 characters. */
  name: string;
  /** A number to call; at most 40 characters. */
  phone?: string | null | undefined;
  /** A number to text, or a short line on how to reach it; at most 40 characters. */
  text?: string | null | undefined;
  /** A web address starting with http:// or https://; at most 500 characters. */
  url?: string | null | undefined;
};

/** What a client is asked to do. */
export type DueKind =
  /** A check-in: the measures of the plan other than the SRS. */
  | 'CHECK_IN'
  /** Rating an attended session (SRS), within 48 hours of it. */
  | 'SESSION_FEEDBACK';

/** The regression behind a plan revision's effect (docs/clinical.md). */
export type EffectModel =
  /** Least-squares model of ORS totals, with t intervals. */
  | 'LINEAR'
  /** Log-linear Poisson model of episodes a week; the counts were not overdispersed. */
  | 'POISSON'
  /** Poisson model with intervals widened by the overdispersion (Pearson χ² ÷ degrees of freedom > 1). */
  | 'QUASI_POISSON';

/** Why no effect of a plan revision is estimated. */
export type EffectShortfall =
  /** No episodes before or none after: a change in level has no estimate. */
  | 'NO_EPISODES_ON_ONE_SIDE'
  /** The ratings fall on too few distinct days for a trend on each side. */
  | 'NO_FIT'
  /** Fewer ORS ratings on a side than PLAN_EFFECT_MIN_ORS_POINTS. */
  | 'TOO_FEW_RATINGS'
  /** Fewer complete weeks on a side than PLAN_EFFECT_MIN_WEEKS. */
  | 'TOO_FEW_WEEKS';

/** A day of the week on the clinic's clock. */
export type EpisodeDay =
  /** Friday. */
  | 'FRIDAY'
  /** Monday. */
  | 'MONDAY'
  /** Saturday. */
  | 'SATURDAY'
  /** Sunday. */
  | 'SUNDAY'
  /** Thursday. */
  | 'THURSDAY'
  /** Tuesday. */
  | 'TUESDAY'
  /** Wednesday. */
  | 'WEDNESDAY';

/** A quarter of the day on the clinic's clock. */
export type EpisodeTimeOfDay =
  /** Noon to 6 pm. */
  | 'AFTERNOON'
  /** 6 pm to midnight. */
  | 'EVENING'
  /** 6 am to noon. */
  | 'MORNING'
  /** Midnight to 6 am. */
  | 'NIGHT';

/** How an episode was cued, as panic diaries record it. */
export type EpisodeType =
  /** Expected beforehand, e.g. before a feared event. */
  | 'ANTICIPATED'
  /** Set off by being in a particular situation. */
  | 'SITUATIONAL'
  /** Out of the blue: nothing the client could see set it off. */
  | 'UNEXPECTED';

/** What of the homework is set against change: how much was done, or how helpful the client found it. */
export type HomeworkPredictorKind =
  /** Share of the reviewed homework completed (partly done counts half). */
  | 'COMPLETION'
  /** The client's rating of how helpful the homework was, 0–10. */
  | 'HELPFULNESS';

/** The review, in this session, of homework set earlier. */
export type HomeworkReviewInput = {
  /** How helpful the client found it, a whole number from 0 (not at all) to 10 (very). */
  helpfulness?: number | null | undefined;
  /** The homework item reviewed: one of this client's. */
  homeworkId: string | number;
  /** How far it was done. */
  status: HomeworkStatus;
};

/** How far a homework item was done. */
export type HomeworkStatus =
  /** Set, not reviewed yet. */
  | 'ASSIGNED'
  /** Done in full. */
  | 'COMPLETED'
  /** Not done. */
  | 'NOT_DONE'
  /** Partly done. */
  | 'PARTIAL';

/** The kind of practice a homework item asks for. */
export type HomeworkType =
  /** Plan activities and do them. */
  | 'ACTIVITY_SCHEDULING'
  /** Carry out a behavioural experiment. */
  | 'BEHAVIOURAL_EXPERIMENT'
  /** Practise exposure to something feared. */
  | 'EXPOSURE'
  /** Practise grounding. */
  | 'GROUNDING'
  /** Any other practice. */
  | 'OTHER'
  /** Read a handout or a chapter. */
  | 'READING'
  /** Practise a skill from the session, e.g. breathing or saying no. */
  | 'SKILL_PRACTICE'
  /** Fill in a thought record. */
  | 'THOUGHT_RECORD';

/** Why an invitation address was issued. */
export type InvitationPurpose =
  /** A new account: its owner sets their first password. */
  | 'INVITE'
  /** An existing account: its owner sets a new password; the old one works until then. */
  | 'PASSWORD_RESET';

/** A new staff account, invited by an admin. */
export type InviteStaffInput = {
  /** Their name as shown in the dashboard (at most 120 characters). */
  displayName: string;
  /** Their sign-in email; letter case does not matter; unique. */
  email: string;
  /** THERAPIST, SUPERVISOR or ADMIN; clients are invited by their therapist. */
  role: Role;
};

/** What a follow-up session chose as its priority issue. */
export type IssueCategory =
  /** Low mood. */
  | 'LOW_MOOD'
  /** Any other issue. */
  | 'OTHER'
  /** Panic attacks, or the fear of them. */
  | 'PANIC'
  /** Relationships. */
  | 'RELATIONSHIPS'
  /** Safety: risk to the client or to others. */
  | 'SAFETY'
  /** Self-esteem. */
  | 'SELF_ESTEEM'
  /** Sleep. */
  | 'SLEEP'
  /** Social situations. */
  | 'SOCIAL_SITUATIONS'
  /** Memories of a trauma. */
  | 'TRAUMA_MEMORIES'
  /** Work or study. */
  | 'WORK_OR_STUDY'
  /** Worry. */
  | 'WORRY';

/** A symptom episode written up as a thought record. */
export type LogEpisodeInput = {
  /** Required for a therapist; a client may leave it out (themself). */
  clientId?: string | number | null | undefined;
  /** The technique the client used to cope, if any. */
  copingTechnique?: Technique | null | undefined;
  /** How long it lasted, in whole minutes: 0 to 1440 (a day). */
  durationMinutes: number;
  /** Whether it came out of the blue, was anticipated, or was set off by a situation. */
  episodeType: EpisodeType;
  /** How the client felt afterwards. At most 2000 characters. */
  feelingsAfter?: string | null | undefined;
  /** How the client felt before it. At most 2000 characters. */
  feelingsBefore?: string | null | undefined;
  /** How the client felt during it. At most 2000 characters. */
  feelingsDuring?: string | null | undefined;
  /** When it happened: not before the client's intake, not in the future. */
  occurredAt: string;
  /** Peak intensity, a whole number from 0 (none) to 10 (the worst imaginable). */
  peakIntensity: number;
  /** The situation: where, with whom, what was happening. At most 2000 characters. */
  situation?: string | null | undefined;
  /** The main symptom. */
  symptom: Symptom;
  /** What went through the client's mind afterwards. At most 2000 characters. */
  thoughtsAfter?: string | null | undefined;
  /** What went through the client's mind before it. At most 2000 characters. */
  thoughtsBefore?: string | null | undefined;
  /** What went through the client's mind during it. At most 2000 characters. */
  thoughtsDuring?: string | null | undefined;
  /** What set it off; NONE_IDENTIFIED when left out. */
  triggerCategory?: TriggerCategory;
  /** What the client did. At most 2000 characters. */
  whatIDid?: string | null | undefined;
  /** What the client wishes they had done. At most 2000 characters. */
  wishIHadDone?: string | null | undefined;
};

/** Who logged an episode. */
export type LoggedBy =
  /** The client, about themself. */
  | 'CLIENT'
  /** The therapist, for their client. */
  | 'THERAPIST';

/** A rating scale given in sessions. */
export type Measure =
  /** GAD-7, anxiety: seven items 0–3, total 0–21, lower is better. */
  | 'GAD7'
  /** Outcome Rating Scale: four items 0–10, total 0–40, higher is better. */
  | 'ORS'
  /** PHQ-9, depression: nine items 0–3, total 0–27, lower is better. */
  | 'PHQ9'
  /** Session Rating Scale, the therapeutic alliance: four items 0–10, total 0–40, higher is better. */
  | 'SRS';

/** Which measures a client reports themself, and when. */
export type MeasurementPlanInput = {
  /** The measures: at least one and at most 5, each once. */
  measures: Array<PlanMeasure>;
  /** When a check-in is due. */
  schedule: CheckInSchedule;
};

/** How a cohort's clients are grouped; each cohort lists the groupings it offers. */
export type MetricsGroup =
  /** By chief complaint (every cohort). */
  | 'COMPLAINT'
  /** By quarter of intake (a year): the year's four quarter cohorts. */
  | 'INTAKE_QUARTER'
  /** By therapist (a year); therapists are named, their clients are not. */
  | 'THERAPIST';

/** Homework set at the end of this session. */
export type NewHomeworkInput = {
  /** What to do: required, at most 1000 characters. */
  description: string;
  /** Local due date, YYYY-MM-DD: not before the client's intake, at most a year ahead. */
  dueDate: string;
  /** The kind of practice. */
  type: HomeworkType;
};

/** EXPECTED_CURVE: compared with the course expected from the clinic's earlier closed cases for the client's intake score; FALLBACK_RULE: fewer than 30 such cases. */
export type OffTrackMethod =
  /** ORS compared with the expected course for the client's intake score, fitted to the clinic's cases closed before the judged session's month. */
  | 'EXPECTED_CURVE'
  /** Too few such cases (under 30 by default), or no model could be fitted: off track is no reliable improvement by session 6 (by default), or reliable deterioration. */
  | 'FALLBACK_RULE';

/** ORS items, 0–10 each with at most one decimal. */
export type OrsInput = {
  /** Individually: personal well-being. */
  individual: number;
  /** Interpersonally: family and close relationships. */
  interpersonal: number;
  /** Overall: general sense of well-being. */
  overall: number;
  /** Socially: work, school and friendships. */
  social: number;
};

/** A measure in a client's measurement plan. */
export type PlanMeasure =
  /** GAD-7, in each check-in. */
  | 'GAD7'
  /** Outcome Rating Scale, in each check-in. */
  | 'ORS'
  /** PHQ-9, in each check-in. */
  | 'PHQ9'
  /** Session Rating Scale, rated by the client within 48 hours after an attended session. */
  | 'SRS'
  /** "How was your week?", in each check-in. */
  | 'WEEK_RATING';

/** Which way a line of the plan review weighs: evidence for reworking the plan, against, or neither. */
export type PlanReviewDirection =
  /** Evidence that the plan is working. */
  | 'AGAINST_REWORKING'
  /** Evidence that the plan is not working as hoped. */
  | 'FOR_REWORKING'
  /** Weighs neither way. */
  | 'NEUTRAL';

/** What a line of the plan review found since the last revision. */
export type PlanReviewLineKind =
  /** No clear change. */
  | 'DID_NOT_MOVE'
  /** Something clearly changed, or a state holds that the rule names. */
  | 'MOVED'
  /** Too little data to tell. */
  | 'NOT_ENOUGH_DATA';

/** How a plan target is read. */
export type PlanTargetKind =
  /** Episodes a week, e.g. "panic at most once a week". */
  | 'EPISODES_PER_WEEK'
  /** The share of reviewed homework completed, e.g. "homework completion ≥ 60%". */
  | 'HOMEWORK_COMPLETION'
  /** A measure against a threshold, e.g. "GAD-7 ≤ 7". */
  | 'MEASURE'
  /** Text that is not a check: shown as written, never checked. */
  | 'UNCHECKABLE';

/** The issue this session chose to work on. */
export type PriorityIssueInput = {
  /** The issue, as a category. */
  category: IssueCategory;
  /** The issue in a few words; at most 500 characters. */
  text?: string | null | undefined;
};

/** AT_RISK: a risk rule fired. NOT_ON_TRACK: an off-track rule or a single reliable deterioration. Otherwise ON_TRACK, or INSUFFICIENT_DATA before two rated sessions. */
export type ProgressStatus =
  /** A risk rule fired (a CRITICAL alert): PHQ-9 item 9 answered above 0 (by default), a crisis in the latest session, reliable deterioration on two measures at the same session, or on one measure at two rated sessions in a row (by default). */
  | 'AT_RISK'
  /** Not yet two rated sessions on any of ORS, PHQ-9 and GAD-7. */
  | 'INSUFFICIENT_DATA'
  /** An off-track rule fired: below the expected range for the session, no reliable improvement by the fallback session, or reliable deterioration on one measure at its latest rating only. */
  | 'NOT_ON_TRACK'
  /** Enough ratings, and no risk or off-track rule fired. */
  | 'ON_TRACK';

/** Where a rating came from: recorded in the session, or reported by the client before it (or after it, for the SRS). */
export type RatingSource =
  /** Reported by the client: a check-in before the session, or the SRS after it. */
  | 'CLIENT'
  /** Recorded by the therapist in the session. */
  | 'SESSION';

/** A session to record: attendance and, for an attended session, ratings, the priority issue, techniques, and homework reviewed and set. */
export type RecordSessionInput = {
  /** A check-in of this client to take as the session's week rating, ORS, PHQ-9 and GAD-7 (then left out here): not adopted by another session, sent at most 7 days before the session and at most 2 hours after it began. Not for a correction. */
  adoptCheckInId?: string | number | null | undefined;
  /** Whether the client came; ratings need ATTENDED. */
  attendance: Attendance;
  /** The client the session was with: one of the therapist's own. */
  clientId: string | number;
  /** Whether a crisis was addressed; false when left out. */
  crisis?: boolean;
  /** GAD-7: the answers to its seven items in order, each 0–3; for an attended session. */
  gad7?: Array<number> | null | undefined;
  /** At most 20 entries. */
  homeworkReviews?: Array<HomeworkReviewInput>;
  /** What kind of session it was; FOLLOW_UP when left out. */
  kind?: SessionKind;
  /** At most 20 entries. */
  newHomework?: Array<NewHomeworkInput>;
  /** When it took place (or was missed): not before the client's intake, not in the future. */
  occurredAt: string;
  /** ORS items, for an attended session. */
  ors?: OrsInput | null | undefined;
  /** PHQ-9: the answers to its nine items in order, each 0–3; for an attended session. */
  phq9?: Array<number> | null | undefined;
  /** The issue the session chose to work on. */
  priorityIssue?: PriorityIssueInput | null | undefined;
  /** The therapist's private notes, shown to no one else; at most 10000 characters. */
  privateNotes?: string | null | undefined;
  /** SRS items, for an attended session. */
  srs?: SrsInput | null | undefined;
  /** A set: a repeated technique counts once. At most 13 entries. */
  techniquesUsed?: Array<Technique>;
  /** "How was your week?" 0–10. */
  weekRating?: number | null | undefined;
};

/** A client's first treatment plan, or a new version of it. Each revision states the whole plan. */
export type RevisePlanInput = {
  /** The client: one of the therapist's own. */
  clientId: string | number;
  /** When the revision takes effect; now when left out. Not before the client's intake or the previous revision, not in the future. */
  effectiveFrom?: string | null | undefined;
  /** The plan's goals: at least one, at most 20 entries, each at most 300 characters. */
  goals: Array<string>;
  /** A set: a repeated technique counts once. At most 13 entries. */
  plannedTechniques?: Array<Technique>;
  /** Why the plan is set or changed: required, at most 4000 characters. */
  rationale: string;
  /** Measurable targets, e.g. "ORS above 25" or "GAD-7 ≤ 7": at most 20 entries, each at most 300 characters. A target written as a check is checked every week, so it must be one a week can both pass and fail; other text stays as written. */
  targets?: Array<string>;
};

/** What the therapist did about a risk alert. */
export type RiskAction =
  /** Contacted the client. */
  | 'CONTACTED_CLIENT'
  /** Called emergency services. */
  | 'EMERGENCY_SERVICES_CALLED'
  /** Something else, said in the note. */
  | 'OTHER'
  /** Referred the client to a crisis service. */
  | 'REFERRED_TO_CRISIS_SERVICE'
  /** Reviewed the safety plan with the client. */
  | 'SAFETY_PLAN_REVIEWED';

/** What a signed-in person may see and do. */
export type Role =
  /** Manages the clinic's staff accounts and invitations; sees no clinical data and no metrics. */
  | 'ADMIN'
  /** A person in therapy: sees their own progress and logs their own episodes and homework. */
  | 'CLIENT'
  /** Reviews anonymised metrics and the audit log of their clinic; never an individual client. */
  | 'SUPERVISOR'
  /** Sees and records the work with the clients on their own caseload. */
  | 'THERAPIST';

/** What kind of session an appointment was. */
export type SessionKind =
  /** An unplanned session for a crisis. */
  | 'CRISIS'
  /** The last session, ending therapy. */
  | 'DISCHARGE'
  /** A regular follow-up session. */
  | 'FOLLOW_UP'
  /** The first, assessment session. */
  | 'INTAKE';

/** The step a signed-in session still has to take before it may use the rest of the API. */
export type SignInStep =
  /** Two-factor sign-in is required for this role and not yet set up: beginTotpEnrollment, then confirmTotpEnrollment. */
  | 'ENROL_SECOND_FACTOR'
  /** The password was right; verifySecondFactor with an authenticator code or a recovery code. */
  | 'SECOND_FACTOR';

/** SRS items, 0–10 each with at most one decimal. */
export type SrsInput = {
  /** Approach or method: the therapist's approach was a good fit. */
  approachOrMethod: number;
  /** Goals and topics: worked on what the client wanted to work on. */
  goalsAndTopics: number;
  /** Overall: the session was right for the client. */
  overall: number;
  /** Relationship: felt heard, understood and respected. */
  relationship: number;
};

/** A check-in: the measures of the client's plan, as the client answered them. */
export type SubmitCheckInInput = {
  /** The client's own id, if given; a client may name only themself. */
  clientId?: string | number | null | undefined;
  /** The key of the check-in due (CheckInDue.key). */
  due: string | number;
  /** GAD-7, when the plan asks for it: the answers to its seven items in order, each 0–3. */
  gad7?: Array<number> | null | undefined;
  /** The client answered "I am not safe right now"; false when left out. */
  notSafeNow?: boolean | null | undefined;
  /** The ORS, when the plan asks for it. */
  ors?: CheckInOrsInput | null | undefined;
  /** PHQ-9, when the plan asks for it: the answers to its nine items in order, each 0–3. */
  phq9?: Array<number> | null | undefined;
  /** "How was your week?" 0–10, when the plan asks for it. */
  weekRating?: number | null | undefined;
  /** The week in the client's own words, with the week rating; at most 500 characters. */
  weekWords?: string | null | undefined;
};

/** The main symptom of an episode. */
export type Symptom =
  /** A surge of anger. */
  | 'ANGER'
  /** An intrusive memory or flashback. */
  | 'INTRUSIVE_MEMORY'
  /** A spell of low mood. */
  | 'LOW_MOOD'
  /** Any other symptom. */
  | 'OTHER'
  /** A panic attack: a sudden surge of intense fear with bodily symptoms. */
  | 'PANIC_ATTACK'
  /** An urge to harm oneself: review risk with the client. */
  | 'SELF_HARM_URGE'
  /** A bout of worry. */
  | 'WORRY';

/** How the observed figure is compared with the target's value. */
export type TargetComparator =
  /** At least. */
  | 'GE'
  /** Above. */
  | 'GT'
  /** At most. */
  | 'LE'
  /** Below. */
  | 'LT';

/** Whether a week met a target. */
export type TargetWeekState =
  /** The week's figure passed the check. */
  | 'MET'
  /** Nothing that week to check it on (no rating, or no homework reviewed). */
  | 'NOT_MEASURABLE'
  /** The week's figure failed the check. */
  | 'NOT_MET';

/** Work done in a follow-up session, planned in a treatment plan, or used by a client to cope with an episode. */
export type Technique =
  /** Planning rewarding or meaningful activities (behavioural activation). */
  | 'ACTIVITY_SCHEDULING'
  /** Practising what to say, and how to say it. */
  | 'ASSERTIVENESS_PRACTICE'
  /** Testing a belief by trying something out and seeing what happens. */
  | 'BEHAVIOURAL_EXPERIMENT'
  /** Slow, paced breathing. */
  | 'BREATHING'
  /** Challenging a perception: weighing a thought against the evidence and finding a more balanced one. */
  | 'COGNITIVE_RESTRUCTURING'
  /** Facing a feared situation, sensation or memory, step by step. */
  | 'EXPOSURE'
  /** Grounding: bringing attention back to the present through the senses. */
  | 'GROUNDING'
  /** Mindfulness: noticing thoughts and feelings without judging them. */
  | 'MINDFULNESS'
  /** Any other technique. */
  | 'OTHER'
  /** Structured problem solving: define the problem, list options, choose, try, review. */
  | 'PROBLEM_SOLVING'
  /** Explaining the problem and how therapy works on it. */
  | 'PSYCHOEDUCATION'
  /** Relaxation, e.g. progressive muscle relaxation. */
  | 'RELAXATION'
  /** A thought record: the situation, moods, automatic thoughts, the evidence, and a balanced thought. */
  | 'THOUGHT_RECORD';

/** What set an episode off. */
export type TriggerCategory =
  /** Family. */
  | 'FAMILY'
  /** Health, or a bodily sensation. */
  | 'HEALTH'
  /** No trigger identified. */
  | 'NONE_IDENTIFIED'
  /** Any other trigger. */
  | 'OTHER'
  /** A place or a crowd. */
  | 'PLACE_OR_CROWD'
  /** A partner or another close relationship. */
  | 'RELATIONSHIPS'
  /** A reminder of something that happened. */
  | 'REMINDER'
  /** A social situation. */
  | 'SOCIAL_SITUATION'
  /** Work or study. */
  | 'WORK_OR_STUDY';

/** A trigger's trend over the weeks, by whether the interval of its weekly rate ratio excludes 1. */
export type TriggerTrendVerdict =
  /** Episodes with this trigger are clearly becoming less frequent. */
  | 'FALLING'
  /** No clear trend (not proof that there is none). */
  | 'FLAT'
  /** Too few weeks or episodes to fit a trend. */
  | 'NOT_ENOUGH_DATA'
  /** Episodes with this trigger are clearly becoming more frequent. */
  | 'RISING';

/** Changes to a client's details; a field left out stays as it is. */
export type UpdateClientInput = {
  /** New age band. */
  ageBand?: AgeBand | null | undefined;
  /** The client: one of the signed-in therapist's. */
  clientId: string | number;
  /** New chief complaint. */
  complaint?: ComplaintCategory | null | undefined;
  /** New name; at most 120 characters. */
  displayName?: string | null | undefined;
  /** New sign-in email: changes the client's account, or makes one (without a password) when they have none. Unique across accounts. */
  email?: string | null | undefined;
  /** New intake date: not in the future, and not after anything already recorded for the client. */
  intakeDate?: string | null | undefined;
};

/** A change to a homework item: its status, its helpfulness, or the session it was reviewed in. At least one must be given; what is left out stays as it is. */
export type UpdateHomeworkInput = {
  /** How helpful the client found it, a whole number from 0 (not at all) to 10 (very). */
  helpfulness?: number | null | undefined;
  /** The homework item to change. */
  homeworkId: string | number;
  /** The session in which it was reviewed: one of the same client's sessions. */
  reviewedInSessionId?: string | number | null | undefined;
  /** How far it was done. */
  status?: HomeworkStatus | null | undefined;
};

/** An outcome measure whose change between sessions is set against homework. */
export type WhatWorksMeasure =
  /** GAD-7 total, 0–21, lower is better. */
  | 'GAD7'
  /** Outcome Rating Scale total, 0–40, higher is better. */
  | 'ORS'
  /** PHQ-9 total, 0–27, lower is better. */
  | 'PHQ9';

/** What a comparison found, read off its interval: a clear difference only when it excludes no effect. */
export type WhatWorksVerdict =
  /** With more homework the measure clearly changed for the better. */
  | 'CLEAR_DIFFERENCE_BETTER'
  /** The interval lies wholly above no difference. */
  | 'CLEAR_DIFFERENCE_HIGHER'
  /** The interval lies wholly below no difference. */
  | 'CLEAR_DIFFERENCE_LOWER'
  /** With more homework the measure clearly changed for the worse. */
  | 'CLEAR_DIFFERENCE_WORSE'
  /** Below the stated minimum: not enough data to tell. */
  | 'NOT_ENOUGH_DATA'
  /** The interval includes no difference: no clear effect, not proof of none. */
  | 'NO_CLEAR_DIFFERENCE';

export type AllianceChart_ProgressFragment = { sessions: Array<{ number: number | null, localDate: string, srs: number | null, srsSource: RatingSource | null }>, cutoffs: Array<{ rule: string, value: number }> } & { ' $fragmentName'?: 'AllianceChart_ProgressFragment' };

export type CadenceChart_ProgressFragment = { cadence: Array<{ number: number, localDate: string, daysSincePrevious: number | null }> } & { ' $fragmentName'?: 'CadenceChart_ProgressFragment' };

export type EpisodeChart_ProgressFragment = { bucket: Bucket, episodes: Array<{ start: string, days: number, count: number, perWeek: number, meanIntensity: number | null, maxIntensity: number | null, totalMinutes: number, bySymptom: Array<{ symptom: Symptom, count: number }> }> } & { ' $fragmentName'?: 'EpisodeChart_ProgressFragment' };

export type HomeworkChart_ProgressFragment = { bucket: Bucket, homework: Array<{ start: string, assigned: number, completed: number, partial: number, notDone: number, open: number, completionRate: number | null, selfAssigned: number, selfAssignedShare: number | null }> } & { ' $fragmentName'?: 'HomeworkChart_ProgressFragment' };

export type OutcomeChart_ProgressFragment = { sessions: Array<{ sessionId: string, number: number | null, localDate: string, attendance: Attendance, ors: number | null, phq9: number | null, gad7: number | null, source: RatingSource }>, checkIns: Array<{ checkInId: string, localDate: string, ors: number | null, source: RatingSource }>, expected: Array<{ sessionNumber: number, expected: number, lower: number }>, cutoffs: Array<{ measure: Measure, rule: string, value: number, label: string }>, planRevisions: Array<{ version: number, localDate: string, rationale: string }> } & { ' $fragmentName'?: 'OutcomeChart_ProgressFragment' };

export type SymptomsChart_ProgressFragment = { sessions: Array<{ number: number | null, localDate: string, phq9: number | null, gad7: number | null, source: RatingSource }>, checkIns: Array<{ checkInId: string, localDate: string, phq9: number | null, gad7: number | null, source: RatingSource }>, cutoffs: Array<{ rule: string, value: number }>, planRevisions: Array<{ version: number, localDate: string, rationale: string }> } & { ' $fragmentName'?: 'SymptomsChart_ProgressFragment' };

export type ChangePasswordMutationVariables = Exact<{
  currentPassword: string;
  newPassword: string;
}>;


export type ChangePasswordMutation = { changePassword: boolean };

export type MySessionsQueryVariables = Exact<{ [key: string]: never; }>;


export type MySessionsQuery = { mySessions: Array<{ id: string, current: boolean, createdAt: string, lastSeenAt: string, sourceAddress: string | null }> };

export type EndSessionMutationVariables = Exact<{
  id: string | number;
}>;


export type EndSessionMutation = { endSession: boolean };

export type AccessTokensQueryVariables = Exact<{ [key: string]: never; }>;


export type AccessTokensQuery = { accessTokens: Array<{ id: string, name: string, createdAt: string, expiresAt: string, lastUsedAt: string | null, revokedAt: string | null }> };

export type CreateAccessTokenMutationVariables = Exact<{
  name: string;
  expiresInDays: number;
}>;


export type CreateAccessTokenMutation = { createAccessToken: { token: string, accessToken: { id: string, name: string, expiresAt: string } } };

export type RevokeAccessTokenMutationVariables = Exact<{
  id: string | number;
}>;


export type RevokeAccessTokenMutation = { revokeAccessToken: { id: string, revokedAt: string | null } };

export type AdmitClientMutationVariables = Exact<{
  input: AdmitClientInput;
}>;


export type AdmitClientMutation = { admitClient: { id: string, displayName: string } };

export type CaseloadQueryVariables = Exact<{
  includeClosed: boolean;
}>;


export type CaseloadQuery = { caseload: Array<{ status: ProgressStatus, alertCount: number, sessionsAttended: number, lastSessionDate: string | null, latestOrs: number | null, orsSparkline: Array<number>, orsSparklineSources: Array<RatingSource>, episodesPerWeek: Array<number>, client: { id: string, displayName: string, status: ClientStatus, complaint: ComplaintCategory, closedOn: string | null }, riskAlerts: Array<{ id: string, raisedAt: string, rules: Array<string>, acknowledged: boolean, acknowledgedAt: string | null, acknowledgedBy: string | null, action: RiskAction | null, note: string | null }>, summary: { alerts: Array<{ code: string, severity: AlertSeverity, message: string }> } }> };

export type AcknowledgeRiskAlertMutationVariables = Exact<{
  id: string | number;
  input: AcknowledgeRiskAlertInput;
}>;


export type AcknowledgeRiskAlertMutation = { acknowledgeRiskAlert: { id: string, acknowledged: boolean, acknowledgedAt: string | null, acknowledgedBy: string | null, action: RiskAction | null, note: string | null } };

export type CheckInsDueQueryVariables = Exact<{ [key: string]: never; }>;


export type CheckInsDueQuery = { checkInsDue: Array<{ kind: DueKind, key: string, measures: Array<PlanMeasure>, sessionId: string | null, sessionDate: string | null, deadline: string | null }> };

export type CrisisResourceFieldsFragment = { name: string, phone: string | null, text: string | null, url: string | null, hours: string | null, example: boolean } & { ' $fragmentName'?: 'CrisisResourceFieldsFragment' };

export type CrisisResourcesQueryVariables = Exact<{ [key: string]: never; }>;


export type CrisisResourcesQuery = { crisisResources: Array<{ ' $fragmentRefs'?: { 'CrisisResourceFieldsFragment': CrisisResourceFieldsFragment } }> };

export type SubmitCheckInMutationVariables = Exact<{
  input: SubmitCheckInInput;
}>;


export type SubmitCheckInMutation = { submitCheckIn: { id: string, localDate: string, safetyConcern: boolean, crisisResources: Array<{ ' $fragmentRefs'?: { 'CrisisResourceFieldsFragment': CrisisResourceFieldsFragment } }> } };

export type SubmitSessionFeedbackMutationVariables = Exact<{
  sessionId: string | number;
  srs: SrsInput;
}>;


export type SubmitSessionFeedbackMutation = { submitSessionFeedback: { sessionId: string, localDate: string, srsTotal: number } };

export type ClientAccessLogQueryVariables = Exact<{
  clientId: string | number;
  after?: string | null | undefined;
}>;


export type ClientAccessLogQuery = { clientAccessLog: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ cursor: string, node: { actor: string, actorRole: Role, action: string, at: string } }> } };

export type ClientCaseQueryVariables = Exact<{
  id: string | number;
}>;


export type ClientCaseQuery = { client: { id: string, displayName: string, email: string | null, hasAccount: boolean, status: ClientStatus, closedOn: string | null, complaint: ComplaintCategory, ageBand: AgeBand, intakeDate: string, riskAlerts: Array<{ id: string, raisedAt: string, rules: Array<string>, checkInId: string, acknowledged: boolean, acknowledgedAt: string | null, acknowledgedBy: string | null, action: RiskAction | null, note: string | null }> } | null };

export type ColleaguesQueryVariables = Exact<{ [key: string]: never; }>;


export type ColleaguesQuery = { colleagues: Array<{ id: string, displayName: string }> };

export type InviteClientMutationVariables = Exact<{
  clientId: string | number;
}>;


export type InviteClientMutation = { inviteClient: { url: string, expiresAt: string } };

export type UpdateClientMutationVariables = Exact<{
  input: UpdateClientInput;
}>;


export type UpdateClientMutation = { updateClient: { id: string, displayName: string, email: string | null, complaint: ComplaintCategory, ageBand: AgeBand, intakeDate: string } };

export type CloseCaseMutationVariables = Exact<{
  clientId: string | number;
  outcome: CaseOutcome;
  date: string;
}>;


export type CloseCaseMutation = { closeCase: { id: string, status: ClientStatus, closedOn: string | null } };

export type ReopenCaseMutationVariables = Exact<{
  clientId: string | number;
}>;


export type ReopenCaseMutation = { reopenCase: { id: string, status: ClientStatus, closedOn: string | null } };

export type TransferClientMutationVariables = Exact<{
  clientId: string | number;
  toTherapistId: string | number;
}>;


export type TransferClientMutation = { transferClient: { id: string, therapistId: string } };

export type ClientCheckInsQueryVariables = Exact<{
  clientId: string | number;
}>;


export type ClientCheckInsQuery = { clientCheckIns: { totalCount: number, edges: Array<{ cursor: string, node: { id: string, submittedAt: string, localDate: string, weekRating: number | null, weekWords: string | null, orsTotal: number | null, phq9Items: Array<number> | null, phq9Total: number | null, gad7Total: number | null, notSafeNow: boolean, safetyConcern: boolean, sessionId: string | null } }> } };

export type SetMeasurementPlanMutationVariables = Exact<{
  clientId: string | number;
  input: MeasurementPlanInput;
}>;


export type SetMeasurementPlanMutation = { setMeasurementPlan: { measures: Array<PlanMeasure>, schedule: CheckInSchedule, updatedAt: string } };

export type CorrectionHistory_CorrectionFragment = { correctedAt: string, correctedBy: string, reason: string, changes: Array<{ field: string, before: string | null, after: string | null }> } & { ' $fragmentName'?: 'CorrectionHistory_CorrectionFragment' };

export type EpisodeReader_EpisodeFragment = { id: string, occurredAt: string, localDate: string, symptom: Symptom, peakIntensity: number, durationMinutes: number, episodeType: EpisodeType, triggerCategory: TriggerCategory, situation: string | null, thoughtsBefore: string | null, feelingsBefore: string | null, thoughtsDuring: string | null, feelingsDuring: string | null, thoughtsAfter: string | null, feelingsAfter: string | null, whatIDid: string | null, wishIHadDone: string | null, copingTechnique: Technique | null, loggedBy: LoggedBy, corrections: Array<{ ' $fragmentRefs'?: { 'CorrectionHistory_CorrectionFragment': CorrectionHistory_CorrectionFragment } }> } & { ' $fragmentName'?: 'EpisodeReader_EpisodeFragment' };

export type ClientEpisodesQueryVariables = Exact<{
  clientId: string | number;
  after?: string | null | undefined;
}>;


export type ClientEpisodesQuery = { clientEpisodes: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ cursor: string, node: { ' $fragmentRefs'?: { 'EpisodeReader_EpisodeFragment': EpisodeReader_EpisodeFragment } } }> } };

export type CorrectEpisodeMutationVariables = Exact<{
  episodeId: string | number;
  reason: string;
  input: LogEpisodeInput;
}>;


export type CorrectEpisodeMutation = { correctEpisode: { ' $fragmentRefs'?: { 'EpisodeReader_EpisodeFragment': EpisodeReader_EpisodeFragment } } };

export type UpdateHomeworkMutationVariables = Exact<{
  input: UpdateHomeworkInput;
}>;


export type UpdateHomeworkMutation = { updateHomework: { id: string, status: HomeworkStatus, helpfulness: number | null } };

export type AssignHomeworkMutationVariables = Exact<{
  input: AssignHomeworkInput;
}>;


export type AssignHomeworkMutation = { assignHomework: { id: string } };

export type LogEpisodeMutationVariables = Exact<{
  input: LogEpisodeInput;
}>;


export type LogEpisodeMutation = { logEpisode: { id: string, localDate: string } };

export type PlanPanel_ProgressFragment = { planRevisions: Array<{ version: number, localDate: string, goals: Array<string>, targets: Array<string>, plannedTechniques: Array<Technique>, rationale: string, comparison: { windowRule: string, tooEarly: boolean, comparableFrom: string, minimumRule: string, before: { from: string, to: string, days: number, episodes: number, episodesPerWeek: number | null, homeworkReviewed: number, homeworkCompletionRate: number | null, orsSlopePerWeek: number | null } | null, after: { from: string, to: string, days: number, episodes: number, episodesPerWeek: number | null, homeworkReviewed: number, homeworkCompletionRate: number | null, orsSlopePerWeek: number | null }, episodeEffect: { enough: boolean, shortfall: EffectShortfall | null, model: EffectModel | null, weeksBefore: number, weeksAfter: number, pointsBefore: number, pointsAfter: number, minimumRule: string, confidence: number, dispersion: number | null, trendBefore: { estimate: number, lower: number, upper: number } | null, levelChange: { estimate: number, lower: number, upper: number } | null, slopeChange: { estimate: number, lower: number, upper: number } | null } | null, orsEffect: { enough: boolean, shortfall: EffectShortfall | null, model: EffectModel | null, weeksBefore: number, weeksAfter: number, pointsBefore: number, pointsAfter: number, minimumRule: string, confidence: number, dispersion: number | null, trendBefore: { estimate: number, lower: number, upper: number } | null, levelChange: { estimate: number, lower: number, upper: number } | null, slopeChange: { estimate: number, lower: number, upper: number } | null } | null } }> } & { ' $fragmentName'?: 'PlanPanel_ProgressFragment' };

export type RecordSessionMutationVariables = Exact<{
  input: RecordSessionInput;
}>;


export type RecordSessionMutation = { recordSession: { id: string, number: number | null } };

export type RevisePlanMutationVariables = Exact<{
  input: RevisePlanInput;
}>;


export type RevisePlanMutation = { revisePlan: { id: string, version: number } };

export type SessionHistory_SessionFragment = { id: string, number: number | null, occurredAt: string, localDate: string, attendance: Attendance, kind: SessionKind, weekRating: number | null, orsTotal: number | null, srsTotal: number | null, phq9Total: number | null, gad7Total: number | null, phq9Items: Array<number> | null, gad7Items: Array<number> | null, priorityIssueCategory: IssueCategory | null, priorityIssueText: string | null, techniquesUsed: Array<Technique>, crisis: boolean, privateNotes: string | null, ors: { individual: number, interpersonal: number, social: number, overall: number } | null, srs: { relationship: number, goalsAndTopics: number, approachOrMethod: number, overall: number } | null, corrections: Array<{ ' $fragmentRefs'?: { 'CorrectionHistory_CorrectionFragment': CorrectionHistory_CorrectionFragment } }> } & { ' $fragmentName'?: 'SessionHistory_SessionFragment' };

export type ClientSessionsQueryVariables = Exact<{
  clientId: string | number;
  after?: string | null | undefined;
}>;


export type ClientSessionsQuery = { clientSessions: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ cursor: string, node: (
        { id: string }
        & { ' $fragmentRefs'?: { 'SessionHistory_SessionFragment': SessionHistory_SessionFragment } }
      ) }> } };

export type CorrectSessionMutationVariables = Exact<{
  sessionId: string | number;
  reason: string;
  input: RecordSessionInput;
}>;


export type CorrectSessionMutation = { correctSession: { ' $fragmentRefs'?: { 'SessionHistory_SessionFragment': SessionHistory_SessionFragment } } };

export type SummaryPanel_ProgressFragment = { expectedBasis: { method: OffTrackMethod, closedCases: number, closedBefore: string | null } | null, summary: { status: ProgressStatus, offTrackMethod: OffTrackMethod | null, sessionsAttended: number, lastSessionDate: string | null, alerts: Array<{ code: string, severity: AlertSeverity, rule: string, message: string, suggestion: string, sessionNumber: number | null }>, outcomes: Array<{ measure: Measure, ratedSessions: number, baseline: number | null, latest: number | null, change: number | null, classification: ChangeClassification | null, rule: string | null, latestBand: string | null, casenessAtBaseline: boolean | null, recovered: boolean | null, reliablyRecovered: boolean | null, response: boolean | null, remission: boolean | null }>, pairedOutcome: { ratedSessions: number, recovered: boolean | null } | null } } & { ' $fragmentName'?: 'SummaryPanel_ProgressFragment' };

export type ClientWhatWorksQueryVariables = Exact<{
  clientId: string | number;
}>;


export type ClientWhatWorksQuery = { clientProgress: { whatWorks: (
      { planReview: { ' $fragmentRefs'?: { 'PlanReviewPanel_ReviewFragment': PlanReviewPanel_ReviewFragment } } }
      & { ' $fragmentRefs'?: { 'WhatWorksPanel_WhatWorksFragment': WhatWorksPanel_WhatWorksFragment } }
    ) } };

export type MyWhatWorksQueryVariables = Exact<{
  clientId: string | number;
}>;


export type MyWhatWorksQuery = { clientProgress: { whatWorks: { ' $fragmentRefs'?: { 'WhatWorksPanel_WhatWorksFragment': WhatWorksPanel_WhatWorksFragment } } } };

export type PlanReviewPanel_ReviewFragment = { version: number | null, since: string | null, lines: Array<{ kind: PlanReviewLineKind, direction: PlanReviewDirection, text: string, rule: string, numbers: string }>, evidenceFor: Array<{ kind: PlanReviewLineKind, direction: PlanReviewDirection, text: string, rule: string, numbers: string }>, evidenceAgainst: Array<{ kind: PlanReviewLineKind, direction: PlanReviewDirection, text: string, rule: string, numbers: string }> } & { ' $fragmentName'?: 'PlanReviewPanel_ReviewFragment' };

export type WhatWorksPanel_WhatWorksFragment = { today: string, homework: Array<{ measure: WhatWorksMeasure, completion: { predictor: HomeworkPredictorKind, measure: WhatWorksMeasure, method: string, enough: boolean, reason: string | null, verdict: WhatWorksVerdict, confidence: number, counts: { pairs: number, intervals: number, high: number, low: number }, slope: { estimate: number, lower: number, upper: number } | null, points: Array<{ from: string, to: string, sessionNumber: number | null, items: number, x: number, change: number }> }, helpfulness: { predictor: HomeworkPredictorKind, measure: WhatWorksMeasure, method: string, enough: boolean, reason: string | null, verdict: WhatWorksVerdict, confidence: number, counts: { pairs: number, intervals: number, high: number, low: number }, slope: { estimate: number, lower: number, upper: number } | null, points: Array<{ from: string, to: string, sessionNumber: number | null, items: number, x: number, change: number }> } }>, coping: { method: string, symptom: Symptom | null, episodesWithout: number, comparisons: number, adjustment: string, intervalConfidence: number, enough: boolean, reason: string | null, techniques: Array<{ technique: Technique, episodes: number, enough: boolean, reason: string | null, meanPeakWith: number, meanPeakWithout: number | null, typicalMinutesWith: number, typicalMinutesWithout: number | null, peakIntensity: { verdict: WhatWorksVerdict, interval: { estimate: number, lower: number, upper: number } | null }, duration: { verdict: WhatWorksVerdict, interval: { estimate: number, lower: number, upper: number } | null } }> }, practised: { method: string, comparisons: number, intervalConfidence: number, techniques: Array<{ technique: Technique, sessionsWith: number, sessionsWithout: number, episodesAfterWith: number, episodesAfterWithout: number, enough: boolean, reason: string | null, verdict: WhatWorksVerdict, rateRatio: { estimate: number | null, lower: number | null, upper: number | null } | null }> }, plannedVsDelivered: { method: string, currentVersion: number | null, techniques: Array<{ technique: Technique, planned: boolean, plannedSinceVersion: number | null, sessions: number, sessionsUsing: number }> }, triggerTrends: { method: string, weeks: Array<string>, comparisons: number, intervalConfidence: number, enough: boolean, reason: string | null, triggers: Array<{ trigger: TriggerCategory, weeklyCounts: Array<number>, total: number, enough: boolean, reason: string | null, model: string | null, verdict: TriggerTrendVerdict, ratePerWeek: { estimate: number, lower: number, upper: number } | null }> }, triggerShares: Array<{ version: number, revisionDate: string, shares: { method: string, revisionDate: string, from: string, to: string, episodesBefore: number, episodesAfter: number, enough: boolean, reason: string | null, triggers: Array<{ trigger: TriggerCategory, before: { episodes: number, share: { estimate: number, lower: number, upper: number } | null }, after: { episodes: number, share: { estimate: number, lower: number, upper: number } | null } }> } }>, episodeTimes: { method: string, timeZone: string, total: number, dayTotals: Array<number>, periodTotals: Array<number>, enough: boolean, reason: string | null, cells: Array<{ day: EpisodeDay, period: EpisodeTimeOfDay, count: number }>, busiest: { day: EpisodeDay, period: EpisodeTimeOfDay, count: number } | null }, targetProgress: Array<{ method: string, weeksMet: number, weeksMeasurable: number, streak: number, target: { text: string, kind: PlanTargetKind, measure: string | null, symptom: Symptom | null, comparator: TargetComparator | null, value: number | null, problem: string | null }, weeks: Array<{ weekStart: string, state: TargetWeekState, observed: number | null }>, latestMeasured: { weekStart: string, state: TargetWeekState, observed: number | null } | null }> } & { ' $fragmentName'?: 'WhatWorksPanel_WhatWorksFragment' };

export type ClientProgressQueryVariables = Exact<{
  clientId: string | number;
  from?: string | null | undefined;
  to?: string | null | undefined;
  bucket: Bucket;
}>;


export type ClientProgressQuery = { clientProgress: (
    { from: string, to: string, client: { id: string, displayName: string, intakeDate: string, status: ClientStatus, complaint: ComplaintCategory, measurementPlan: { measures: Array<PlanMeasure>, schedule: CheckInSchedule, updatedAt: string } | null, pendingCheckIn: { ' $fragmentRefs'?: { 'PendingCheckIn_CheckInFragment': PendingCheckIn_CheckInFragment } } | null }, sessions: Array<{ sessionId: string, number: number | null, localDate: string, weekRating: number | null, weekWords: string | null, source: RatingSource }>, checkIns: Array<{ checkInId: string, localDate: string, weekRating: number | null, weekWords: string | null, source: RatingSource }>, episodes: Array<{ count: number }>, planRevisions: Array<{ goals: Array<string>, targets: Array<string>, plannedTechniques: Array<Technique> }> }
    & { ' $fragmentRefs'?: { 'OutcomeChart_ProgressFragment': OutcomeChart_ProgressFragment;'SymptomsChart_ProgressFragment': SymptomsChart_ProgressFragment;'AllianceChart_ProgressFragment': AllianceChart_ProgressFragment;'HomeworkChart_ProgressFragment': HomeworkChart_ProgressFragment;'EpisodeChart_ProgressFragment': EpisodeChart_ProgressFragment;'CadenceChart_ProgressFragment': CadenceChart_ProgressFragment;'SummaryPanel_ProgressFragment': SummaryPanel_ProgressFragment;'PlanPanel_ProgressFragment': PlanPanel_ProgressFragment } }
  ) };

export type ClientHomeworkQueryVariables = Exact<{
  clientId: string | number;
  after?: string | null | undefined;
}>;


export type ClientHomeworkQuery = { clientHomework: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ cursor: string, node: { id: string, type: HomeworkType, description: string, dueDate: string, status: HomeworkStatus, helpfulness: number | null, assignedBy: AssignedBy } }> } };

export type PendingCheckIn_CheckInFragment = { id: string, submittedAt: string, localDate: string, weekRating: number | null, weekWords: string | null, orsTotal: number | null, phq9Items: Array<number> | null, phq9Total: number | null, gad7Items: Array<number> | null, gad7Total: number | null, notSafeNow: boolean, safetyConcern: boolean, ors: { individual: number, interpersonal: number, social: number, overall: number } | null } & { ' $fragmentName'?: 'PendingCheckIn_CheckInFragment' };

export type InvitationPreviewQueryVariables = Exact<{
  token: string;
}>;


export type InvitationPreviewQuery = { invitationPreview: { email: string, displayName: string, role: Role, expiresAt: string, purpose: InvitationPurpose } };

export type AcceptInvitationMutationVariables = Exact<{
  token: string;
  password: string;
}>;


export type AcceptInvitationMutation = { acceptInvitation: { id: string, role: Role, nextStep: SignInStep | null } };

export type MeQueryVariables = Exact<{ [key: string]: never; }>;


export type MeQuery = { me: { id: string, displayName: string, role: Role, email: string, clientId: string | null, twoFactorEnabled: boolean, nextStep: SignInStep | null } | null };

export type LoginMutationVariables = Exact<{
  email: string;
  password: string;
}>;


export type LoginMutation = { login: { id: string, role: Role, nextStep: SignInStep | null } };

export type LogoutMutationVariables = Exact<{ [key: string]: never; }>;


export type LogoutMutation = { logout: boolean };

export type VerifySecondFactorMutationVariables = Exact<{
  code: string;
}>;


export type VerifySecondFactorMutation = { verifySecondFactor: { id: string, nextStep: SignInStep | null } };

export type BeginTotpEnrollmentMutationVariables = Exact<{ [key: string]: never; }>;


export type BeginTotpEnrollmentMutation = { beginTotpEnrollment: { otpauthUri: string, secret: string, qrCodeSvg: string } };

export type ConfirmTotpEnrollmentMutationVariables = Exact<{
  code: string;
}>;


export type ConfirmTotpEnrollmentMutation = { confirmTotpEnrollment: Array<string> };

export type ClinicCrisisResourcesQueryVariables = Exact<{ [key: string]: never; }>;


export type ClinicCrisisResourcesQuery = { crisisResources: Array<{ name: string, phone: string | null, text: string | null, url: string | null, hours: string | null, example: boolean }> };

export type SetCrisisResourcesMutationVariables = Exact<{
  resources: Array<CrisisResourceInput> | CrisisResourceInput;
}>;


export type SetCrisisResourcesMutation = { setCrisisResources: Array<{ name: string, phone: string | null, text: string | null, url: string | null, hours: string | null, example: boolean }> };

export type StaffQueryVariables = Exact<{ [key: string]: never; }>;


export type StaffQuery = { staff: Array<{ id: string, email: string, displayName: string, role: Role, active: boolean, invitationPending: boolean, twoFactorEnabled: boolean, activeClients: number }> };

export type InviteStaffMutationVariables = Exact<{
  input: InviteStaffInput;
}>;


export type InviteStaffMutation = { inviteStaff: { url: string, expiresAt: string } };

export type ResetPasswordMutationVariables = Exact<{
  userId: string | number;
}>;


export type ResetPasswordMutation = { resetPassword: { url: string, expiresAt: string } };

export type DeactivateStaffMutationVariables = Exact<{
  userId: string | number;
}>;


export type DeactivateStaffMutation = { deactivateStaff: { id: string, active: boolean, activeClients: number } };

export type TransferCaseloadMutationVariables = Exact<{
  fromTherapistId: string | number;
  toTherapistId: string | number;
}>;


export type TransferCaseloadMutation = { transferCaseload: number };

export type MetricsRow_RowFragment = { label: string, clients: { value: number | null, suppressed: boolean }, active: { value: number | null, suppressed: boolean }, discharged: { value: number | null, suppressed: boolean }, droppedOut: { value: number | null, suppressed: boolean }, sessionsPerClient: { median: number | null, q1: number | null, q3: number | null, clients: number | null, suppressed: boolean }, finishedCourses: { value: number | null, suppressed: boolean }, outcomes: Array<{ measure: string, eligible: { value: number | null, suppressed: boolean }, reliableImprovement: { numerator: number | null, denominator: number | null, rate: number | null, suppressed: boolean }, noReliableChange: { numerator: number | null, denominator: number | null, rate: number | null, suppressed: boolean }, reliableDeterioration: { numerator: number | null, denominator: number | null, rate: number | null, suppressed: boolean }, atCasenessAtStart: { value: number | null, suppressed: boolean }, recovery: { numerator: number | null, denominator: number | null, rate: number | null, suppressed: boolean }, reliableRecovery: { numerator: number | null, denominator: number | null, rate: number | null, suppressed: boolean } }>, inTreatmentOutcomes: Array<{ measure: string, eligible: { value: number | null, suppressed: boolean }, reliableImprovement: { numerator: number | null, denominator: number | null, rate: number | null, suppressed: boolean }, noReliableChange: { numerator: number | null, denominator: number | null, rate: number | null, suppressed: boolean }, reliableDeterioration: { numerator: number | null, denominator: number | null, rate: number | null, suppressed: boolean }, atCasenessAtStart: { value: number | null, suppressed: boolean }, recovery: { numerator: number | null, denominator: number | null, rate: number | null, suppressed: boolean }, reliableRecovery: { numerator: number | null, denominator: number | null, rate: number | null, suppressed: boolean } }>, flagged: { numerator: number | null, denominator: number | null, rate: number | null, suppressed: boolean }, revisedWithinThreeWeeks: { numerator: number | null, denominator: number | null, rate: number | null, suppressed: boolean }, homeworkCompletion: { numerator: number | null, denominator: number | null, rate: number | null, suppressed: boolean }, selfAssignedHomework: { numerator: number | null, denominator: number | null, rate: number | null, suppressed: boolean }, episodeRateRatio: { median: number | null, q1: number | null, q3: number | null, clients: number | null, suppressed: boolean } } & { ' $fragmentName'?: 'MetricsRow_RowFragment' };

export type WhatWorksGroup_GroupFragment = { key: string, label: string, courses: { value: number | null, suppressed: boolean }, outcomes: Array<{ measure: string, eligible: { value: number | null, suppressed: boolean }, reliableImprovement: { numerator: number | null, denominator: number | null, rate: number | null, suppressed: boolean } }> } & { ' $fragmentName'?: 'WhatWorksGroup_GroupFragment' };

export type MetricsCohortsQueryVariables = Exact<{ [key: string]: never; }>;


export type MetricsCohortsQuery = { metricsCohorts: Array<{ id: string, kind: CohortKind, label: string, groupings: Array<MetricsGroup> }> };

export type CaseloadMetricsQueryVariables = Exact<{
  groupBy: MetricsGroup;
  cohort?: string | null | undefined;
}>;


export type CaseloadMetricsQuery = { caseloadMetrics: { groupBy: MetricsGroup, fromMonth: string, toMonth: string, minCellSize: number, suppressionRule: string, perturbationNote: string, cohort: { id: string, kind: CohortKind, label: string, groupings: Array<MetricsGroup> }, rows: Array<{ ' $fragmentRefs'?: { 'MetricsRow_RowFragment': MetricsRow_RowFragment } }>, total: (
      { whatWorks: { homeworkBands: Array<{ ' $fragmentRefs'?: { 'WhatWorksGroup_GroupFragment': WhatWorksGroup_GroupFragment } }>, plannedTechniques: Array<{ ' $fragmentRefs'?: { 'WhatWorksGroup_GroupFragment': WhatWorksGroup_GroupFragment } }>, revisionAfterFlag: { responseDays: number, flaggedCourses: { value: number | null, suppressed: boolean }, revisedInTime: { numerator: number | null, denominator: number | null, rate: number | null, suppressed: boolean }, groups: Array<{ ' $fragmentRefs'?: { 'WhatWorksGroup_GroupFragment': WhatWorksGroup_GroupFragment } }> } } }
      & { ' $fragmentRefs'?: { 'MetricsRow_RowFragment': MetricsRow_RowFragment } }
    ), therapists: Array<{ ' $fragmentRefs'?: { 'MetricsRow_RowFragment': MetricsRow_RowFragment } }>, typicalCourse: Array<{ monthInTreatment: number, ors: { median: number | null, q1: number | null, q3: number | null, clients: number | null, suppressed: boolean }, phq9: { median: number | null, q1: number | null, q3: number | null, clients: number | null, suppressed: boolean } }> } };

export type AuditSummaryQueryVariables = Exact<{ [key: string]: never; }>;


export type AuditSummaryQuery = { auditSummary: Array<{ actor: string, actorRole: Role, action: string, month: string, count: number | null, suppressed: boolean }> };

export const AllianceChart_ProgressFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AllianceChart_progress"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ClientProgress"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sessions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"localDate"}},{"kind":"Field","name":{"kind":"Name","value":"srs"}},{"kind":"Field","name":{"kind":"Name","value":"srsSource"}}]}},{"kind":"Field","name":{"kind":"Name","value":"cutoffs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rule"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]} as unknown as DocumentNode<AllianceChart_ProgressFragment, unknown>;
export const CadenceChart_ProgressFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CadenceChart_progress"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ClientProgress"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cadence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"localDate"}},{"kind":"Field","name":{"kind":"Name","value":"daysSincePrevious"}}]}}]}}]} as unknown as DocumentNode<CadenceChart_ProgressFragment, unknown>;
export const EpisodeChart_ProgressFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EpisodeChart_progress"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ClientProgress"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"bucket"}},{"kind":"Field","name":{"kind":"Name","value":"episodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"days"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"perWeek"}},{"kind":"Field","name":{"kind":"Name","value":"meanIntensity"}},{"kind":"Field","name":{"kind":"Name","value":"maxIntensity"}},{"kind":"Field","name":{"kind":"Name","value":"totalMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"bySymptom"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"symptom"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}}]}}]}}]} as unknown as DocumentNode<EpisodeChart_ProgressFragment, unknown>;
export const HomeworkChart_ProgressFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"HomeworkChart_progress"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ClientProgress"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"bucket"}},{"kind":"Field","name":{"kind":"Name","value":"homework"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"assigned"}},{"kind":"Field","name":{"kind":"Name","value":"completed"}},{"kind":"Field","name":{"kind":"Name","value":"partial"}},{"kind":"Field","name":{"kind":"Name","value":"notDone"}},{"kind":"Field","name":{"kind":"Name","value":"open"}},{"kind":"Field","name":{"kind":"Name","value":"completionRate"}},{"kind":"Field","name":{"kind":"Name","value":"selfAssigned"}},{"kind":"Field","name":{"kind":"Name","value":"selfAssignedShare"}}]}}]}}]} as unknown as DocumentNode<HomeworkChart_ProgressFragment, unknown>;
export const OutcomeChart_ProgressFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OutcomeChart_progress"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ClientProgress"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sessions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sessionId"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"localDate"}},{"kind":"Field","name":{"kind":"Name","value":"attendance"}},{"kind":"Field","name":{"kind":"Name","value":"ors"}},{"kind":"Field","name":{"kind":"Name","value":"phq9"}},{"kind":"Field","name":{"kind":"Name","value":"gad7"}},{"kind":"Field","name":{"kind":"Name","value":"source"}}]}},{"kind":"Field","name":{"kind":"Name","value":"checkIns"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"checkInId"}},{"kind":"Field","name":{"kind":"Name","value":"localDate"}},{"kind":"Field","name":{"kind":"Name","value":"ors"}},{"kind":"Field","name":{"kind":"Name","value":"source"}}]}},{"kind":"Field","name":{"kind":"Name","value":"expected"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sessionNumber"}},{"kind":"Field","name":{"kind":"Name","value":"expected"}},{"kind":"Field","name":{"kind":"Name","value":"lower"}}]}},{"kind":"Field","name":{"kind":"Name","value":"cutoffs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"measure"}},{"kind":"Field","name":{"kind":"Name","value":"rule"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}},{"kind":"Field","name":{"kind":"Name","value":"planRevisions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"localDate"}},{"kind":"Field","name":{"kind":"Name","value":"rationale"}}]}}]}}]} as unknown as DocumentNode<OutcomeChart_ProgressFragment, unknown>;
export const SymptomsChart_ProgressFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SymptomsChart_progress"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ClientProgress"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sessions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"localDate"}},{"kind":"Field","name":{"kind":"Name","value":"phq9"}},{"kind":"Field","name":{"kind":"Name","value":"gad7"}},{"kind":"Field","name":{"kind":"Name","value":"source"}}]}},{"kind":"Field","name":{"kind":"Name","value":"checkIns"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"checkInId"}},{"kind":"Field","name":{"kind":"Name","value":"localDate"}},{"kind":"Field","name":{"kind":"Name","value":"phq9"}},{"kind":"Field","name":{"kind":"Name","value":"gad7"}},{"kind":"Field","name":{"kind":"Name","value":"source"}}]}},{"kind":"Field","name":{"kind":"Name","value":"cutoffs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rule"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"planRevisions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"localDate"}},{"kind":"Field","name":{"kind":"Name","value":"rationale"}}]}}]}}]} as unknown as DocumentNode<SymptomsChart_ProgressFragment, unknown>;
export const CrisisResourceFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CrisisResourceFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CrisisResource"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"hours"}},{"kind":"Field","name":{"kind":"Name","value":"example"}}]}}]} as unknown as DocumentNode<CrisisResourceFieldsFragment, unknown>;
export const CorrectionHistory_CorrectionFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CorrectionHistory_correction"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RecordCorrection"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"correctedAt"}},{"kind":"Field","name":{"kind":"Name","value":"correctedBy"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"changes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"before"}},{"kind":"Field","name":{"kind":"Name","value":"after"}}]}}]}}]} as unknown as DocumentNode<CorrectionHistory_CorrectionFragment, unknown>;
export const EpisodeReader_EpisodeFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EpisodeReader_episode"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SymptomEpisode"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"localDate"}},{"kind":"Field","name":{"kind":"Name","value":"symptom"}},{"kind":"Field","name":{"kind":"Name","value":"peakIntensity"}},{"kind":"Field","name":{"kind":"Name","value":"durationMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"episodeType"}},{"kind":"Field","name":{"kind":"Name","value":"triggerCategory"}},{"kind":"Field","name":{"kind":"Name","value":"situation"}},{"kind":"Field","name":{"kind":"Name","value":"thoughtsBefore"}},{"kind":"Field","name":{"kind":"Name","value":"feelingsBefore"}},{"kind":"Field","name":{"kind":"Name","value":"thoughtsDuring"}},{"kind":"Field","name":{"kind":"Name","value":"feelingsDuring"}},{"kind":"Field","name":{"kind":"Name","value":"thoughtsAfter"}},{"kind":"Field","name":{"kind":"Name","value":"feelingsAfter"}},{"kind":"Field","name":{"kind":"Name","value":"whatIDid"}},{"kind":"Field","name":{"kind":"Name","value":"wishIHadDone"}},{"kind":"Field","name":{"kind":"Name","value":"copingTechnique"}},{"kind":"Field","name":{"kind":"Name","value":"loggedBy"}},{"kind":"Field","name":{"kind":"Name","value":"corrections"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CorrectionHistory_correction"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CorrectionHistory_correction"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RecordCorrection"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"correctedAt"}},{"kind":"Field","name":{"kind":"Name","value":"correctedBy"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"changes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"before"}},{"kind":"Field","name":{"kind":"Name","value":"after"}}]}}]}}]} as unknown as DocumentNode<EpisodeReader_EpisodeFragment, unknown>;
export const PlanPanel_ProgressFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PlanPanel_progress"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ClientProgress"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"planRevisions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"localDate"}},{"kind":"Field","name":{"kind":"Name","value":"goals"}},{"kind":"Field","name":{"kind":"Name","value":"targets"}},{"kind":"Field","name":{"kind":"Name","value":"plannedTechniques"}},{"kind":"Field","name":{"kind":"Name","value":"rationale"}},{"kind":"Field","name":{"kind":"Name","value":"comparison"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"windowRule"}},{"kind":"Field","name":{"kind":"Name","value":"tooEarly"}},{"kind":"Field","name":{"kind":"Name","value":"comparableFrom"}},{"kind":"Field","name":{"kind":"Name","value":"minimumRule"}},{"kind":"Field","name":{"kind":"Name","value":"before"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"days"}},{"kind":"Field","name":{"kind":"Name","value":"episodes"}},{"kind":"Field","name":{"kind":"Name","value":"episodesPerWeek"}},{"kind":"Field","name":{"kind":"Name","value":"homeworkReviewed"}},{"kind":"Field","name":{"kind":"Name","value":"homeworkCompletionRate"}},{"kind":"Field","name":{"kind":"Name","value":"orsSlopePerWeek"}}]}},{"kind":"Field","name":{"kind":"Name","value":"after"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"days"}},{"kind":"Field","name":{"kind":"Name","value":"episodes"}},{"kind":"Field","name":{"kind":"Name","value":"episodesPerWeek"}},{"kind":"Field","name":{"kind":"Name","value":"homeworkReviewed"}},{"kind":"Field","name":{"kind":"Name","value":"homeworkCompletionRate"}},{"kind":"Field","name":{"kind":"Name","value":"orsSlopePerWeek"}}]}},{"kind":"Field","name":{"kind":"Name","value":"episodeEffect"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"enough"}},{"kind":"Field","name":{"kind":"Name","value":"shortfall"}},{"kind":"Field","name":{"kind":"Name","value":"model"}},{"kind":"Field","name":{"kind":"Name","value":"weeksBefore"}},{"kind":"Field","name":{"kind":"Name","value":"weeksAfter"}},{"kind":"Field","name":{"kind":"Name","value":"pointsBefore"}},{"kind":"Field","name":{"kind":"Name","value":"pointsAfter"}},{"kind":"Field","name":{"kind":"Name","value":"minimumRule"}},{"kind":"Field","name":{"kind":"Name","value":"confidence"}},{"kind":"Field","name":{"kind":"Name","value":"dispersion"}},{"kind":"Field","name":{"kind":"Name","value":"trendBefore"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"estimate"}},{"kind":"Field","name":{"kind":"Name","value":"lower"}},{"kind":"Field","name":{"kind":"Name","value":"upper"}}]}},{"kind":"Field","name":{"kind":"Name","value":"levelChange"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"estimate"}},{"kind":"Field","name":{"kind":"Name","value":"lower"}},{"kind":"Field","name":{"kind":"Name","value":"upper"}}]}},{"kind":"Field","name":{"kind":"Name","value":"slopeChange"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"estimate"}},{"kind":"Field","name":{"kind":"Name","value":"lower"}},{"kind":"Field","name":{"kind":"Name","value":"upper"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"orsEffect"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"enough"}},{"kind":"Field","name":{"kind":"Name","value":"shortfall"}},{"kind":"Field","name":{"kind":"Name","value":"model"}},{"kind":"Field","name":{"kind":"Name","value":"weeksBefore"}},{"kind":"Field","name":{"kind":"Name","value":"weeksAfter"}},{"kind":"Field","name":{"kind":"Name","value":"pointsBefore"}},{"kind":"Field","name":{"kind":"Name","value":"pointsAfter"}},{"kind":"Field","name":{"kind":"Name","value":"minimumRule"}},{"kind":"Field","name":{"kind":"Name","value":"confidence"}},{"kind":"Field","name":{"kind":"Name","value":"dispersion"}},{"kind":"Field","name":{"kind":"Name","value":"trendBefore"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"estimate"}},{"kind":"Field","name":{"kind":"Name","value":"lower"}},{"kind":"Field","name":{"kind":"Name","value":"upper"}}]}},{"kind":"Field","name":{"kind":"Name","value":"levelChange"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"estimate"}},{"kind":"Field","name":{"kind":"Name","value":"lower"}},{"kind":"Field","name":{"kind":"Name","value":"upper"}}]}},{"kind":"Field","name":{"kind":"Name","value":"slopeChange"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"estimate"}},{"kind":"Field","name":{"kind":"Name","value":"lower"}},{"kind":"Field","name":{"kind":"Name","value":"upper"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<PlanPanel_ProgressFragment, unknown>;
export const SessionHistory_SessionFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SessionHistory_session"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Session"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"localDate"}},{"kind":"Field","name":{"kind":"Name","value":"attendance"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"weekRating"}},{"kind":"Field","name":{"kind":"Name","value":"orsTotal"}},{"kind":"Field","name":{"kind":"Name","value":"srsTotal"}},{"kind":"Field","name":{"kind":"Name","value":"phq9Total"}},{"kind":"Field","name":{"kind":"Name","value":"gad7Total"}},{"kind":"Field","name":{"kind":"Name","value":"ors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"individual"}},{"kind":"Field","name":{"kind":"Name","value":"interpersonal"}},{"kind":"Field","name":{"kind":"Name","value":"social"}},{"kind":"Field","name":{"kind":"Name","value":"overall"}}]}},{"kind":"Field","name":{"kind":"Name","value":"srs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"relationship"}},{"kind":"Field","name":{"kind":"Name","value":"goalsAndTopics"}},{"kind":"Field","name":{"kind":"Name","value":"approachOrMethod"}},{"kind":"Field","name":{"kind":"Name","value":"overall"}}]}},{"kind":"Field","name":{"kind":"Name","value":"phq9Items"}},{"kind":"Field","name":{"kind":"Name","value":"gad7Items"}},{"kind":"Field","name":{"kind":"Name","value":"priorityIssueCategory"}},{"kind":"Field","name":{"kind":"Name","value":"priorityIssueText"}},{"kind":"Field","name":{"kind":"Name","value":"techniquesUsed"}},{"kind":"Field","name":{"kind":"Name","value":"crisis"}},{"kind":"Field","name":{"kind":"Name","value":"privateNotes"}},{"kind":"Field","name":{"kind":"Name","value":"corrections"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CorrectionHistory_correction"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CorrectionHistory_correction"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RecordCorrection"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"correctedAt"}},{"kind":"Field","name":{"kind":"Name","value":"correctedBy"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"changes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"before"}},{"kind":"Field","name":{"kind":"Name","value":"after"}}]}}]}}]} as unknown as DocumentNode<SessionHistory_SessionFragment, unknown>;
export const SummaryPanel_ProgressFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SummaryPanel_progress"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ClientProgress"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"expectedBasis"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"method"}},{"kind":"Field","name":{"kind":"Name","value":"closedCases"}},{"kind":"Field","name":{"kind":"Name","value":"closedBefore"}}]}},{"kind":"Field","name":{"kind":"Name","value":"summary"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"offTrackMethod"}},{"kind":"Field","name":{"kind":"Name","value":"sessionsAttended"}},{"kind":"Field","name":{"kind":"Name","value":"lastSessionDate"}},{"kind":"Field","name":{"kind":"Name","value":"alerts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}},{"kind":"Field","name":{"kind":"Name","value":"rule"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"suggestion"}},{"kind":"Field","name":{"kind":"Name","value":"sessionNumber"}}]}},{"kind":"Field","name":{"kind":"Name","value":"outcomes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"measure"}},{"kind":"Field","name":{"kind":"Name","value":"ratedSessions"}},{"kind":"Field","name":{"kind":"Name","value":"baseline"}},{"kind":"Field","name":{"kind":"Name","value":"latest"}},{"kind":"Field","name":{"kind":"Name","value":"change"}},{"kind":"Field","name":{"kind":"Name","value":"classification"}},{"kind":"Field","name":{"kind":"Name","value":"rule"}},{"kind":"Field","name":{"kind":"Name","value":"latestBand"}},{"kind":"Field","name":{"kind":"Name","value":"casenessAtBaseline"}},{"kind":"Field","name":{"kind":"Name","value":"recovered"}},{"kind":"Field","name":{"kind":"Name","value":"reliablyRecovered"}},{"kind":"Field","name":{"kind":"Name","value":"response"}},{"kind":"Field","name":{"kind":"Name","value":"remission"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pairedOutcome"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ratedSessions"}},{"kind":"Field","name":{"kind":"Name","value":"recovered"}}]}}]}}]}}]} as unknown as DocumentNode<SummaryPanel_ProgressFragment, unknown>;
export const PlanReviewPanel_ReviewFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PlanReviewPanel_review"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PlanReview"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"since"}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"direction"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"rule"}},{"kind":"Field","name":{"kind":"Name","value":"numbers"}}]}},{"kind":"Field","name":{"kind":"Name","value":"evidenceFor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"direction"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"rule"}},{"kind":"Field","name":{"kind":"Name","value":"numbers"}}]}},{"kind":"Field","name":{"kind":"Name","value":"evidenceAgainst"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"direction"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"rule"}},{"kind":"Field","name":{"kind":"Name","value":"numbers"}}]}}]}}]} as unknown as DocumentNode<PlanReviewPanel_ReviewFragment, unknown>;
export const WhatWorksPanel_WhatWorksFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WhatWorksPanel_whatWorks"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WhatWorks"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"today"}},{"kind":"Field","name":{"kind":"Name","value":"homework"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"measure"}},{"kind":"Field","name":{"kind":"Name","value":"completion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"predictor"}},{"kind":"Field","name":{"kind":"Name","value":"measure"}},{"kind":"Field","name":{"kind":"Name","value":"method"}},{"kind":"Field","name":{"kind":"Name","value":"enough"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"verdict"}},{"kind":"Field","name":{"kind":"Name","value":"counts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pairs"}},{"kind":"Field","name":{"kind":"Name","value":"intervals"}},{"kind":"Field","name":{"kind":"Name","value":"high"}},{"kind":"Field","name":{"kind":"Name","value":"low"}}]}},{"kind":"Field","name":{"kind":"Name","value":"slope"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"estimate"}},{"kind":"Field","name":{"kind":"Name","value":"lower"}},{"kind":"Field","name":{"kind":"Name","value":"upper"}}]}},{"kind":"Field","name":{"kind":"Name","value":"confidence"}},{"kind":"Field","name":{"kind":"Name","value":"points"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"sessionNumber"}},{"kind":"Field","name":{"kind":"Name","value":"items"}},{"kind":"Field","name":{"kind":"Name","value":"x"}},{"kind":"Field","name":{"kind":"Name","value":"change"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"helpfulness"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"predictor"}},{"kind":"Field","name":{"kind":"Name","value":"measure"}},{"kind":"Field","name":{"kind":"Name","value":"method"}},{"kind":"Field","name":{"kind":"Name","value":"enough"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"verdict"}},{"kind":"Field","name":{"kind":"Name","value":"counts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pairs"}},{"kind":"Field","name":{"kind":"Name","value":"intervals"}},{"kind":"Field","name":{"kind":"Name","value":"high"}},{"kind":"Field","name":{"kind":"Name","value":"low"}}]}},{"kind":"Field","name":{"kind":"Name","value":"slope"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"estimate"}},{"kind":"Field","name":{"kind":"Name","value":"lower"}},{"kind":"Field","name":{"kind":"Name","value":"upper"}}]}},{"kind":"Field","name":{"kind":"Name","value":"confidence"}},{"kind":"Field","name":{"kind":"Name","value":"points"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"sessionNumber"}},{"kind":"Field","name":{"kind":"Name","value":"items"}},{"kind":"Field","name":{"kind":"Name","value":"x"}},{"kind":"Field","name":{"kind":"Name","value":"change"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"coping"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"method"}},{"kind":"Field","name":{"kind":"Name","value":"symptom"}},{"kind":"Field","name":{"kind":"Name","value":"episodesWithout"}},{"kind":"Field","name":{"kind":"Name","value":"comparisons"}},{"kind":"Field","name":{"kind":"Name","value":"adjustment"}},{"kind":"Field","name":{"kind":"Name","value":"intervalConfidence"}},{"kind":"Field","name":{"kind":"Name","value":"enough"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"techniques"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"technique"}},{"kind":"Field","name":{"kind":"Name","value":"episodes"}},{"kind":"Field","name":{"kind":"Name","value":"enough"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"meanPeakWith"}},{"kind":"Field","name":{"kind":"Name","value":"meanPeakWithout"}},{"kind":"Field","name":{"kind":"Name","value":"typicalMinutesWith"}},{"kind":"Field","name":{"kind":"Name","value":"typicalMinutesWithout"}},{"kind":"Field","name":{"kind":"Name","value":"peakIntensity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"interval"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"estimate"}},{"kind":"Field","name":{"kind":"Name","value":"lower"}},{"kind":"Field","name":{"kind":"Name","value":"upper"}}]}},{"kind":"Field","name":{"kind":"Name","value":"verdict"}}]}},{"kind":"Field","name":{"kind":"Name","value":"duration"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"interval"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"estimate"}},{"kind":"Field","name":{"kind":"Name","value":"lower"}},{"kind":"Field","name":{"kind":"Name","value":"upper"}}]}},{"kind":"Field","name":{"kind":"Name","value":"verdict"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"practised"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"method"}},{"kind":"Field","name":{"kind":"Name","value":"comparisons"}},{"kind":"Field","name":{"kind":"Name","value":"intervalConfidence"}},{"kind":"Field","name":{"kind":"Name","value":"techniques"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"technique"}},{"kind":"Field","name":{"kind":"Name","value":"sessionsWith"}},{"kind":"Field","name":{"kind":"Name","value":"sessionsWithout"}},{"kind":"Field","name":{"kind":"Name","value":"episodesAfterWith"}},{"kind":"Field","name":{"kind":"Name","value":"episodesAfterWithout"}},{"kind":"Field","name":{"kind":"Name","value":"enough"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"rateRatio"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"estimate"}},{"kind":"Field","name":{"kind":"Name","value":"lower"}},{"kind":"Field","name":{"kind":"Name","value":"upper"}}]}},{"kind":"Field","name":{"kind":"Name","value":"verdict"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"plannedVsDelivered"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"method"}},{"kind":"Field","name":{"kind":"Name","value":"currentVersion"}},{"kind":"Field","name":{"kind":"Name","value":"techniques"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"technique"}},{"kind":"Field","name":{"kind":"Name","value":"planned"}},{"kind":"Field","name":{"kind":"Name","value":"plannedSinceVersion"}},{"kind":"Field","name":{"kind":"Name","value":"sessions"}},{"kind":"Field","name":{"kind":"Name","value":"sessionsUsing"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"triggerTrends"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"method"}},{"kind":"Field","name":{"kind":"Name","value":"weeks"}},{"kind":"Field","name":{"kind":"Name","value":"comparisons"}},{"kind":"Field","name":{"kind":"Name","value":"intervalConfidence"}},{"kind":"Field","name":{"kind":"Name","value":"enough"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"triggers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"trigger"}},{"kind":"Field","name":{"kind":"Name","value":"weeklyCounts"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"enough"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"model"}},{"kind":"Field","name":{"kind":"Name","value":"ratePerWeek"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"estimate"}},{"kind":"Field","name":{"kind":"Name","value":"lower"}},{"kind":"Field","name":{"kind":"Name","value":"upper"}}]}},{"kind":"Field","name":{"kind":"Name","value":"verdict"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"triggerShares"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"revisionDate"}},{"kind":"Field","name":{"kind":"Name","value":"shares"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"method"}},{"kind":"Field","name":{"kind":"Name","value":"revisionDate"}},{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"episodesBefore"}},{"kind":"Field","name":{"kind":"Name","value":"episodesAfter"}},{"kind":"Field","name":{"kind":"Name","value":"enough"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"triggers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"trigger"}},{"kind":"Field","name":{"kind":"Name","value":"before"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"episodes"}},{"kind":"Field","name":{"kind":"Name","value":"share"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"estimate"}},{"kind":"Field","name":{"kind":"Name","value":"lower"}},{"kind":"Field","name":{"kind":"Name","value":"upper"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"after"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"episodes"}},{"kind":"Field","name":{"kind":"Name","value":"share"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"estimate"}},{"kind":"Field","name":{"kind":"Name","value":"lower"}},{"kind":"Field","name":{"kind":"Name","value":"upper"}}]}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"episodeTimes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"method"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"cells"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"day"}},{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"dayTotals"}},{"kind":"Field","name":{"kind":"Name","value":"periodTotals"}},{"kind":"Field","name":{"kind":"Name","value":"enough"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"busiest"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"day"}},{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"targetProgress"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"method"}},{"kind":"Field","name":{"kind":"Name","value":"target"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"measure"}},{"kind":"Field","name":{"kind":"Name","value":"symptom"}},{"kind":"Field","name":{"kind":"Name","value":"comparator"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"problem"}}]}},{"kind":"Field","name":{"kind":"Name","value":"weeks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"weekStart"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"observed"}}]}},{"kind":"Field","name":{"kind":"Name","value":"weeksMet"}},{"kind":"Field","name":{"kind":"Name","value":"weeksMeasurable"}},{"kind":"Field","name":{"kind":"Name","value":"latestMeasured"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"weekStart"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"observed"}}]}},{"kind":"Field","name":{"kind":"Name","value":"streak"}}]}}]}}]} as unknown as DocumentNode<WhatWorksPanel_WhatWorksFragment, unknown>;
export const PendingCheckIn_CheckInFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PendingCheckIn_checkIn"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CheckIn"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"localDate"}},{"kind":"Field","name":{"kind":"Name","value":"weekRating"}},{"kind":"Field","name":{"kind":"Name","value":"weekWords"}},{"kind":"Field","name":{"kind":"Name","value":"ors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"individual"}},{"kind":"Field","name":{"kind":"Name","value":"interpersonal"}},{"kind":"Field","name":{"kind":"Name","value":"social"}},{"kind":"Field","name":{"kind":"Name","value":"overall"}}]}},{"kind":"Field","name":{"kind":"Name","value":"orsTotal"}},{"kind":"Field","name":{"kind":"Name","value":"phq9Items"}},{"kind":"Field","name":{"kind":"Name","value":"phq9Total"}},{"kind":"Field","name":{"kind":"Name","value":"gad7Items"}},{"kind":"Field","name":{"kind":"Name","value":"gad7Total"}},{"kind":"Field","name":{"kind":"Name","value":"notSafeNow"}},{"kind":"Field","name":{"kind":"Name","value":"safetyConcern"}}]}}]} as unknown as DocumentNode<PendingCheckIn_CheckInFragment, unknown>;
export const MetricsRow_RowFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MetricsRow_row"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MetricsRow"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"clients"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}}]}},{"kind":"Field","name":{"kind":"Name","value":"active"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}}]}},{"kind":"Field","name":{"kind":"Name","value":"discharged"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}}]}},{"kind":"Field","name":{"kind":"Name","value":"droppedOut"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sessionsPerClient"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"median"}},{"kind":"Field","name":{"kind":"Name","value":"q1"}},{"kind":"Field","name":{"kind":"Name","value":"q3"}},{"kind":"Field","name":{"kind":"Name","value":"clients"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}}]}},{"kind":"Field","name":{"kind":"Name","value":"finishedCourses"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}}]}},{"kind":"Field","name":{"kind":"Name","value":"outcomes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"measure"}},{"kind":"Field","name":{"kind":"Name","value":"eligible"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reliableImprovement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"numerator"}},{"kind":"Field","name":{"kind":"Name","value":"denominator"}},{"kind":"Field","name":{"kind":"Name","value":"rate"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}}]}},{"kind":"Field","name":{"kind":"Name","value":"noReliableChange"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"numerator"}},{"kind":"Field","name":{"kind":"Name","value":"denominator"}},{"kind":"Field","name":{"kind":"Name","value":"rate"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reliableDeterioration"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"numerator"}},{"kind":"Field","name":{"kind":"Name","value":"denominator"}},{"kind":"Field","name":{"kind":"Name","value":"rate"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}}]}},{"kind":"Field","name":{"kind":"Name","value":"atCasenessAtStart"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}}]}},{"kind":"Field","name":{"kind":"Name","value":"recovery"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"numerator"}},{"kind":"Field","name":{"kind":"Name","value":"denominator"}},{"kind":"Field","name":{"kind":"Name","value":"rate"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reliableRecovery"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"numerator"}},{"kind":"Field","name":{"kind":"Name","value":"denominator"}},{"kind":"Field","name":{"kind":"Name","value":"rate"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"inTreatmentOutcomes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"measure"}},{"kind":"Field","name":{"kind":"Name","value":"eligible"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reliableImprovement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"numerator"}},{"kind":"Field","name":{"kind":"Name","value":"denominator"}},{"kind":"Field","name":{"kind":"Name","value":"rate"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}}]}},{"kind":"Field","name":{"kind":"Name","value":"noReliableChange"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"numerator"}},{"kind":"Field","name":{"kind":"Name","value":"denominator"}},{"kind":"Field","name":{"kind":"Name","value":"rate"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reliableDeterioration"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"numerator"}},{"kind":"Field","name":{"kind":"Name","value":"denominator"}},{"kind":"Field","name":{"kind":"Name","value":"rate"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}}]}},{"kind":"Field","name":{"kind":"Name","value":"atCasenessAtStart"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}}]}},{"kind":"Field","name":{"kind":"Name","value":"recovery"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"numerator"}},{"kind":"Field","name":{"kind":"Name","value":"denominator"}},{"kind":"Field","name":{"kind":"Name","value":"rate"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reliableRecovery"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"numerator"}},{"kind":"Field","name":{"kind":"Name","value":"denominator"}},{"kind":"Field","name":{"kind":"Name","value":"rate"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"flagged"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"numerator"}},{"kind":"Field","name":{"kind":"Name","value":"denominator"}},{"kind":"Field","name":{"kind":"Name","value":"rate"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}}]}},{"kind":"Field","name":{"kind":"Name","value":"revisedWithinThreeWeeks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"numerator"}},{"kind":"Field","name":{"kind":"Name","value":"denominator"}},{"kind":"Field","name":{"kind":"Name","value":"rate"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}}]}},{"kind":"Field","name":{"kind":"Name","value":"homeworkCompletion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"numerator"}},{"kind":"Field","name":{"kind":"Name","value":"denominator"}},{"kind":"Field","name":{"kind":"Name","value":"rate"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}}]}},{"kind":"Field","name":{"kind":"Name","value":"selfAssignedHomework"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"numerator"}},{"kind":"Field","name":{"kind":"Name","value":"denominator"}},{"kind":"Field","name":{"kind":"Name","value":"rate"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}}]}},{"kind":"Field","name":{"kind":"Name","value":"episodeRateRatio"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"median"}},{"kind":"Field","name":{"kind":"Name","value":"q1"}},{"kind":"Field","name":{"kind":"Name","value":"q3"}},{"kind":"Field","name":{"kind":"Name","value":"clients"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}}]}}]}}]} as unknown as DocumentNode<MetricsRow_RowFragment, unknown>;
export const WhatWorksGroup_GroupFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WhatWorksGroup_group"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CaseloadWhatWorksGroup"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"courses"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}}]}},{"kind":"Field","name":{"kind":"Name","value":"outcomes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"measure"}},{"kind":"Field","name":{"kind":"Name","value":"eligible"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reliableImprovement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"numerator"}},{"kind":"Field","name":{"kind":"Name","value":"denominator"}},{"kind":"Field","name":{"kind":"Name","value":"rate"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}}]}}]}}]}}]} as unknown as DocumentNode<WhatWorksGroup_GroupFragment, unknown>;
export const ChangePasswordDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ChangePassword"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"currentPassword"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"newPassword"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"changePassword"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"currentPassword"},"value":{"kind":"Variable","name":{"kind":"Name","value":"currentPassword"}}},{"kind":"Argument","name":{"kind":"Name","value":"newPassword"},"value":{"kind":"Variable","name":{"kind":"Name","value":"newPassword"}}}]}]}}]} as unknown as DocumentNode<ChangePasswordMutation, ChangePasswordMutationVariables>;
export const MySessionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MySessions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mySessions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"current"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastSeenAt"}},{"kind":"Field","name":{"kind":"Name","value":"sourceAddress"}}]}}]}}]} as unknown as DocumentNode<MySessionsQuery, MySessionsQueryVariables>;
export const EndSessionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EndSession"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endSession"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}]}}]} as unknown as DocumentNode<EndSessionMutation, EndSessionMutationVariables>;
export const AccessTokensDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AccessTokens"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accessTokens"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastUsedAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}}]}}]}}]} as unknown as DocumentNode<AccessTokensQuery, AccessTokensQueryVariables>;
export const CreateAccessTokenDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateAccessToken"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"name"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"expiresInDays"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createAccessToken"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"name"},"value":{"kind":"Variable","name":{"kind":"Name","value":"name"}}},{"kind":"Argument","name":{"kind":"Name","value":"expiresInDays"},"value":{"kind":"Variable","name":{"kind":"Name","value":"expiresInDays"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"token"}},{"kind":"Field","name":{"kind":"Name","value":"accessToken"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}}]}}]}}]}}]} as unknown as DocumentNode<CreateAccessTokenMutation, CreateAccessTokenMutationVariables>;
export const RevokeAccessTokenDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RevokeAccessToken"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revokeAccessToken"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}}]}}]}}]} as unknown as DocumentNode<RevokeAccessTokenMutation, RevokeAccessTokenMutationVariables>;
export const AdmitClientDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AdmitClient"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AdmitClientInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"admitClient"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]} as unknown as DocumentNode<AdmitClientMutation, AdmitClientMutationVariables>;
export const CaseloadDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Caseload"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"includeClosed"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"caseload"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"includeClosed"},"value":{"kind":"Variable","name":{"kind":"Name","value":"includeClosed"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"client"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"complaint"}},{"kind":"Field","name":{"kind":"Name","value":"closedOn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"alertCount"}},{"kind":"Field","name":{"kind":"Name","value":"sessionsAttended"}},{"kind":"Field","name":{"kind":"Name","value":"lastSessionDate"}},{"kind":"Field","name":{"kind":"Name","value":"latestOrs"}},{"kind":"Field","name":{"kind":"Name","value":"orsSparkline"}},{"kind":"Field","name":{"kind":"Name","value":"orsSparklineSources"}},{"kind":"Field","name":{"kind":"Name","value":"episodesPerWeek"}},{"kind":"Field","name":{"kind":"Name","value":"riskAlerts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"raisedAt"}},{"kind":"Field","name":{"kind":"Name","value":"rules"}},{"kind":"Field","name":{"kind":"Name","value":"acknowledged"}},{"kind":"Field","name":{"kind":"Name","value":"acknowledgedAt"}},{"kind":"Field","name":{"kind":"Name","value":"acknowledgedBy"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}},{"kind":"Field","name":{"kind":"Name","value":"summary"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"alerts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CaseloadQuery, CaseloadQueryVariables>;
export const AcknowledgeRiskAlertDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AcknowledgeRiskAlert"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AcknowledgeRiskAlertInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acknowledgeRiskAlert"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"acknowledged"}},{"kind":"Field","name":{"kind":"Name","value":"acknowledgedAt"}},{"kind":"Field","name":{"kind":"Name","value":"acknowledgedBy"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}}]}}]} as unknown as DocumentNode<AcknowledgeRiskAlertMutation, AcknowledgeRiskAlertMutationVariables>;
export const CheckInsDueDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CheckInsDue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"checkInsDue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"measures"}},{"kind":"Field","name":{"kind":"Name","value":"sessionId"}},{"kind":"Field","name":{"kind":"Name","value":"sessionDate"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}}]}}]}}]} as unknown as DocumentNode<CheckInsDueQuery, CheckInsDueQueryVariables>;
export const CrisisResourcesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CrisisResources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"crisisResources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CrisisResourceFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CrisisResourceFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CrisisResource"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"hours"}},{"kind":"Field","name":{"kind":"Name","value":"example"}}]}}]} as unknown as DocumentNode<CrisisResourcesQuery, CrisisResourcesQueryVariables>;
export const SubmitCheckInDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SubmitCheckIn"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SubmitCheckInInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"submitCheckIn"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"localDate"}},{"kind":"Field","name":{"kind":"Name","value":"safetyConcern"}},{"kind":"Field","name":{"kind":"Name","value":"crisisResources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CrisisResourceFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CrisisResourceFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CrisisResource"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"hours"}},{"kind":"Field","name":{"kind":"Name","value":"example"}}]}}]} as unknown as DocumentNode<SubmitCheckInMutation, SubmitCheckInMutationVariables>;
export const SubmitSessionFeedbackDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SubmitSessionFeedback"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sessionId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"srs"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SrsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"submitSessionFeedback"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"sessionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sessionId"}}},{"kind":"Argument","name":{"kind":"Name","value":"srs"},"value":{"kind":"Variable","name":{"kind":"Name","value":"srs"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sessionId"}},{"kind":"Field","name":{"kind":"Name","value":"localDate"}},{"kind":"Field","name":{"kind":"Name","value":"srsTotal"}}]}}]}}]} as unknown as DocumentNode<SubmitSessionFeedbackMutation, SubmitSessionFeedbackMutationVariables>;
export const ClientAccessLogDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ClientAccessLog"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"clientId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"clientAccessLog"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"clientId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"clientId"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"actor"}},{"kind":"Field","name":{"kind":"Name","value":"actorRole"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"at"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ClientAccessLogQuery, ClientAccessLogQueryVariables>;
export const ClientCaseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ClientCase"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"client"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"hasAccount"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"closedOn"}},{"kind":"Field","name":{"kind":"Name","value":"complaint"}},{"kind":"Field","name":{"kind":"Name","value":"ageBand"}},{"kind":"Field","name":{"kind":"Name","value":"intakeDate"}},{"kind":"Field","name":{"kind":"Name","value":"riskAlerts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"raisedAt"}},{"kind":"Field","name":{"kind":"Name","value":"rules"}},{"kind":"Field","name":{"kind":"Name","value":"checkInId"}},{"kind":"Field","name":{"kind":"Name","value":"acknowledged"}},{"kind":"Field","name":{"kind":"Name","value":"acknowledgedAt"}},{"kind":"Field","name":{"kind":"Name","value":"acknowledgedBy"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}}]}}]}}]} as unknown as DocumentNode<ClientCaseQuery, ClientCaseQueryVariables>;
export const ColleaguesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Colleagues"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"colleagues"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]} as unknown as DocumentNode<ColleaguesQuery, ColleaguesQueryVariables>;
export const InviteClientDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"InviteClient"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"clientId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"inviteClient"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"clientId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"clientId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}}]}}]}}]} as unknown as DocumentNode<InviteClientMutation, InviteClientMutationVariables>;
export const UpdateClientDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateClient"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateClientInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateClient"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"complaint"}},{"kind":"Field","name":{"kind":"Name","value":"ageBand"}},{"kind":"Field","name":{"kind":"Name","value":"intakeDate"}}]}}]}}]} as unknown as DocumentNode<UpdateClientMutation, UpdateClientMutationVariables>;
export const CloseCaseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CloseCase"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"clientId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"outcome"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CaseOutcome"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"date"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LocalDate"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"closeCase"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"clientId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"clientId"}}},{"kind":"Argument","name":{"kind":"Name","value":"outcome"},"value":{"kind":"Variable","name":{"kind":"Name","value":"outcome"}}},{"kind":"Argument","name":{"kind":"Name","value":"date"},"value":{"kind":"Variable","name":{"kind":"Name","value":"date"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"closedOn"}}]}}]}}]} as unknown as DocumentNode<CloseCaseMutation, CloseCaseMutationVariables>;
export const ReopenCaseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReopenCase"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"clientId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reopenCase"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"clientId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"clientId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"closedOn"}}]}}]}}]} as unknown as DocumentNode<ReopenCaseMutation, ReopenCaseMutationVariables>;
export const TransferClientDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TransferClient"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"clientId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"toTherapistId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"transferClient"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"clientId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"clientId"}}},{"kind":"Argument","name":{"kind":"Name","value":"toTherapistId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"toTherapistId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"therapistId"}}]}}]}}]} as unknown as DocumentNode<TransferClientMutation, TransferClientMutationVariables>;
export const ClientCheckInsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ClientCheckIns"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"clientId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"clientCheckIns"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"clientId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"clientId"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"localDate"}},{"kind":"Field","name":{"kind":"Name","value":"weekRating"}},{"kind":"Field","name":{"kind":"Name","value":"weekWords"}},{"kind":"Field","name":{"kind":"Name","value":"orsTotal"}},{"kind":"Field","name":{"kind":"Name","value":"phq9Items"}},{"kind":"Field","name":{"kind":"Name","value":"phq9Total"}},{"kind":"Field","name":{"kind":"Name","value":"gad7Total"}},{"kind":"Field","name":{"kind":"Name","value":"notSafeNow"}},{"kind":"Field","name":{"kind":"Name","value":"safetyConcern"}},{"kind":"Field","name":{"kind":"Name","value":"sessionId"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ClientCheckInsQuery, ClientCheckInsQueryVariables>;
export const SetMeasurementPlanDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetMeasurementPlan"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"clientId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MeasurementPlanInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setMeasurementPlan"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"clientId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"clientId"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"measures"}},{"kind":"Field","name":{"kind":"Name","value":"schedule"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]}}]} as unknown as DocumentNode<SetMeasurementPlanMutation, SetMeasurementPlanMutationVariables>;
export const ClientEpisodesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ClientEpisodes"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"clientId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"clientEpisodes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"clientId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"clientId"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EpisodeReader_episode"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CorrectionHistory_correction"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RecordCorrection"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"correctedAt"}},{"kind":"Field","name":{"kind":"Name","value":"correctedBy"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"changes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"before"}},{"kind":"Field","name":{"kind":"Name","value":"after"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EpisodeReader_episode"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SymptomEpisode"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"localDate"}},{"kind":"Field","name":{"kind":"Name","value":"symptom"}},{"kind":"Field","name":{"kind":"Name","value":"peakIntensity"}},{"kind":"Field","name":{"kind":"Name","value":"durationMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"episodeType"}},{"kind":"Field","name":{"kind":"Name","value":"triggerCategory"}},{"kind":"Field","name":{"kind":"Name","value":"situation"}},{"kind":"Field","name":{"kind":"Name","value":"thoughtsBefore"}},{"kind":"Field","name":{"kind":"Name","value":"feelingsBefore"}},{"kind":"Field","name":{"kind":"Name","value":"thoughtsDuring"}},{"kind":"Field","name":{"kind":"Name","value":"feelingsDuring"}},{"kind":"Field","name":{"kind":"Name","value":"thoughtsAfter"}},{"kind":"Field","name":{"kind":"Name","value":"feelingsAfter"}},{"kind":"Field","name":{"kind":"Name","value":"whatIDid"}},{"kind":"Field","name":{"kind":"Name","value":"wishIHadDone"}},{"kind":"Field","name":{"kind":"Name","value":"copingTechnique"}},{"kind":"Field","name":{"kind":"Name","value":"loggedBy"}},{"kind":"Field","name":{"kind":"Name","value":"corrections"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CorrectionHistory_correction"}}]}}]}}]} as unknown as DocumentNode<ClientEpisodesQuery, ClientEpisodesQueryVariables>;
export const CorrectEpisodeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CorrectEpisode"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"episodeId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LogEpisodeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"correctEpisode"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"episodeId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"episodeId"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EpisodeReader_episode"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CorrectionHistory_correction"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RecordCorrection"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"correctedAt"}},{"kind":"Field","name":{"kind":"Name","value":"correctedBy"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"changes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"before"}},{"kind":"Field","name":{"kind":"Name","value":"after"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EpisodeReader_episode"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SymptomEpisode"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"localDate"}},{"kind":"Field","name":{"kind":"Name","value":"symptom"}},{"kind":"Field","name":{"kind":"Name","value":"peakIntensity"}},{"kind":"Field","name":{"kind":"Name","value":"durationMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"episodeType"}},{"kind":"Field","name":{"kind":"Name","value":"triggerCategory"}},{"kind":"Field","name":{"kind":"Name","value":"situation"}},{"kind":"Field","name":{"kind":"Name","value":"thoughtsBefore"}},{"kind":"Field","name":{"kind":"Name","value":"feelingsBefore"}},{"kind":"Field","name":{"kind":"Name","value":"thoughtsDuring"}},{"kind":"Field","name":{"kind":"Name","value":"feelingsDuring"}},{"kind":"Field","name":{"kind":"Name","value":"thoughtsAfter"}},{"kind":"Field","name":{"kind":"Name","value":"feelingsAfter"}},{"kind":"Field","name":{"kind":"Name","value":"whatIDid"}},{"kind":"Field","name":{"kind":"Name","value":"wishIHadDone"}},{"kind":"Field","name":{"kind":"Name","value":"copingTechnique"}},{"kind":"Field","name":{"kind":"Name","value":"loggedBy"}},{"kind":"Field","name":{"kind":"Name","value":"corrections"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CorrectionHistory_correction"}}]}}]}}]} as unknown as DocumentNode<CorrectEpisodeMutation, CorrectEpisodeMutationVariables>;
export const UpdateHomeworkDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateHomework"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateHomeworkInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateHomework"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"helpfulness"}}]}}]}}]} as unknown as DocumentNode<UpdateHomeworkMutation, UpdateHomeworkMutationVariables>;
export const AssignHomeworkDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AssignHomework"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AssignHomeworkInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assignHomework"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<AssignHomeworkMutation, AssignHomeworkMutationVariables>;
export const LogEpisodeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LogEpisode"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LogEpisodeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"logEpisode"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"localDate"}}]}}]}}]} as unknown as DocumentNode<LogEpisodeMutation, LogEpisodeMutationVariables>;
export const RecordSessionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordSession"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordSessionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordSession"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}}]}}]}}]} as unknown as DocumentNode<RecordSessionMutation, RecordSessionMutationVariables>;
export const RevisePlanDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RevisePlan"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RevisePlanInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revisePlan"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<RevisePlanMutation, RevisePlanMutationVariables>;
export const ClientSessionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ClientSessions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"clientId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"clientSessions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"clientId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"clientId"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"SessionHistory_session"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CorrectionHistory_correction"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RecordCorrection"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"correctedAt"}},{"kind":"Field","name":{"kind":"Name","value":"correctedBy"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"changes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"before"}},{"kind":"Field","name":{"kind":"Name","value":"after"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SessionHistory_session"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Session"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"localDate"}},{"kind":"Field","name":{"kind":"Name","value":"attendance"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"weekRating"}},{"kind":"Field","name":{"kind":"Name","value":"orsTotal"}},{"kind":"Field","name":{"kind":"Name","value":"srsTotal"}},{"kind":"Field","name":{"kind":"Name","value":"phq9Total"}},{"kind":"Field","name":{"kind":"Name","value":"gad7Total"}},{"kind":"Field","name":{"kind":"Name","value":"ors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"individual"}},{"kind":"Field","name":{"kind":"Name","value":"interpersonal"}},{"kind":"Field","name":{"kind":"Name","value":"social"}},{"kind":"Field","name":{"kind":"Name","value":"overall"}}]}},{"kind":"Field","name":{"kind":"Name","value":"srs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"relationship"}},{"kind":"Field","name":{"kind":"Name","value":"goalsAndTopics"}},{"kind":"Field","name":{"kind":"Name","value":"approachOrMethod"}},{"kind":"Field","name":{"kind":"Name","value":"overall"}}]}},{"kind":"Field","name":{"kind":"Name","value":"phq9Items"}},{"kind":"Field","name":{"kind":"Name","value":"gad7Items"}},{"kind":"Field","name":{"kind":"Name","value":"priorityIssueCategory"}},{"kind":"Field","name":{"kind":"Name","value":"priorityIssueText"}},{"kind":"Field","name":{"kind":"Name","value":"techniquesUsed"}},{"kind":"Field","name":{"kind":"Name","value":"crisis"}},{"kind":"Field","name":{"kind":"Name","value":"privateNotes"}},{"kind":"Field","name":{"kind":"Name","value":"corrections"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CorrectionHistory_correction"}}]}}]}}]} as unknown as DocumentNode<ClientSessionsQuery, ClientSessionsQueryVariables>;
export const CorrectSessionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CorrectSession"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sessionId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordSessionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"correctSession"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"sessionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sessionId"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SessionHistory_session"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CorrectionHistory_correction"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RecordCorrection"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"correctedAt"}},{"kind":"Field","name":{"kind":"Name","value":"correctedBy"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"changes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"before"}},{"kind":"Field","name":{"kind":"Name","value":"after"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SessionHistory_session"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Session"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"localDate"}},{"kind":"Field","name":{"kind":"Name","value":"attendance"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"weekRating"}},{"kind":"Field","name":{"kind":"Name","value":"orsTotal"}},{"kind":"Field","name":{"kind":"Name","value":"srsTotal"}},{"kind":"Field","name":{"kind":"Name","value":"phq9Total"}},{"kind":"Field","name":{"kind":"Name","value":"gad7Total"}},{"kind":"Field","name":{"kind":"Name","value":"ors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"individual"}},{"kind":"Field","name":{"kind":"Name","value":"interpersonal"}},{"kind":"Field","name":{"kind":"Name","value":"social"}},{"kind":"Field","name":{"kind":"Name","value":"overall"}}]}},{"kind":"Field","name":{"kind":"Name","value":"srs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"relationship"}},{"kind":"Field","name":{"kind":"Name","value":"goalsAndTopics"}},{"kind":"Field","name":{"kind":"Name","value":"approachOrMethod"}},{"kind":"Field","name":{"kind":"Name","value":"overall"}}]}},{"kind":"Field","name":{"kind":"Name","value":"phq9Items"}},{"kind":"Field","name":{"kind":"Name","value":"gad7Items"}},{"kind":"Field","name":{"kind":"Name","value":"priorityIssueCategory"}},{"kind":"Field","name":{"kind":"Name","value":"priorityIssueText"}},{"kind":"Field","name":{"kind":"Name","value":"techniquesUsed"}},{"kind":"Field","name":{"kind":"Name","value":"crisis"}},{"kind":"Field","name":{"kind":"Name","value":"privateNotes"}},{"kind":"Field","name":{"kind":"Name","value":"corrections"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CorrectionHistory_correction"}}]}}]}}]} as unknown as DocumentNode<CorrectSessionMutation, CorrectSessionMutationVariables>;
export const ClientWhatWorksDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ClientWhatWorks"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"clientId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"clientProgress"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"clientId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"clientId"}}},{"kind":"Argument","name":{"kind":"Name","value":"bucket"},"value":{"kind":"EnumValue","value":"WEEK"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"whatWorks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WhatWorksPanel_whatWorks"}},{"kind":"Field","name":{"kind":"Name","value":"planReview"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PlanReviewPanel_review"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WhatWorksPanel_whatWorks"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WhatWorks"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"today"}},{"kind":"Field","name":{"kind":"Name","value":"homework"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"measure"}},{"kind":"Field","name":{"kind":"Name","value":"completion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"predictor"}},{"kind":"Field","name":{"kind":"Name","value":"measure"}},{"kind":"Field","name":{"kind":"Name","value":"method"}},{"kind":"Field","name":{"kind":"Name","value":"enough"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"verdict"}},{"kind":"Field","name":{"kind":"Name","value":"counts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pairs"}},{"kind":"Field","name":{"kind":"Name","value":"intervals"}},{"kind":"Field","name":{"kind":"Name","value":"high"}},{"kind":"Field","name":{"kind":"Name","value":"low"}}]}},{"kind":"Field","name":{"kind":"Name","value":"slope"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"estimate"}},{"kind":"Field","name":{"kind":"Name","value":"lower"}},{"kind":"Field","name":{"kind":"Name","value":"upper"}}]}},{"kind":"Field","name":{"kind":"Name","value":"confidence"}},{"kind":"Field","name":{"kind":"Name","value":"points"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"sessionNumber"}},{"kind":"Field","name":{"kind":"Name","value":"items"}},{"kind":"Field","name":{"kind":"Name","value":"x"}},{"kind":"Field","name":{"kind":"Name","value":"change"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"helpfulness"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"predictor"}},{"kind":"Field","name":{"kind":"Name","value":"measure"}},{"kind":"Field","name":{"kind":"Name","value":"method"}},{"kind":"Field","name":{"kind":"Name","value":"enough"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"verdict"}},{"kind":"Field","name":{"kind":"Name","value":"counts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pairs"}},{"kind":"Field","name":{"kind":"Name","value":"intervals"}},{"kind":"Field","name":{"kind":"Name","value":"high"}},{"kind":"Field","name":{"kind":"Name","value":"low"}}]}},{"kind":"Field","name":{"kind":"Name","value":"slope"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"estimate"}},{"kind":"Field","name":{"kind":"Name","value":"lower"}},{"kind":"Field","name":{"kind":"Name","value":"upper"}}]}},{"kind":"Field","name":{"kind":"Name","value":"confidence"}},{"kind":"Field","name":{"kind":"Name","value":"points"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"sessionNumber"}},{"kind":"Field","name":{"kind":"Name","value":"items"}},{"kind":"Field","name":{"kind":"Name","value":"x"}},{"kind":"Field","name":{"kind":"Name","value":"change"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"coping"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"method"}},{"kind":"Field","name":{"kind":"Name","value":"symptom"}},{"kind":"Field","name":{"kind":"Name","value":"episodesWithout"}},{"kind":"Field","name":{"kind":"Name","value":"comparisons"}},{"kind":"Field","name":{"kind":"Name","value":"adjustment"}},{"kind":"Field","name":{"kind":"Name","value":"intervalConfidence"}},{"kind":"Field","name":{"kind":"Name","value":"enough"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"techniques"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"technique"}},{"kind":"Field","name":{"kind":"Name","value":"episodes"}},{"kind":"Field","name":{"kind":"Name","value":"enough"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"meanPeakWith"}},{"kind":"Field","name":{"kind":"Name","value":"meanPeakWithout"}},{"kind":"Field","name":{"kind":"Name","value":"typicalMinutesWith"}},{"kind":"Field","name":{"kind":"Name","value":"typicalMinutesWithout"}},{"kind":"Field","name":{"kind":"Name","value":"peakIntensity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"interval"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"estimate"}},{"kind":"Field","name":{"kind":"Name","value":"lower"}},{"kind":"Field","name":{"kind":"Name","value":"upper"}}]}},{"kind":"Field","name":{"kind":"Name","value":"verdict"}}]}},{"kind":"Field","name":{"kind":"Name","value":"duration"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"interval"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"estimate"}},{"kind":"Field","name":{"kind":"Name","value":"lower"}},{"kind":"Field","name":{"kind":"Name","value":"upper"}}]}},{"kind":"Field","name":{"kind":"Name","value":"verdict"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"practised"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"method"}},{"kind":"Field","name":{"kind":"Name","value":"comparisons"}},{"kind":"Field","name":{"kind":"Name","value":"intervalConfidence"}},{"kind":"Field","name":{"kind":"Name","value":"techniques"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"technique"}},{"kind":"Field","name":{"kind":"Name","value":"sessionsWith"}},{"kind":"Field","name":{"kind":"Name","value":"sessionsWithout"}},{"kind":"Field","name":{"kind":"Name","value":"episodesAfterWith"}},{"kind":"Field","name":{"kind":"Name","value":"episodesAfterWithout"}},{"kind":"Field","name":{"kind":"Name","value":"enough"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"rateRatio"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"estimate"}},{"kind":"Field","name":{"kind":"Name","value":"lower"}},{"kind":"Field","name":{"kind":"Name","value":"upper"}}]}},{"kind":"Field","name":{"kind":"Name","value":"verdict"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"plannedVsDelivered"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"method"}},{"kind":"Field","name":{"kind":"Name","value":"currentVersion"}},{"kind":"Field","name":{"kind":"Name","value":"techniques"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"technique"}},{"kind":"Field","name":{"kind":"Name","value":"planned"}},{"kind":"Field","name":{"kind":"Name","value":"plannedSinceVersion"}},{"kind":"Field","name":{"kind":"Name","value":"sessions"}},{"kind":"Field","name":{"kind":"Name","value":"sessionsUsing"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"triggerTrends"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"method"}},{"kind":"Field","name":{"kind":"Name","value":"weeks"}},{"kind":"Field","name":{"kind":"Name","value":"comparisons"}},{"kind":"Field","name":{"kind":"Name","value":"intervalConfidence"}},{"kind":"Field","name":{"kind":"Name","value":"enough"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"triggers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"trigger"}},{"kind":"Field","name":{"kind":"Name","value":"weeklyCounts"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"enough"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"model"}},{"kind":"Field","name":{"kind":"Name","value":"ratePerWeek"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"estimate"}},{"kind":"Field","name":{"kind":"Name","value":"lower"}},{"kind":"Field","name":{"kind":"Name","value":"upper"}}]}},{"kind":"Field","name":{"kind":"Name","value":"verdict"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"triggerShares"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"revisionDate"}},{"kind":"Field","name":{"kind":"Name","value":"shares"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"method"}},{"kind":"Field","name":{"kind":"Name","value":"revisionDate"}},{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"episodesBefore"}},{"kind":"Field","name":{"kind":"Name","value":"episodesAfter"}},{"kind":"Field","name":{"kind":"Name","value":"enough"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"triggers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"trigger"}},{"kind":"Field","name":{"kind":"Name","value":"before"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"episodes"}},{"kind":"Field","name":{"kind":"Name","value":"share"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"estimate"}},{"kind":"Field","name":{"kind":"Name","value":"lower"}},{"kind":"Field","name":{"kind":"Name","value":"upper"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"after"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"episodes"}},{"kind":"Field","name":{"kind":"Name","value":"share"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"estimate"}},{"kind":"Field","name":{"kind":"Name","value":"lower"}},{"kind":"Field","name":{"kind":"Name","value":"upper"}}]}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"episodeTimes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"method"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"cells"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"day"}},{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"dayTotals"}},{"kind":"Field","name":{"kind":"Name","value":"periodTotals"}},{"kind":"Field","name":{"kind":"Name","value":"enough"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"busiest"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"day"}},{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"targetProgress"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"method"}},{"kind":"Field","name":{"kind":"Name","value":"target"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"measure"}},{"kind":"Field","name":{"kind":"Name","value":"symptom"}},{"kind":"Field","name":{"kind":"Name","value":"comparator"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"problem"}}]}},{"kind":"Field","name":{"kind":"Name","value":"weeks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"weekStart"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"observed"}}]}},{"kind":"Field","name":{"kind":"Name","value":"weeksMet"}},{"kind":"Field","name":{"kind":"Name","value":"weeksMeasurable"}},{"kind":"Field","name":{"kind":"Name","value":"latestMeasured"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"weekStart"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"observed"}}]}},{"kind":"Field","name":{"kind":"Name","value":"streak"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PlanReviewPanel_review"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PlanReview"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"since"}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"direction"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"rule"}},{"kind":"Field","name":{"kind":"Name","value":"numbers"}}]}},{"kind":"Field","name":{"kind":"Name","value":"evidenceFor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"direction"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"rule"}},{"kind":"Field","name":{"kind":"Name","value":"numbers"}}]}},{"kind":"Field","name":{"kind":"Name","value":"evidenceAgainst"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"direction"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"rule"}},{"kind":"Field","name":{"kind":"Name","value":"numbers"}}]}}]}}]} as unknown as DocumentNode<ClientWhatWorksQuery, ClientWhatWorksQueryVariables>;
export const MyWhatWorksDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyWhatWorks"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"clientId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"clientProgress"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"clientId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"clientId"}}},{"kind":"Argument","name":{"kind":"Name","value":"bucket"},"value":{"kind":"EnumValue","value":"WEEK"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"whatWorks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WhatWorksPanel_whatWorks"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WhatWorksPanel_whatWorks"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WhatWorks"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"today"}},{"kind":"Field","name":{"kind":"Name","value":"homework"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"measure"}},{"kind":"Field","name":{"kind":"Name","value":"completion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"predictor"}},{"kind":"Field","name":{"kind":"Name","value":"measure"}},{"kind":"Field","name":{"kind":"Name","value":"method"}},{"kind":"Field","name":{"kind":"Name","value":"enough"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"verdict"}},{"kind":"Field","name":{"kind":"Name","value":"counts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pairs"}},{"kind":"Field","name":{"kind":"Name","value":"intervals"}},{"kind":"Field","name":{"kind":"Name","value":"high"}},{"kind":"Field","name":{"kind":"Name","value":"low"}}]}},{"kind":"Field","name":{"kind":"Name","value":"slope"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"estimate"}},{"kind":"Field","name":{"kind":"Name","value":"lower"}},{"kind":"Field","name":{"kind":"Name","value":"upper"}}]}},{"kind":"Field","name":{"kind":"Name","value":"confidence"}},{"kind":"Field","name":{"kind":"Name","value":"points"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"sessionNumber"}},{"kind":"Field","name":{"kind":"Name","value":"items"}},{"kind":"Field","name":{"kind":"Name","value":"x"}},{"kind":"Field","name":{"kind":"Name","value":"change"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"helpfulness"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"predictor"}},{"kind":"Field","name":{"kind":"Name","value":"measure"}},{"kind":"Field","name":{"kind":"Name","value":"method"}},{"kind":"Field","name":{"kind":"Name","value":"enough"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"verdict"}},{"kind":"Field","name":{"kind":"Name","value":"counts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pairs"}},{"kind":"Field","name":{"kind":"Name","value":"intervals"}},{"kind":"Field","name":{"kind":"Name","value":"high"}},{"kind":"Field","name":{"kind":"Name","value":"low"}}]}},{"kind":"Field","name":{"kind":"Name","value":"slope"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"estimate"}},{"kind":"Field","name":{"kind":"Name","value":"lower"}},{"kind":"Field","name":{"kind":"Name","value":"upper"}}]}},{"kind":"Field","name":{"kind":"Name","value":"confidence"}},{"kind":"Field","name":{"kind":"Name","value":"points"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"sessionNumber"}},{"kind":"Field","name":{"kind":"Name","value":"items"}},{"kind":"Field","name":{"kind":"Name","value":"x"}},{"kind":"Field","name":{"kind":"Name","value":"change"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"coping"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"method"}},{"kind":"Field","name":{"kind":"Name","value":"symptom"}},{"kind":"Field","name":{"kind":"Name","value":"episodesWithout"}},{"kind":"Field","name":{"kind":"Name","value":"comparisons"}},{"kind":"Field","name":{"kind":"Name","value":"adjustment"}},{"kind":"Field","name":{"kind":"Name","value":"intervalConfidence"}},{"kind":"Field","name":{"kind":"Name","value":"enough"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"techniques"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"technique"}},{"kind":"Field","name":{"kind":"Name","value":"episodes"}},{"kind":"Field","name":{"kind":"Name","value":"enough"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"meanPeakWith"}},{"kind":"Field","name":{"kind":"Name","value":"meanPeakWithout"}},{"kind":"Field","name":{"kind":"Name","value":"typicalMinutesWith"}},{"kind":"Field","name":{"kind":"Name","value":"typicalMinutesWithout"}},{"kind":"Field","name":{"kind":"Name","value":"peakIntensity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"interval"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"estimate"}},{"kind":"Field","name":{"kind":"Name","value":"lower"}},{"kind":"Field","name":{"kind":"Name","value":"upper"}}]}},{"kind":"Field","name":{"kind":"Name","value":"verdict"}}]}},{"kind":"Field","name":{"kind":"Name","value":"duration"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"interval"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"estimate"}},{"kind":"Field","name":{"kind":"Name","value":"lower"}},{"kind":"Field","name":{"kind":"Name","value":"upper"}}]}},{"kind":"Field","name":{"kind":"Name","value":"verdict"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"practised"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"method"}},{"kind":"Field","name":{"kind":"Name","value":"comparisons"}},{"kind":"Field","name":{"kind":"Name","value":"intervalConfidence"}},{"kind":"Field","name":{"kind":"Name","value":"techniques"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"technique"}},{"kind":"Field","name":{"kind":"Name","value":"sessionsWith"}},{"kind":"Field","name":{"kind":"Name","value":"sessionsWithout"}},{"kind":"Field","name":{"kind":"Name","value":"episodesAfterWith"}},{"kind":"Field","name":{"kind":"Name","value":"episodesAfterWithout"}},{"kind":"Field","name":{"kind":"Name","value":"enough"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"rateRatio"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"estimate"}},{"kind":"Field","name":{"kind":"Name","value":"lower"}},{"kind":"Field","name":{"kind":"Name","value":"upper"}}]}},{"kind":"Field","name":{"kind":"Name","value":"verdict"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"plannedVsDelivered"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"method"}},{"kind":"Field","name":{"kind":"Name","value":"currentVersion"}},{"kind":"Field","name":{"kind":"Name","value":"techniques"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"technique"}},{"kind":"Field","name":{"kind":"Name","value":"planned"}},{"kind":"Field","name":{"kind":"Name","value":"plannedSinceVersion"}},{"kind":"Field","name":{"kind":"Name","value":"sessions"}},{"kind":"Field","name":{"kind":"Name","value":"sessionsUsing"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"triggerTrends"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"method"}},{"kind":"Field","name":{"kind":"Name","value":"weeks"}},{"kind":"Field","name":{"kind":"Name","value":"comparisons"}},{"kind":"Field","name":{"kind":"Name","value":"intervalConfidence"}},{"kind":"Field","name":{"kind":"Name","value":"enough"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"triggers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"trigger"}},{"kind":"Field","name":{"kind":"Name","value":"weeklyCounts"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"enough"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"model"}},{"kind":"Field","name":{"kind":"Name","value":"ratePerWeek"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"estimate"}},{"kind":"Field","name":{"kind":"Name","value":"lower"}},{"kind":"Field","name":{"kind":"Name","value":"upper"}}]}},{"kind":"Field","name":{"kind":"Name","value":"verdict"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"triggerShares"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"revisionDate"}},{"kind":"Field","name":{"kind":"Name","value":"shares"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"method"}},{"kind":"Field","name":{"kind":"Name","value":"revisionDate"}},{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"episodesBefore"}},{"kind":"Field","name":{"kind":"Name","value":"episodesAfter"}},{"kind":"Field","name":{"kind":"Name","value":"enough"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"triggers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"trigger"}},{"kind":"Field","name":{"kind":"Name","value":"before"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"episodes"}},{"kind":"Field","name":{"kind":"Name","value":"share"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"estimate"}},{"kind":"Field","name":{"kind":"Name","value":"lower"}},{"kind":"Field","name":{"kind":"Name","value":"upper"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"after"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"episodes"}},{"kind":"Field","name":{"kind":"Name","value":"share"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"estimate"}},{"kind":"Field","name":{"kind":"Name","value":"lower"}},{"kind":"Field","name":{"kind":"Name","value":"upper"}}]}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"episodeTimes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"method"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"cells"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"day"}},{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"dayTotals"}},{"kind":"Field","name":{"kind":"Name","value":"periodTotals"}},{"kind":"Field","name":{"kind":"Name","value":"enough"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"busiest"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"day"}},{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"targetProgress"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"method"}},{"kind":"Field","name":{"kind":"Name","value":"target"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"measure"}},{"kind":"Field","name":{"kind":"Name","value":"symptom"}},{"kind":"Field","name":{"kind":"Name","value":"comparator"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"problem"}}]}},{"kind":"Field","name":{"kind":"Name","value":"weeks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"weekStart"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"observed"}}]}},{"kind":"Field","name":{"kind":"Name","value":"weeksMet"}},{"kind":"Field","name":{"kind":"Name","value":"weeksMeasurable"}},{"kind":"Field","name":{"kind":"Name","value":"latestMeasured"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"weekStart"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"observed"}}]}},{"kind":"Field","name":{"kind":"Name","value":"streak"}}]}}]}}]} as unknown as DocumentNode<MyWhatWorksQuery, MyWhatWorksQueryVariables>;
export const ClientProgressDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ClientProgress"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"clientId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTimeISO"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTimeISO"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"bucket"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Bucket"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"clientProgress"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"clientId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"clientId"}}},{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}},{"kind":"Argument","name":{"kind":"Name","value":"bucket"},"value":{"kind":"Variable","name":{"kind":"Name","value":"bucket"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"client"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"intakeDate"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"complaint"}},{"kind":"Field","name":{"kind":"Name","value":"measurementPlan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"measures"}},{"kind":"Field","name":{"kind":"Name","value":"schedule"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pendingCheckIn"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PendingCheckIn_checkIn"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"sessions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sessionId"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"localDate"}},{"kind":"Field","name":{"kind":"Name","value":"weekRating"}},{"kind":"Field","name":{"kind":"Name","value":"weekWords"}},{"kind":"Field","name":{"kind":"Name","value":"source"}}]}},{"kind":"Field","name":{"kind":"Name","value":"checkIns"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"checkInId"}},{"kind":"Field","name":{"kind":"Name","value":"localDate"}},{"kind":"Field","name":{"kind":"Name","value":"weekRating"}},{"kind":"Field","name":{"kind":"Name","value":"weekWords"}},{"kind":"Field","name":{"kind":"Name","value":"source"}}]}},{"kind":"Field","name":{"kind":"Name","value":"episodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"planRevisions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"goals"}},{"kind":"Field","name":{"kind":"Name","value":"targets"}},{"kind":"Field","name":{"kind":"Name","value":"plannedTechniques"}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"OutcomeChart_progress"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"SymptomsChart_progress"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"AllianceChart_progress"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"HomeworkChart_progress"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"EpisodeChart_progress"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"CadenceChart_progress"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"SummaryPanel_progress"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"PlanPanel_progress"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PendingCheckIn_checkIn"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CheckIn"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"localDate"}},{"kind":"Field","name":{"kind":"Name","value":"weekRating"}},{"kind":"Field","name":{"kind":"Name","value":"weekWords"}},{"kind":"Field","name":{"kind":"Name","value":"ors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"individual"}},{"kind":"Field","name":{"kind":"Name","value":"interpersonal"}},{"kind":"Field","name":{"kind":"Name","value":"social"}},{"kind":"Field","name":{"kind":"Name","value":"overall"}}]}},{"kind":"Field","name":{"kind":"Name","value":"orsTotal"}},{"kind":"Field","name":{"kind":"Name","value":"phq9Items"}},{"kind":"Field","name":{"kind":"Name","value":"phq9Total"}},{"kind":"Field","name":{"kind":"Name","value":"gad7Items"}},{"kind":"Field","name":{"kind":"Name","value":"gad7Total"}},{"kind":"Field","name":{"kind":"Name","value":"notSafeNow"}},{"kind":"Field","name":{"kind":"Name","value":"safetyConcern"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OutcomeChart_progress"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ClientProgress"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sessions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sessionId"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"localDate"}},{"kind":"Field","name":{"kind":"Name","value":"attendance"}},{"kind":"Field","name":{"kind":"Name","value":"ors"}},{"kind":"Field","name":{"kind":"Name","value":"phq9"}},{"kind":"Field","name":{"kind":"Name","value":"gad7"}},{"kind":"Field","name":{"kind":"Name","value":"source"}}]}},{"kind":"Field","name":{"kind":"Name","value":"checkIns"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"checkInId"}},{"kind":"Field","name":{"kind":"Name","value":"localDate"}},{"kind":"Field","name":{"kind":"Name","value":"ors"}},{"kind":"Field","name":{"kind":"Name","value":"source"}}]}},{"kind":"Field","name":{"kind":"Name","value":"expected"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sessionNumber"}},{"kind":"Field","name":{"kind":"Name","value":"expected"}},{"kind":"Field","name":{"kind":"Name","value":"lower"}}]}},{"kind":"Field","name":{"kind":"Name","value":"cutoffs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"measure"}},{"kind":"Field","name":{"kind":"Name","value":"rule"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}},{"kind":"Field","name":{"kind":"Name","value":"planRevisions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"localDate"}},{"kind":"Field","name":{"kind":"Name","value":"rationale"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SymptomsChart_progress"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ClientProgress"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sessions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"localDate"}},{"kind":"Field","name":{"kind":"Name","value":"phq9"}},{"kind":"Field","name":{"kind":"Name","value":"gad7"}},{"kind":"Field","name":{"kind":"Name","value":"source"}}]}},{"kind":"Field","name":{"kind":"Name","value":"checkIns"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"checkInId"}},{"kind":"Field","name":{"kind":"Name","value":"localDate"}},{"kind":"Field","name":{"kind":"Name","value":"phq9"}},{"kind":"Field","name":{"kind":"Name","value":"gad7"}},{"kind":"Field","name":{"kind":"Name","value":"source"}}]}},{"kind":"Field","name":{"kind":"Name","value":"cutoffs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rule"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"planRevisions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"localDate"}},{"kind":"Field","name":{"kind":"Name","value":"rationale"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AllianceChart_progress"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ClientProgress"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sessions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"localDate"}},{"kind":"Field","name":{"kind":"Name","value":"srs"}},{"kind":"Field","name":{"kind":"Name","value":"srsSource"}}]}},{"kind":"Field","name":{"kind":"Name","value":"cutoffs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rule"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"HomeworkChart_progress"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ClientProgress"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"bucket"}},{"kind":"Field","name":{"kind":"Name","value":"homework"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"assigned"}},{"kind":"Field","name":{"kind":"Name","value":"completed"}},{"kind":"Field","name":{"kind":"Name","value":"partial"}},{"kind":"Field","name":{"kind":"Name","value":"notDone"}},{"kind":"Field","name":{"kind":"Name","value":"open"}},{"kind":"Field","name":{"kind":"Name","value":"completionRate"}},{"kind":"Field","name":{"kind":"Name","value":"selfAssigned"}},{"kind":"Field","name":{"kind":"Name","value":"selfAssignedShare"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EpisodeChart_progress"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ClientProgress"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"bucket"}},{"kind":"Field","name":{"kind":"Name","value":"episodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"days"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"perWeek"}},{"kind":"Field","name":{"kind":"Name","value":"meanIntensity"}},{"kind":"Field","name":{"kind":"Name","value":"maxIntensity"}},{"kind":"Field","name":{"kind":"Name","value":"totalMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"bySymptom"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"symptom"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CadenceChart_progress"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ClientProgress"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cadence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"localDate"}},{"kind":"Field","name":{"kind":"Name","value":"daysSincePrevious"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SummaryPanel_progress"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ClientProgress"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"expectedBasis"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"method"}},{"kind":"Field","name":{"kind":"Name","value":"closedCases"}},{"kind":"Field","name":{"kind":"Name","value":"closedBefore"}}]}},{"kind":"Field","name":{"kind":"Name","value":"summary"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"offTrackMethod"}},{"kind":"Field","name":{"kind":"Name","value":"sessionsAttended"}},{"kind":"Field","name":{"kind":"Name","value":"lastSessionDate"}},{"kind":"Field","name":{"kind":"Name","value":"alerts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}},{"kind":"Field","name":{"kind":"Name","value":"rule"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"suggestion"}},{"kind":"Field","name":{"kind":"Name","value":"sessionNumber"}}]}},{"kind":"Field","name":{"kind":"Name","value":"outcomes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"measure"}},{"kind":"Field","name":{"kind":"Name","value":"ratedSessions"}},{"kind":"Field","name":{"kind":"Name","value":"baseline"}},{"kind":"Field","name":{"kind":"Name","value":"latest"}},{"kind":"Field","name":{"kind":"Name","value":"change"}},{"kind":"Field","name":{"kind":"Name","value":"classification"}},{"kind":"Field","name":{"kind":"Name","value":"rule"}},{"kind":"Field","name":{"kind":"Name","value":"latestBand"}},{"kind":"Field","name":{"kind":"Name","value":"casenessAtBaseline"}},{"kind":"Field","name":{"kind":"Name","value":"recovered"}},{"kind":"Field","name":{"kind":"Name","value":"reliablyRecovered"}},{"kind":"Field","name":{"kind":"Name","value":"response"}},{"kind":"Field","name":{"kind":"Name","value":"remission"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pairedOutcome"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ratedSessions"}},{"kind":"Field","name":{"kind":"Name","value":"recovered"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PlanPanel_progress"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ClientProgress"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"planRevisions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"localDate"}},{"kind":"Field","name":{"kind":"Name","value":"goals"}},{"kind":"Field","name":{"kind":"Name","value":"targets"}},{"kind":"Field","name":{"kind":"Name","value":"plannedTechniques"}},{"kind":"Field","name":{"kind":"Name","value":"rationale"}},{"kind":"Field","name":{"kind":"Name","value":"comparison"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"windowRule"}},{"kind":"Field","name":{"kind":"Name","value":"tooEarly"}},{"kind":"Field","name":{"kind":"Name","value":"comparableFrom"}},{"kind":"Field","name":{"kind":"Name","value":"minimumRule"}},{"kind":"Field","name":{"kind":"Name","value":"before"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"days"}},{"kind":"Field","name":{"kind":"Name","value":"episodes"}},{"kind":"Field","name":{"kind":"Name","value":"episodesPerWeek"}},{"kind":"Field","name":{"kind":"Name","value":"homeworkReviewed"}},{"kind":"Field","name":{"kind":"Name","value":"homeworkCompletionRate"}},{"kind":"Field","name":{"kind":"Name","value":"orsSlopePerWeek"}}]}},{"kind":"Field","name":{"kind":"Name","value":"after"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"days"}},{"kind":"Field","name":{"kind":"Name","value":"episodes"}},{"kind":"Field","name":{"kind":"Name","value":"episodesPerWeek"}},{"kind":"Field","name":{"kind":"Name","value":"homeworkReviewed"}},{"kind":"Field","name":{"kind":"Name","value":"homeworkCompletionRate"}},{"kind":"Field","name":{"kind":"Name","value":"orsSlopePerWeek"}}]}},{"kind":"Field","name":{"kind":"Name","value":"episodeEffect"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"enough"}},{"kind":"Field","name":{"kind":"Name","value":"shortfall"}},{"kind":"Field","name":{"kind":"Name","value":"model"}},{"kind":"Field","name":{"kind":"Name","value":"weeksBefore"}},{"kind":"Field","name":{"kind":"Name","value":"weeksAfter"}},{"kind":"Field","name":{"kind":"Name","value":"pointsBefore"}},{"kind":"Field","name":{"kind":"Name","value":"pointsAfter"}},{"kind":"Field","name":{"kind":"Name","value":"minimumRule"}},{"kind":"Field","name":{"kind":"Name","value":"confidence"}},{"kind":"Field","name":{"kind":"Name","value":"dispersion"}},{"kind":"Field","name":{"kind":"Name","value":"trendBefore"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"estimate"}},{"kind":"Field","name":{"kind":"Name","value":"lower"}},{"kind":"Field","name":{"kind":"Name","value":"upper"}}]}},{"kind":"Field","name":{"kind":"Name","value":"levelChange"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"estimate"}},{"kind":"Field","name":{"kind":"Name","value":"lower"}},{"kind":"Field","name":{"kind":"Name","value":"upper"}}]}},{"kind":"Field","name":{"kind":"Name","value":"slopeChange"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"estimate"}},{"kind":"Field","name":{"kind":"Name","value":"lower"}},{"kind":"Field","name":{"kind":"Name","value":"upper"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"orsEffect"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"enough"}},{"kind":"Field","name":{"kind":"Name","value":"shortfall"}},{"kind":"Field","name":{"kind":"Name","value":"model"}},{"kind":"Field","name":{"kind":"Name","value":"weeksBefore"}},{"kind":"Field","name":{"kind":"Name","value":"weeksAfter"}},{"kind":"Field","name":{"kind":"Name","value":"pointsBefore"}},{"kind":"Field","name":{"kind":"Name","value":"pointsAfter"}},{"kind":"Field","name":{"kind":"Name","value":"minimumRule"}},{"kind":"Field","name":{"kind":"Name","value":"confidence"}},{"kind":"Field","name":{"kind":"Name","value":"dispersion"}},{"kind":"Field","name":{"kind":"Name","value":"trendBefore"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"estimate"}},{"kind":"Field","name":{"kind":"Name","value":"lower"}},{"kind":"Field","name":{"kind":"Name","value":"upper"}}]}},{"kind":"Field","name":{"kind":"Name","value":"levelChange"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"estimate"}},{"kind":"Field","name":{"kind":"Name","value":"lower"}},{"kind":"Field","name":{"kind":"Name","value":"upper"}}]}},{"kind":"Field","name":{"kind":"Name","value":"slopeChange"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"estimate"}},{"kind":"Field","name":{"kind":"Name","value":"lower"}},{"kind":"Field","name":{"kind":"Name","value":"upper"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ClientProgressQuery, ClientProgressQueryVariables>;
export const ClientHomeworkDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ClientHomework"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"clientId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"clientHomework"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"clientId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"clientId"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"30"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"helpfulness"}},{"kind":"Field","name":{"kind":"Name","value":"assignedBy"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ClientHomeworkQuery, ClientHomeworkQueryVariables>;
export const InvitationPreviewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"InvitationPreview"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"token"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"invitationPreview"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"token"},"value":{"kind":"Variable","name":{"kind":"Name","value":"token"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"purpose"}}]}}]}}]} as unknown as DocumentNode<InvitationPreviewQuery, InvitationPreviewQueryVariables>;
export const AcceptInvitationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AcceptInvitation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"token"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"password"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acceptInvitation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"token"},"value":{"kind":"Variable","name":{"kind":"Name","value":"token"}}},{"kind":"Argument","name":{"kind":"Name","value":"password"},"value":{"kind":"Variable","name":{"kind":"Name","value":"password"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"nextStep"}}]}}]}}]} as unknown as DocumentNode<AcceptInvitationMutation, AcceptInvitationMutationVariables>;
export const MeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"clientId"}},{"kind":"Field","name":{"kind":"Name","value":"twoFactorEnabled"}},{"kind":"Field","name":{"kind":"Name","value":"nextStep"}}]}}]}}]} as unknown as DocumentNode<MeQuery, MeQueryVariables>;
export const LoginDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Login"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"email"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"password"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"login"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"email"},"value":{"kind":"Variable","name":{"kind":"Name","value":"email"}}},{"kind":"Argument","name":{"kind":"Name","value":"password"},"value":{"kind":"Variable","name":{"kind":"Name","value":"password"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"nextStep"}}]}}]}}]} as unknown as DocumentNode<LoginMutation, LoginMutationVariables>;
export const LogoutDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Logout"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"logout"}}]}}]} as unknown as DocumentNode<LogoutMutation, LogoutMutationVariables>;
export const VerifySecondFactorDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"VerifySecondFactor"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"verifySecondFactor"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nextStep"}}]}}]}}]} as unknown as DocumentNode<VerifySecondFactorMutation, VerifySecondFactorMutationVariables>;
export const BeginTotpEnrollmentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"BeginTotpEnrollment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"beginTotpEnrollment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"otpauthUri"}},{"kind":"Field","name":{"kind":"Name","value":"secret"}},{"kind":"Field","name":{"kind":"Name","value":"qrCodeSvg"}}]}}]}}]} as unknown as DocumentNode<BeginTotpEnrollmentMutation, BeginTotpEnrollmentMutationVariables>;
export const ConfirmTotpEnrollmentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConfirmTotpEnrollment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"confirmTotpEnrollment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}]}]}}]} as unknown as DocumentNode<ConfirmTotpEnrollmentMutation, ConfirmTotpEnrollmentMutationVariables>;
export const ClinicCrisisResourcesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ClinicCrisisResources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"crisisResources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"hours"}},{"kind":"Field","name":{"kind":"Name","value":"example"}}]}}]}}]} as unknown as DocumentNode<ClinicCrisisResourcesQuery, ClinicCrisisResourcesQueryVariables>;
export const SetCrisisResourcesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetCrisisResources"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"resources"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CrisisResourceInput"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setCrisisResources"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"resources"},"value":{"kind":"Variable","name":{"kind":"Name","value":"resources"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"hours"}},{"kind":"Field","name":{"kind":"Name","value":"example"}}]}}]}}]} as unknown as DocumentNode<SetCrisisResourcesMutation, SetCrisisResourcesMutationVariables>;
export const StaffDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Staff"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"staff"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"invitationPending"}},{"kind":"Field","name":{"kind":"Name","value":"twoFactorEnabled"}},{"kind":"Field","name":{"kind":"Name","value":"activeClients"}}]}}]}}]} as unknown as DocumentNode<StaffQuery, StaffQueryVariables>;
export const InviteStaffDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"InviteStaff"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"InviteStaffInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"inviteStaff"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}}]}}]}}]} as unknown as DocumentNode<InviteStaffMutation, InviteStaffMutationVariables>;
export const ResetPasswordDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ResetPassword"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"userId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resetPassword"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"userId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"userId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}}]}}]}}]} as unknown as DocumentNode<ResetPasswordMutation, ResetPasswordMutationVariables>;
export const DeactivateStaffDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeactivateStaff"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"userId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deactivateStaff"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"userId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"userId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"activeClients"}}]}}]}}]} as unknown as DocumentNode<DeactivateStaffMutation, DeactivateStaffMutationVariables>;
export const TransferCaseloadDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TransferCaseload"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"fromTherapistId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"toTherapistId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"transferCaseload"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"fromTherapistId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"fromTherapistId"}}},{"kind":"Argument","name":{"kind":"Name","value":"toTherapistId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"toTherapistId"}}}]}]}}]} as unknown as DocumentNode<TransferCaseloadMutation, TransferCaseloadMutationVariables>;
export const MetricsCohortsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MetricsCohorts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"metricsCohorts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"groupings"}}]}}]}}]} as unknown as DocumentNode<MetricsCohortsQuery, MetricsCohortsQueryVariables>;
export const CaseloadMetricsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CaseloadMetrics"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"groupBy"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MetricsGroup"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"cohort"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"caseloadMetrics"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"groupBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"groupBy"}}},{"kind":"Argument","name":{"kind":"Name","value":"cohort"},"value":{"kind":"Variable","name":{"kind":"Name","value":"cohort"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cohort"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"groupings"}}]}},{"kind":"Field","name":{"kind":"Name","value":"groupBy"}},{"kind":"Field","name":{"kind":"Name","value":"fromMonth"}},{"kind":"Field","name":{"kind":"Name","value":"toMonth"}},{"kind":"Field","name":{"kind":"Name","value":"minCellSize"}},{"kind":"Field","name":{"kind":"Name","value":"suppressionRule"}},{"kind":"Field","name":{"kind":"Name","value":"perturbationNote"}},{"kind":"Field","name":{"kind":"Name","value":"rows"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MetricsRow_row"}}]}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MetricsRow_row"}},{"kind":"Field","name":{"kind":"Name","value":"whatWorks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"homeworkBands"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WhatWorksGroup_group"}}]}},{"kind":"Field","name":{"kind":"Name","value":"plannedTechniques"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WhatWorksGroup_group"}}]}},{"kind":"Field","name":{"kind":"Name","value":"revisionAfterFlag"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"responseDays"}},{"kind":"Field","name":{"kind":"Name","value":"flaggedCourses"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}}]}},{"kind":"Field","name":{"kind":"Name","value":"revisedInTime"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"numerator"}},{"kind":"Field","name":{"kind":"Name","value":"denominator"}},{"kind":"Field","name":{"kind":"Name","value":"rate"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}}]}},{"kind":"Field","name":{"kind":"Name","value":"groups"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WhatWorksGroup_group"}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"therapists"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MetricsRow_row"}}]}},{"kind":"Field","name":{"kind":"Name","value":"typicalCourse"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"monthInTreatment"}},{"kind":"Field","name":{"kind":"Name","value":"ors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"median"}},{"kind":"Field","name":{"kind":"Name","value":"q1"}},{"kind":"Field","name":{"kind":"Name","value":"q3"}},{"kind":"Field","name":{"kind":"Name","value":"clients"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}}]}},{"kind":"Field","name":{"kind":"Name","value":"phq9"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"median"}},{"kind":"Field","name":{"kind":"Name","value":"q1"}},{"kind":"Field","name":{"kind":"Name","value":"q3"}},{"kind":"Field","name":{"kind":"Name","value":"clients"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MetricsRow_row"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MetricsRow"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"clients"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}}]}},{"kind":"Field","name":{"kind":"Name","value":"active"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}}]}},{"kind":"Field","name":{"kind":"Name","value":"discharged"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}}]}},{"kind":"Field","name":{"kind":"Name","value":"droppedOut"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sessionsPerClient"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"median"}},{"kind":"Field","name":{"kind":"Name","value":"q1"}},{"kind":"Field","name":{"kind":"Name","value":"q3"}},{"kind":"Field","name":{"kind":"Name","value":"clients"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}}]}},{"kind":"Field","name":{"kind":"Name","value":"finishedCourses"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}}]}},{"kind":"Field","name":{"kind":"Name","value":"outcomes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"measure"}},{"kind":"Field","name":{"kind":"Name","value":"eligible"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reliableImprovement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"numerator"}},{"kind":"Field","name":{"kind":"Name","value":"denominator"}},{"kind":"Field","name":{"kind":"Name","value":"rate"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}}]}},{"kind":"Field","name":{"kind":"Name","value":"noReliableChange"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"numerator"}},{"kind":"Field","name":{"kind":"Name","value":"denominator"}},{"kind":"Field","name":{"kind":"Name","value":"rate"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reliableDeterioration"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"numerator"}},{"kind":"Field","name":{"kind":"Name","value":"denominator"}},{"kind":"Field","name":{"kind":"Name","value":"rate"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}}]}},{"kind":"Field","name":{"kind":"Name","value":"atCasenessAtStart"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}}]}},{"kind":"Field","name":{"kind":"Name","value":"recovery"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"numerator"}},{"kind":"Field","name":{"kind":"Name","value":"denominator"}},{"kind":"Field","name":{"kind":"Name","value":"rate"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reliableRecovery"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"numerator"}},{"kind":"Field","name":{"kind":"Name","value":"denominator"}},{"kind":"Field","name":{"kind":"Name","value":"rate"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"inTreatmentOutcomes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"measure"}},{"kind":"Field","name":{"kind":"Name","value":"eligible"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reliableImprovement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"numerator"}},{"kind":"Field","name":{"kind":"Name","value":"denominator"}},{"kind":"Field","name":{"kind":"Name","value":"rate"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}}]}},{"kind":"Field","name":{"kind":"Name","value":"noReliableChange"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"numerator"}},{"kind":"Field","name":{"kind":"Name","value":"denominator"}},{"kind":"Field","name":{"kind":"Name","value":"rate"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reliableDeterioration"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"numerator"}},{"kind":"Field","name":{"kind":"Name","value":"denominator"}},{"kind":"Field","name":{"kind":"Name","value":"rate"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}}]}},{"kind":"Field","name":{"kind":"Name","value":"atCasenessAtStart"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}}]}},{"kind":"Field","name":{"kind":"Name","value":"recovery"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"numerator"}},{"kind":"Field","name":{"kind":"Name","value":"denominator"}},{"kind":"Field","name":{"kind":"Name","value":"rate"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reliableRecovery"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"numerator"}},{"kind":"Field","name":{"kind":"Name","value":"denominator"}},{"kind":"Field","name":{"kind":"Name","value":"rate"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"flagged"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"numerator"}},{"kind":"Field","name":{"kind":"Name","value":"denominator"}},{"kind":"Field","name":{"kind":"Name","value":"rate"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}}]}},{"kind":"Field","name":{"kind":"Name","value":"revisedWithinThreeWeeks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"numerator"}},{"kind":"Field","name":{"kind":"Name","value":"denominator"}},{"kind":"Field","name":{"kind":"Name","value":"rate"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}}]}},{"kind":"Field","name":{"kind":"Name","value":"homeworkCompletion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"numerator"}},{"kind":"Field","name":{"kind":"Name","value":"denominator"}},{"kind":"Field","name":{"kind":"Name","value":"rate"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}}]}},{"kind":"Field","name":{"kind":"Name","value":"selfAssignedHomework"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"numerator"}},{"kind":"Field","name":{"kind":"Name","value":"denominator"}},{"kind":"Field","name":{"kind":"Name","value":"rate"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}}]}},{"kind":"Field","name":{"kind":"Name","value":"episodeRateRatio"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"median"}},{"kind":"Field","name":{"kind":"Name","value":"q1"}},{"kind":"Field","name":{"kind":"Name","value":"q3"}},{"kind":"Field","name":{"kind":"Name","value":"clients"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WhatWorksGroup_group"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CaseloadWhatWorksGroup"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"courses"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}}]}},{"kind":"Field","name":{"kind":"Name","value":"outcomes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"measure"}},{"kind":"Field","name":{"kind":"Name","value":"eligible"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reliableImprovement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"numerator"}},{"kind":"Field","name":{"kind":"Name","value":"denominator"}},{"kind":"Field","name":{"kind":"Name","value":"rate"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}}]}}]}}]}}]} as unknown as DocumentNode<CaseloadMetricsQuery, CaseloadMetricsQueryVariables>;
export const AuditSummaryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AuditSummary"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"auditSummary"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"actor"}},{"kind":"Field","name":{"kind":"Name","value":"actorRole"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"month"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}}]}}]}}]} as unknown as DocumentNode<AuditSummaryQuery, AuditSummaryQueryVariables>;