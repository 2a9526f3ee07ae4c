/**
 * docs/alert-accuracy.md, written from the runs of `npm run evaluate`: method, parameters with their sources, the
 * simulated clinic against its sources, the accuracy tables, the published comparison, the limits, and the figures
 * to quote.
 */
import type { ClinicalRules } from "../../server/measures/rules.ts";
import type { Interval } from "./metrics.ts";
import { parameterRows, type SimulationParameters } from "./parameters.ts";
import type { AccuracyRow, CohortChecks, MethodName } from "./harness.ts";

export interface ScenarioReport {
  name: string;
  parameters: SimulationParameters;
  rows: AccuracyRow[];
  checks: CohortChecks[];
  curveShare: { curve: number; all: number };
  endOfCourseAuc: Interval;
}

export interface ReportInput {
  seed: number;
  replications: number;
  resamples: number;
  rules: ClinicalRules;
  scenarios: ScenarioReport[];
}

const METHOD_WORDS: Record<MethodName, string> = {
  curve: "Expected curve (as the dashboard applies it)",
  fallback: "Fallback rule alone",
};

const pct = (x: number | null) => (x === null ? "—" : `${(100 * x).toFixed(1)}%`);
const interval = (i: Interval, format: (x: number | null) => string) =>
  i.estimate === null ? "—" : `${format(i.estimate)} (${format(i.lower)}–${format(i.upper)})`;
const decimal = (digits: number) => (x: number | null) => (x === null ? "—" : x.toFixed(digits));

function total(checks: readonly CohortChecks[], key: keyof CohortChecks): number {
  return checks.reduce((a, c) => a + c[key], 0);
}

function checksTable(s: ScenarioReport, rules: ClinicalRules): string[] {
  const clients = total(s.checks, "clients");
  const share = (key: keyof CohortChecks) => pct(total(s.checks, key) / clients);
  const means = s.checks.map((c) => c.intakeMean);
  const sds = s.checks.map((c) => c.intakeSd);
  const avg = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
  return [
    "| figure | simulated (all clinics) | source or target |",
    "|---|---|---|",
    `| ORS at intake, mean (SD) | ${avg(means).toFixed(1)} (${avg(sds).toFixed(1)}) | ${s.parameters.intakeMean} (${s.parameters.intakeSd}), Miller et al. 2003 |`,
    `| Dropped out before the planned end | ${share("droppedOut")} | 19.7%, Swift & Greenberg 2012 |`,
    `| Course with a sudden gain / a sudden loss (before the course ended) | ${share("suddenGain")} / ${share("suddenLoss")} | 28.9% with either, Lutz et al. 2013 |`,
    `| ORS reliably worse at the last rating (fall ≥ ${rules.ORS_RELIABLE_CHANGE}) | ${share("orsDeteriorated")} | 5–10% of adults, Lambert 2013 |`,
    `| Sessions without an ORS rating (after the first) | ${pct(total(s.checks, "missingRatings") / total(s.checks, "ratedSessions"))} | ${pct(s.parameters.missingRatingProbability)}, assumption |`,
    `| Sessions attended, mean | ${avg(s.checks.map((c) => c.meanSessions)).toFixed(1)} | assumption |`,
    `| Truth: not reliably improved | ${share("notImproved")} | about 80% in routine care with fewer than five sessions, 33–42% in clinical trials (Hansen, Lambert & Forman 2002) |`,
    `| Truth: reliably worse | ${share("deteriorated")} | — |`,
  ];
}

function accuracyTable(rows: readonly AccuracyRow[]): string[] {
  return [
    "| method | by session | recall | false alarms | PPV | recall of the reliably worse | lead time, sessions | lead time, weeks | AUC | recall, range over clinics | false alarms, range over clinics |",
    "|---|---|---|---|---|---|---|---|---|---|---|",
    ...rows.map(
      (r) =>
        `| ${METHOD_WORDS[r.method]} | ${r.session} | ${interval(r.recall, pct)} | ${interval(r.falseAlarm, pct)} | ${interval(r.ppv, pct)} | ${interval(r.deterioratedRecall, pct)} | ${interval(r.leadSessions, decimal(1))} | ${interval(r.leadWeeks, decimal(1))} | ${interval(r.auc, decimal(3))} | ${pct(r.recallRange[0])}–${pct(r.recallRange[1])} | ${pct(r.falseAlarmRange[0])}–${pct(r.falseAlarmRange[1])} |`,
    ),
  ];
}

