/**
 * Parameters of the simulated clinic, each with what it is and where its value comes from. The report prints this
 * table as it stands, so a value changed here is a value changed in docs/alert-accuracy.md.
 *
 * None of these values is taken from the demo generator or from the alert rules: the simulated courses follow a
 * log-linear model of change with its own spread, noise, jumps and drop-out, and the truth is a second measure.
 */
export interface SimulationParameters {
  /** Clients per simulated clinic (one cohort). */
  readonly clients: number;
  /** Intakes spread evenly at random over this many days. */
  readonly intakeDays: number;
  /** Clients whose intake falls in the first `warmUpDays` only build up the clinic's closed cases; they are not judged. */
  readonly warmUpDays: number;
  /** The expected curve is refitted every `refitDays` days (the dashboard: every calendar month), on the cases closed before that period began. */
  readonly refitDays: number;
  /** ORS at intake (observed): mean and SD, outpatients. */
  readonly intakeMean: number;
  readonly intakeSd: number;
  /** ORS test–retest reliability; splits the intake SD into true-score SD·√r and session noise SD·√(1 − r). */
  readonly retestReliability: number;
  /** Lag-1 autocorrelation of a client's session noise (AR(1)). */
  readonly noiseAutocorrelation: number;
  /** Mean true ORS change from intake to the planned end of treatment, points. */
  readonly meanChange: number;
  /** SD between clients of that change, points. */
  readonly changeSd: number;
  /** Extra change per ORS point of true intake below the intake mean (more room to improve). */
  readonly changePerPointBelowMean: number;
  /** Planned course length: `minSessions` + a geometric number of extra sessions with this mean, at most `maxSessions`. */
  readonly minSessions: number;
  readonly meanExtraSessions: number;
  readonly maxSessions: number;
  /** Probability that a course holds one sudden gain, and one sudden loss; the jump size is uniform on [low, high] points. */
  readonly suddenGainProbability: number;
  readonly suddenLossProbability: number;
  readonly suddenShiftLow: number;
  readonly suddenShiftHigh: number;
  /** Probability that an attended session after the first has no ORS rating. */
  readonly missingRatingProbability: number;
  /** Drop-out hazard after each attended session: logistic(intercept + slope·(true ORS worsening since intake ÷ 5)). */
  readonly dropOutLogitIntercept: number;
  readonly dropOutLogitPerFivePointsWorse: number;
  /** The truth measure: a PHQ-9-like scale (0–27, lower is better). */
  readonly outcomeIntakeMean: number;
  readonly outcomeIntakeSd: number;
  readonly outcomeReliability: number;
  /** Correlation between a client's true change on the ORS and true change on the truth measure. */
  readonly outcomeChangeCorrelation: number;
}

export const BASE_PARAMETERS: SimulationParameters = Object.freeze({
  clients: 400,
  intakeDays: 3 * 365,
  warmUpDays: 365,
  refitDays: 30,
  intakeMean: 19.6,
  intakeSd: 8.7,
  retestReliability: 0.73,
  noiseAutocorrelation: 0.3,
  meanChange: 7,
  changeSd: 6.5,
  changePerPointBelowMean: 0.3,
  minSessions: 4,
  meanExtraSessions: 5,
  maxSessions: 20,
  suddenGainProbability: 0.2,
  suddenLossProbability: 0.09,
  suddenShiftLow: 5,
  suddenShiftHigh: 10,
  missingRatingProbability: 0.1,
  dropOutLogitIntercept: -3.2,
  dropOutLogitPerFivePointsWorse: 0.5,
  outcomeIntakeMean: 15,
  outcomeIntakeSd: 5,
  outcomeReliability: 0.84,
  outcomeChangeCorrelation: 0.6,
});

export interface ParameterRow {
  readonly name: string;
  readonly value: string;
  readonly source: string;
}