export function renderReport(input: ReportInput): string {
  const base = input.scenarios[0]!;
  const p = base.parameters;
  const judged = base.rows[0]!;
  const at6 = (method: MethodName) => base.rows.find((r) => r.method === method && r.session === 6)!;
  const lines: string[] = [
    "# Alert accuracy",
    "",
    "<!-- Written by `npm run evaluate` (test/evaluate/). Do not edit by hand: change the code and run it again. -->",
    "",
    "How well does the off-track alert pick out the clients who will end treatment without reliable improvement? The",
    "demo clinic cannot answer this: its courses are written from the same rules the alerts read. This page answers it",
    "on simulated clinics built from published figures about how clients change in therapy, with the truth taken from",
    "a second measure that the alerts never see. It measures the code the dashboard runs",
    "(`server/measures/trajectory.ts`), through one adapter (`test/evaluate/methods.ts`).",
    "",
    "## Method",
    "",
    `- **Clinics.** ${input.replications} simulated clinics of ${p.clients} clients each. Intakes are spread at random over ${p.intakeDays / 365} years and sessions are weekly.`,
    "- **Courses.** Each client has a true ORS course that rises with the logarithm of the session number (Finch,",
    "  Lambert & Schaalje 2001), from a true intake level to a planned amount of change that differs between clients",
    "  (client-level random intercept and slope). Shorter planned courses reach their change in fewer sessions, so they",
    "  change faster per session, as Baldwin et al. (2009) found. Some courses hold a sudden gain or a sudden loss that",
    "  lasts. Each rating adds session noise that carries over from one session to the next (AR(1)). Ratings are",
    "  clipped to 0–40 and read to one decimal, and some are missing.",
    "- **Drop-out.** After each session a client may leave before the planned end, more often when they are worse than",
    "  at intake.",
    "- **Truth.** Each client also has a PHQ-9-like measure (0–27, lower is better) at intake and at the end of their",
    "  course, whether it ended as planned or by drop-out. Its true change is correlated with the true ORS change but",
    "  is not the same, and it has its own measurement error. A client is **not improved** when this measure did not",
    `  fall by its reliable-change value (${input.rules.PHQ9_RELIABLE_CHANGE} points, NHS Talking Therapies); that is the outcome the alert`,
    "  should predict. The alerts never read this measure.",
    "- **No look-ahead.** The clinic's expected curve is refitted every",
    `  ${p.refitDays} days (the dashboard refits per calendar month), on the cases closed before that period began. A session is judged with the curve of its period,`,
    "  so it never uses a case that closed on or after its date, and never the client's own case. Clients whose intake",
    `  falls in the first ${p.warmUpDays} days only build up closed cases; the ${judged.clients.toLocaleString("en")} clients after them are judged.`,
    "- **The two methods.**",
    "  - The expected curve, as the dashboard applies it. A two-level model of the ORS on ln(session) is fitted to",
    "    the closed cases, with a random intercept and slope per client and the intake score as covariate (after",
    `    Finch, Lambert & Schaalje 2001). A client is off track below the ${Math.round(100 * input.rules.OFF_TRACK_PERCENTILE)}th percentile of the within-client`,
    `    prediction interval around the expected course for their intake score. The clinic needs ${input.rules.OFF_TRACK_MIN_CLOSED_CASES} closed cases first`,
    "    (each with at least two ratings after the first session), and the fallback rule judges before that. In",
    `    this run the curve made ${pct(base.curveShare.curve / base.curveShare.all)} of the judgements.`,
    `  - The fallback rule alone: no reliable ORS improvement by session ${input.rules.OFF_TRACK_FALLBACK_SESSION}, or reliable deterioration at any session.`,
    "- **Flag by session k.** The client is judged at each rated session from the second rating on, as the dashboard",
    "  does, and counts as flagged by session k when any judgement up to session k said off track. Clients who ended",
    "  before session k count with the judgements they had.",
    "- **Figures.**",
    "  - Recall is the share of not-improved clients flagged by session k.",
    "  - False alarms are the share of improved clients flagged.",
    "  - PPV is the share of flagged clients who were in fact not improved.",
    "  - Each of these has a Wilson 95% interval over all judged clients of all clinics.",
    "  - Lead time is the median number of sessions (and weeks) from the first flag to the last attended session,",
    "    over true positives.",
    "  - The AUC uses a continuous score: for the curve, the distance below the expected score in units of the",
    "    off-track margin; for the fallback, the ORS fall since intake. Each client's highest score up to session k",
    "    counts.",
    `  - Lead time and AUC have percentile bootstrap intervals (${input.resamples} resamples of clients).`,
    "  - The last two columns give the lowest and highest value over the single clinics: what one clinic of this",
    "    size might see.",
    `- **Rerun.** \`npm run evaluate\` writes this page. The seed is ${input.seed}: clinic r uses the stream mixed from the seed and r,`,
    "  so the same seed writes the same page. `EVALUATE_SEED=<number> npm run evaluate` tries another seed. A run",
    "  takes about a minute on two cores.",
    "",
    "## Parameters and their sources",
    "",
    "| parameter | value | source |",
    "|---|---|---|",
    ...parameterRows(p).map((r) => `| ${r.name} | ${r.value} | ${r.source} |`),
    "",
    "### The simulated clinics against their sources",
    "",
    ...checksTable(base, input.rules),
    "",
    "## Results",
    "",
    `${base.name}. ${judged.clients.toLocaleString("en")} judged clients, of whom ${judged.positives.toLocaleString("en")} (${pct(judged.positives / judged.clients)}) ended not improved.`,
    "",
    ...accuracyTable(base.rows),
    "",
    `For scale: even the ORS fall over the whole course, known only at its end, separates not-improved from improved`,
    `clients with an AUC of ${interval(base.endOfCourseAuc, decimal(3))}. The ORS and the truth measure agree only partly, so no`,
    "rule that reads the ORS alone can do much better than that here.",
    "",
  ];
  for (const scenario of input.scenarios.slice(1)) {
    lines.push(
      `### Sensitivity: ${scenario.name}`,
      "",
      `The same clinics with one parameter changed. The curve made ${pct(scenario.curveShare.curve / scenario.curveShare.all)} of the curve method's judgements; the ORS fall over the whole course has an AUC of ${interval(scenario.endOfCourseAuc, decimal(3))}.`,
      "",
      ...accuracyTable(scenario.rows.filter((r) => r.session === 6)),
      "",
    );
  }
  lines.push(
    "## Compared with the published signal studies",
    "",
    "- **Hannan et al. (2005)** followed 550 clients. Their therapists, asked who would end worse, named only 1 of the",
    "  40 who did. By the abstract's figures, the OQ-45's actuarial rules identified 100% of the clients who had",
    "  deteriorated by the end of treatment, and 85% by the third session. There the alert and the outcome read the",
    "  same questionnaire, and the positive class is the reliably worse. Here the outcome is a different measure and",
    '  the main positive class is the wider "not reliably improved". The column "recall of the reliably worse" is the',
    `  closer analogue: by session 6 it is ${pct(at6("curve").deterioratedRecall.estimate)} for the curve and ${pct(at6("fallback").deterioratedRecall.estimate)} for the fallback rule.`,
    "- **Lambert and colleagues** summarise their studies (e.g. Lambert 2007) as identifying about 85–100% of the",
    "  clients who go on to deteriorate before they leave, often within the first few sessions. We quote that range",
    "  as approximate: it comes from OQ-45 archives of thousands of clients, with signals and outcomes on the same",
    "  instrument. False-alarm rates are reported less often and are not compared here.",
    "- **Studies of young clients report less.** Warning rules built on one half of a sample and tested on the other,",
    "  as the time split does here, found 71% of the youths who ended reliably worse (Warren, Nelson & Burlingame",
    "  2009). Expected recovery curves on the YOQ-30 found 72% of young clients with a poor outcome (Bybee, Lambert &",
    "  Eggett 2007). Those outcomes were still on the alert's own measure.",
    `- **What the comparison says.** By session 6 the ORS alerts here catch ${pct(at6("curve").recall.estimate)} (curve) and ${pct(at6("fallback").recall.estimate)} (fallback rule) of the`,
    "  clients who end not improved. Their PPV is close to the share of not-improved clients among all judged clients",
    `  (${pct(judged.positives / judged.clients)}), so a flag raises the chance of a poor outcome only a little. Part of the gap with the published figures comes from the design: a`,
    "  different truth measure, a wider positive class, four items against forty-five, and clinics of a few hundred",
    "  clients against archives of thousands. The figures here are what an ORS alert can be expected to do when the",
    "  outcome is not its own questionnaire; they are not a verdict on the published systems.",
    "",
    "## What the simulation cannot show",
    "",
    "- **The model is ours.** Real courses may not be log-linear. Clients may differ in ways the model leaves out:",
    "  diagnosis, therapist, early response patterns. If real courses are shaped otherwise, the figures shift; the",
    "  parameters marked as assumptions are guesses within published ranges, not measurements.",
    "- **Feedback changes outcomes.** In real use a flag prompts the therapist to act, and in the feedback trials",
    "  flagged clients then did better (de Jong et al. 2021). Here nobody acts on a flag, so a flag can never prevent",
    "  the outcome it predicts. The simulation measures prediction, not benefit.",
    "- **Real clinicians.** How therapists read, trust or ignore an alert, and how often they revise the plan, is",
    "  outside the model.",
    "- **The ORS's own psychometrics.** The session noise comes from test–retest figures of small samples, and the",
    "  link between ORS change and symptom change is an assumed correlation. Ceiling effects, rater drift, and",
    "  clients who fill the scale in to please the therapist are not modelled.",
    "- **Missing data and drop-out** are simulated at random or from progress alone. In real clinics the reasons are",
    "  many, and the truth measure is often missing for the very clients who leave.",
    "- **Small clinics.** Each simulated clinic judges with a curve fitted on its own few hundred closed cases. The",
    "  range over single clinics shows how much one clinic's figures can differ from the pooled ones. The year of",
    "  warm-up hides what happens in a new clinic, which the fallback rule judges until it has enough closed cases.",
    "",
    "## Figures to quote",
    "",
    `By session 6, on ${judged.clients.toLocaleString("en")} simulated clients (${input.replications} clinics, seed ${input.seed}), against no reliable improvement on a separate measure:`,
    "",
    ...(["curve", "fallback"] as const).map((m) => {
      const r = at6(m);
      return `- **${METHOD_WORDS[m]}:** recall ${interval(r.recall, pct)}, false alarms ${interval(r.falseAlarm, pct)}, PPV ${interval(r.ppv, pct)}, AUC ${interval(r.auc, decimal(3))}.`;
    }),
    "",
    "## Sources",
    "",
    "- Baldwin SA, Berkeljon A, Atkins DC, Olsen JA, Nielsen SL (2009). Rates of change in naturalistic psychotherapy:",
    "  contrasting dose–effect and good-enough level models of change. *J Consult Clin Psychol* 77:203–211.",
    "- Bringhurst DL, Watson CW, Miller SD, Duncan BL (2006). The reliability and validity of the Outcome Rating Scale:",
    "  a replication study of a brief clinical measure. *Journal of Brief Therapy* 5(1).",
    "- Brown LD, Cai TT, DasGupta A (2001). Interval estimation for a binomial proportion. *Statistical Science* 16:101–133.",
    "- de Jong K et al. (2021). Using progress feedback to improve outcomes and reduce drop-out, treatment duration, and",
    "  deterioration: a multilevel meta-analysis. *Clin Psychol Rev* 85:102002.",
    "- Finch AE, Lambert MJ, Schaalje BG (2001). Psychotherapy quality control: the statistical generation of expected",
    "  recovery curves for integration into an early warning system. *Clin Psychol Psychother* 8:231–242.",
    "- Hanley JA, McNeil BJ (1982). The meaning and use of the area under a receiver operating characteristic (ROC)",
    "  curve. *Radiology* 143:29–36.",
    "- Hannan C, Lambert MJ, Harmon C, Nielsen SL, Smart DW, Shimokawa K, Sutton SW (2005). A lab test and algorithms",
    "  for identifying clients at risk for treatment failure. *J Clin Psychol* 61:155–163.",
    "- Bybee TS, Lambert MJ, Eggett D (2007). Curves of expected recovery and their predictive validity for identifying",
    "  treatment failure. *Tijdschrift voor Psychotherapie*, 2007, issue 6.",
    "- Hansen NB, Lambert MJ, Forman EM (2002). The psychotherapy dose–response effect and its implications for",
    "  treatment delivery services. *Clinical Psychology: Science and Practice* 9:329–343.",
    "- Kroenke K, Spitzer RL, Williams JBW (2001). The PHQ-9: validity of a brief depression severity measure. *J Gen",
    "  Intern Med* 16:606–613.",
    "- Lambert MJ (2007). Presidential address: what we have learned from a decade of research aimed at improving",
    "  psychotherapy outcome in routine care. *Psychotherapy Research* 17:1–14.",
    "- Lambert MJ (2013). The efficacy and effectiveness of psychotherapy. In *Bergin and Garfield's Handbook of",
    "  Psychotherapy and Behavior Change*, 6th ed.",
    "- Lutz W, Ehrlich T, Rubel J, et al. (2013). The ups and downs of psychotherapy: sudden gains and sudden losses",
    "  identified with session reports. *Psychotherapy Research* 23:14–24.",
    "- Miller SD, Duncan BL, Brown J, Sparks JA, Claud DA (2003). The Outcome Rating Scale: a preliminary study of the",
    "  reliability, validity, and feasibility of a brief visual analog measure. *Journal of Brief Therapy* 2:91–100.",
    "- Swift JK, Greenberg RP (2012). Premature discontinuation in adult psychotherapy: a meta-analysis. *J Consult Clin",
    "  Psychol* 80:547–559.",
    "- Tang TZ, DeRubeis RJ (1999). Sudden gains and critical sessions in cognitive-behavioral therapy for depression.",
    "  *J Consult Clin Psychol* 67:894–904.",
    "- Warren JS, Nelson PL, Burlingame GM (2009). Identifying youth at risk for treatment failure in outpatient",
    "  community mental health services. *Journal of Child and Family Studies* (published online 2009).",
    "- Wilson EB (1927). Probable inference, the law of succession, and statistical inference. *J Am Stat Assoc*",
    "  22:209–212.",
    "",
  );
  return lines.join("\n");
}