/** The parameter table of the report: value and source (or "assumption", with the reason for the value). */
export function parameterRows(p: SimulationParameters): ParameterRow[] {
  const trueSd = p.intakeSd * Math.sqrt(p.retestReliability);
  const noiseSd = p.intakeSd * Math.sqrt(1 - p.retestReliability);
  return [
    {
      name: "ORS at intake, mean and SD",
      value: `${p.intakeMean}, ${p.intakeSd}`,
      source:
        "Miller, Duncan, Brown, Sparks & Claud 2003 (clinical outpatient sample, approximately; other outpatient samples report means of 18–20)",
    },
    {
      name: "ORS test–retest reliability r",
      value: String(p.retestReliability),
      source:
        "middle of the reported range, about 0.66 (Miller et al. 2003) to about 0.80 (Bringhurst, Watson, Miller & Duncan 2006); approximate. A sensitivity run uses 0.80",
    },
    {
      name: "True-score SD at intake, session noise SD",
      value: `${trueSd.toFixed(2)}, ${noiseSd.toFixed(2)}`,
      source: "derived: SD·√r and SD·√(1 − r) (classical test theory)",
    },
    {
      name: "Noise autocorrelation ρ (AR(1), session to session)",
      value: String(p.noiseAutocorrelation),
      source: "assumption; a sensitivity run uses 0.6",
    },
    {
      name: "Shape of change",
      value: "true ORS = intake + change·ln(session) ÷ ln(planned sessions)",
      source:
        "log-linear change (Finch, Lambert & Schaalje 2001); the whole planned change is reached at the planned end, so shorter courses change faster per session (Baldwin, Berkeljon, Atkins, Olsen & Nielsen 2009)",
    },
    {
      name: "True change by the planned end: mean, SD between clients",
      value: `${p.meanChange}, ${p.changeSd} points`,
      source:
        "assumption: a pre–post effect of about 0.8 SD; the spread is set so that about 5–10% of clients end reliably worse, the rate reported for adults (Lambert 2013; Hansen, Lambert & Forman 2002)",
    },
    {
      name: "Extra change per point of true intake below the mean",
      value: String(p.changePerPointBelowMean),
      source:
        "assumption: clients who start lower change more, which is why Finch et al. 2001 fit curves by intake score",
    },
    {
      name: "Planned course length",
      value: `${p.minSessions} + geometric extra sessions (mean ${p.meanExtraSessions}), at most ${p.maxSessions}`,
      source: "assumption (short naturalistic courses; weekly sessions)",
    },
    {
      name: "Sudden gain, sudden loss: probability per course",
      value: `${p.suddenGainProbability}, ${p.suddenLossProbability}`,
      source:
        "Lutz et al. 2013: sudden shifts in either direction in 28.9% of 1,500 outpatients; the split between gains and losses is an assumption. Tang & DeRubeis 1999 found gains in about 39% of CBT clients, an upper reference",
    },
    {
      name: "Size of a sudden shift",
      value: `uniform ${p.suddenShiftLow}–${p.suddenShiftHigh} ORS points, lasting`,
      source: "assumption: at least one ORS reliable change",
    },
    {
      name: "Missing ORS rating at a session after the first",
      value: String(p.missingRatingProbability),
      source: "assumption",
    },
    {
      name: "Drop-out hazard after each session",
      value: `logistic(${p.dropOutLogitIntercept} + ${p.dropOutLogitPerFivePointsWorse}·(true worsening ÷ 5))`,
      source:
        "intercept set so that about 20% drop out (Swift & Greenberg 2012 meta-analysis: 19.7%); the dependence on progress is an assumption",
    },
    {
      name: "Truth measure at intake (PHQ-9-like, 0–27): mean, SD",
      value: `${p.outcomeIntakeMean}, ${p.outcomeIntakeSd}`,
      source: "assumption, typical of treatment-seeking adults",
    },
    {
      name: "Truth measure reliability",
      value: String(p.outcomeReliability),
      source: "PHQ-9 test–retest 0.84 (Kroenke, Spitzer & Williams 2001)",
    },
    {
      name: "Correlation of true change, ORS and truth measure",
      value: String(p.outcomeChangeCorrelation),
      source:
        "assumption, near the ORS's concurrent validity with the OQ-45 (about 0.59, Miller et al. 2003); change scores may agree less. A sensitivity run uses 0.8",
    },
  ];
}
