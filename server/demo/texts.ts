import { ComplaintCategory } from "../clients/client.enums.ts";
import { Technique } from "../common/technique.ts";
import { Symptom, TriggerCategory } from "../episodes/episode.enums.ts";
import { HomeworkType } from "../homework/homework.enums.ts";
import { IssueCategory } from "../sessions/session.enums.ts";

/** Invented names for invented people. */
export const FIRST_NAMES = [
  "Amara",
  "Ben",
  "Chloé",
  "Dev",
  "Elif",
  "Farah",
  "Gabriel",
  "Hana",
  "Idris",
  "Jonah",
  "Keiko",
  "Liam",
  "Maya",
  "Nadia",
  "Omar",
  "Priya",
  "Quinn",
  "Rosa",
  "Sami",
  "Tara",
  "Uma",
  "Victor",
  "Wen",
  "Ximena",
  "Yusuf",
  "Zoe",
  "Aiden",
  "Bea",
  "Carmen",
  "Dmitri",
  "Esme",
  "Felix",
  "Grace",
  "Hugo",
  "Isla",
  "Jae",
  "Kofi",
  "Lena",
  "Mateo",
  "Noor",
  "Oscar",
  "Paloma",
  "Rafael",
  "Sofia",
  "Theo",
  "Valentina",
  "Willa",
  "Yara",
] as const;

export const LAST_NAMES = [
  "Abernathy",
  "Bélanger",
  "Castellano",
  "Dhillon",
  "Eriksen",
  "Fontaine",
  "Gallagher",
  "Haddad",
  "Ivanova",
  "Jablonski",
  "Kaur",
  "Lindqvist",
  "Moreau",
  "Nakamura",
  "Okafor",
  "Pereira",
  "Quesnel",
  "Rahman",
  "Sørensen",
  "Tremblay",
  "Usman",
  "Vasquez",
  "Whitfield",
  "Xu",
  "Yilmaz",
  "Zielinski",
  "Achebe",
  "Brennan",
  "Chowdhury",
  "Delacroix",
  "Esposito",
  "Fairweather",
  "Greenberg",
  "Holloway",
  "Iqbal",
  "Juarez",
  "Kowalczyk",
  "Laurent",
] as const;

export const THERAPISTS = [
  "Dr. Helen Marsh",
  "Daniel Okoro",
  "Sophie Lavoie",
  "Dr. Raj Mehta",
  "Ingrid Holm",
  "Marcus Bell",
  "Lucía Romero",
  "Dr. Aisha Karim",
] as const;

export interface ComplaintProfile {
  symptoms: readonly (readonly [Symptom, number])[];
  /** Episodes a week at intake, before any progress. */
  baselineEpisodesPerWeek: readonly [number, number];
  issues: readonly IssueCategory[];
  issueTexts: readonly string[];
  techniques: readonly Technique[];
  homework: readonly (readonly [HomeworkType, string])[];
  goals: readonly string[];
  targets: readonly string[];
  /** Given at every session (NHS Talking Therapies practice for anxiety and depression); otherwise at intake only. */
  phq9: boolean;
  gad7: boolean;
}

export const COMPLAINTS: Record<ComplaintCategory, ComplaintProfile> = {
  [ComplaintCategory.PANIC]: {
    symptoms: [
      [Symptom.PANIC_ATTACK, 8],
      [Symptom.WORRY, 2],
    ],
    baselineEpisodesPerWeek: [2.5, 5],
    issues: [IssueCategory.PANIC, IssueCategory.WORRY, IssueCategory.WORK_OR_STUDY],
    issueTexts: [
      "Panic on the subway",
      "Fear of fainting at work",
      "Avoiding the supermarket",
      "Racing heart at night",
    ],
    techniques: [
      Technique.PSYCHOEDUCATION,
      Technique.BREATHING,
      Technique.GROUNDING,
      Technique.EXPOSURE,
      Technique.COGNITIVE_RESTRUCTURING,
    ],
    homework: [
      [HomeworkType.EXPOSURE, "Ride two subway stops and stay until the anxiety halves"],
      [HomeworkType.THOUGHT_RECORD, "Thought record for the next panic attack"],
      [HomeworkType.GROUNDING, "5-4-3-2-1 grounding twice a day"],
      [HomeworkType.BEHAVIOURAL_EXPERIMENT, "Climb stairs to raise the heart rate on purpose and rate the fear"],
    ],
    goals: ["Take the subway to work again", "Fewer panic attacks", "Stop avoiding the supermarket"],
    targets: ["Panic attacks at most 1 a week", "ORS above 25"],
    phq9: true,
    gad7: true,
  },
  [ComplaintCategory.DEPRESSION]: {
    symptoms: [
      [Symptom.LOW_MOOD, 8],
      [Symptom.SELF_HARM_URGE, 0.5],
      [Symptom.ANGER, 1],
    ],
    baselineEpisodesPerWeek: [2, 4],
    issues: [IssueCategory.LOW_MOOD, IssueCategory.SLEEP, IssueCategory.SELF_ESTEEM, IssueCategory.RELATIONSHIPS],
    issueTexts: [
      "Staying in bed until noon",
      "Withdrawing from friends",
      "Harsh self-criticism after work",
      "No energy for anything",
    ],
    techniques: [
      Technique.ACTIVITY_SCHEDULING,
      Technique.PSYCHOEDUCATION,
      Technique.COGNITIVE_RESTRUCTURING,
      Technique.PROBLEM_SOLVING,
    ],
    homework: [
      [HomeworkType.ACTIVITY_SCHEDULING, "Plan one pleasant and one mastery activity each day"],
      [HomeworkType.THOUGHT_RECORD, "Thought record when mood drops below 3"],
      [HomeworkType.READING, "Read the handout on behavioural activation"],
      [HomeworkType.SKILL_PRACTICE, "Ten-minute walk after lunch"],
    ],
    goals: ["Get up by 8 on weekdays", "See a friend every week", "Return to work full time"],
    targets: ["PHQ-9 below 10", "ORS above 25"],
    phq9: true,
    gad7: true,
  },
  [ComplaintCategory.GENERALISED_ANXIETY]: {
    symptoms: [
      [Symptom.WORRY, 9],
      [Symptom.PANIC_ATTACK, 1],
    ],
    baselineEpisodesPerWeek: [3, 6],
    issues: [IssueCategory.WORRY, IssueCategory.SLEEP, IssueCategory.WORK_OR_STUDY],
    issueTexts: ["Worrying about the children's safety", "Can't switch off at bedtime", "Checking emails all evening"],
    techniques: [
      Technique.PSYCHOEDUCATION,
      Technique.PROBLEM_SOLVING,
      Technique.MINDFULNESS,
      Technique.BEHAVIOURAL_EXPERIMENT,
    ],
    homework: [
      [HomeworkType.SKILL_PRACTICE, "Worry time: 20 minutes at 6 pm, postpone worries until then"],
      [HomeworkType.BEHAVIOURAL_EXPERIMENT, "Leave one email unanswered overnight and note what happens"],
      [HomeworkType.THOUGHT_RECORD, "Thought record for the biggest worry of the week"],
    ],
    goals: ["Sleep through the night", "Spend less time worrying"],
    targets: ["GAD-7 below 8", "ORS above 25"],
    phq9: true,
    gad7: true,
  },
  [ComplaintCategory.SOCIAL_ANXIETY]: {
    symptoms: [
      [Symptom.PANIC_ATTACK, 4],
      [Symptom.WORRY, 5],
      [Symptom.LOW_MOOD, 1],
    ],
    baselineEpisodesPerWeek: [2, 4],
    issues: [IssueCategory.SOCIAL_SITUATIONS, IssueCategory.WORK_OR_STUDY, IssueCategory.SELF_ESTEEM],
    issueTexts: ["Speaking up in team meetings", "Eating in the staff canteen", "Phone calls with strangers"],
    techniques: [
      Technique.EXPOSURE,
      Technique.ASSERTIVENESS_PRACTICE,
      Technique.BEHAVIOURAL_EXPERIMENT,
      Technique.COGNITIVE_RESTRUCTURING,
    ],
    homework: [
      [HomeworkType.EXPOSURE, "Ask one question in the Monday meeting"],
      [HomeworkType.BEHAVIOURAL_EXPERIMENT, "Drop safety behaviours at lunch and rate how others react"],
      [HomeworkType.SKILL_PRACTICE, "Practise the opening line for the phone call"],
    ],
    goals: ["Speak up in meetings", "Make phone calls without avoiding them"],
    targets: ["ORS above 25", "Avoidance at most twice a week"],
    phq9: true,
    gad7: true,
  },
  [ComplaintCategory.TRAUMA]: {
    symptoms: [
      [Symptom.INTRUSIVE_MEMORY, 7],
      [Symptom.PANIC_ATTACK, 2],
      [Symptom.ANGER, 1],
    ],
    baselineEpisodesPerWeek: [2, 5],
    issues: [IssueCategory.TRAUMA_MEMORIES, IssueCategory.SLEEP, IssueCategory.SAFETY],
    issueTexts: ["Flashbacks when driving", "Nightmares most nights", "Startling at loud noises"],
    techniques: [Technique.GROUNDING, Technique.PSYCHOEDUCATION, Technique.BREATHING, Technique.EXPOSURE],
    homework: [
      [HomeworkType.GROUNDING, "Grounding kit: use it at the first sign of a flashback"],
      [HomeworkType.READING, "Read the handout on how trauma memories work"],
      [HomeworkType.SKILL_PRACTICE, "Slow breathing for five minutes before bed"],
    ],
    goals: ["Drive on the highway again", "Sleep without nightmares most nights"],
    targets: ["Intrusive memories at most 2 a week", "PHQ-9 below 10"],
    phq9: true,
    gad7: true,
  },
  [ComplaintCategory.OTHER]: {
    symptoms: [
      [Symptom.WORRY, 4],
      [Symptom.ANGER, 3],
      [Symptom.LOW_MOOD, 3],
    ],
    baselineEpisodesPerWeek: [1, 3],
    issues: [IssueCategory.RELATIONSHIPS, IssueCategory.WORK_OR_STUDY, IssueCategory.OTHER],
    issueTexts: ["Arguments with a partner", "Conflict with the manager", "Feeling stuck after a move"],
    techniques: [Technique.PROBLEM_SOLVING, Technique.ASSERTIVENESS_PRACTICE, Technique.COGNITIVE_RESTRUCTURING],
    homework: [
      [HomeworkType.SKILL_PRACTICE, "Use the 'I feel … when … ' script once this week"],
      [HomeworkType.THOUGHT_RECORD, "Thought record after the next argument"],
      [HomeworkType.OTHER, "List three options for the work situation and rate each"],
    ],
    goals: ["Fewer arguments at home", "Decide about the job"],
    targets: ["ORS above 25"],
    phq9: true,
    gad7: false,
  },
};

export const TRIGGERS: Record<Symptom, readonly TriggerCategory[]> = {
  [Symptom.PANIC_ATTACK]: [
    TriggerCategory.PLACE_OR_CROWD,
    TriggerCategory.NONE_IDENTIFIED,
    TriggerCategory.HEALTH,
    TriggerCategory.SOCIAL_SITUATION,
  ],
  [Symptom.LOW_MOOD]: [TriggerCategory.RELATIONSHIPS, TriggerCategory.WORK_OR_STUDY, TriggerCategory.NONE_IDENTIFIED],
  [Symptom.INTRUSIVE_MEMORY]: [TriggerCategory.REMINDER, TriggerCategory.PLACE_OR_CROWD],
  [Symptom.WORRY]: [TriggerCategory.FAMILY, TriggerCategory.WORK_OR_STUDY, TriggerCategory.HEALTH],
  [Symptom.ANGER]: [TriggerCategory.RELATIONSHIPS, TriggerCategory.WORK_OR_STUDY],
  [Symptom.SELF_HARM_URGE]: [TriggerCategory.RELATIONSHIPS, TriggerCategory.NONE_IDENTIFIED],
  [Symptom.OTHER]: [TriggerCategory.OTHER],
};

export interface ThoughtRecordText {
  situation: string;
  thoughtsBefore: string;
  feelingsBefore: string;
  thoughtsDuring: string;
  feelingsDuring: string;
  thoughtsAfter: string;
  feelingsAfter: string;
  whatIDid: string;
  wishIHadDone: string;
}

export const THOUGHT_RECORDS: Record<Symptom, readonly ThoughtRecordText[]> = {
  [Symptom.PANIC_ATTACK]: [
    {
      situation: "Crowded subway car between two stations",
      thoughtsBefore: "What if it happens again down here?",
      feelingsBefore: "Nervous 60",
      thoughtsDuring: "I'm having a heart attack and can't get out",
      feelingsDuring: "Terror 90",
      thoughtsAfter: "I got through it; my heart was racing, not failing",
      feelingsAfter: "Drained 50, relieved 40",
      whatIDid: "Got off at the next stop and sat on a bench",
      wishIHadDone: "Stayed on and used slow breathing until it passed",
    },
    {
      situation: "Queue at the supermarket checkout",
      thoughtsBefore: "It's busy, I might faint",
      feelingsBefore: "Anxious 50",
      thoughtsDuring: "Everyone will see me collapse",
      feelingsDuring: "Panic 80, embarrassment 60",
      thoughtsAfter: "I didn't faint; anxiety peaked and came down",
      feelingsAfter: "Calmer 30",
      whatIDid: "Left the basket and walked out",
      wishIHadDone: "Stayed in the queue and grounded myself",
    },
  ],
  [Symptom.LOW_MOOD]: [
    {
      situation: "Sunday evening alone at home",
      thoughtsBefore: "Another week of the same",
      feelingsBefore: "Sad 50",
      thoughtsDuring: "Nothing is ever going to change; I'm a failure",
      feelingsDuring: "Hopeless 80",
      thoughtsAfter: "I did get two things done this week",
      feelingsAfter: "Sad 40",
      whatIDid: "Went to bed at 7",
      wishIHadDone: "Called my sister as planned",
    },
  ],
  [Symptom.INTRUSIVE_MEMORY]: [
    {
      situation: "Driving past the intersection",
      thoughtsBefore: "I should take the long way",
      feelingsBefore: "Tense 50",
      thoughtsDuring: "It's happening again",
      feelingsDuring: "Fear 85",
      thoughtsAfter: "That was a memory, not now",
      feelingsAfter: "Shaken 50",
      whatIDid: "Pulled over and waited",
      wishIHadDone: "Used the grounding kit in the car",
    },
  ],
  [Symptom.WORRY]: [
    {
      situation: "Lying in bed after a message from school",
      thoughtsBefore: "Something must be wrong",
      feelingsBefore: "Uneasy 40",
      thoughtsDuring: "What if it's serious and I missed it?",
      feelingsDuring: "Anxious 75",
      thoughtsAfter: "I can ask the teacher tomorrow",
      feelingsAfter: "Anxious 40",
      whatIDid: "Checked my phone for an hour",
      wishIHadDone: "Wrote the worry down for worry time",
    },
  ],
  [Symptom.ANGER]: [
    {
      situation: "Argument about chores",
      thoughtsBefore: "I always end up doing everything",
      feelingsBefore: "Irritated 50",
      thoughtsDuring: "They don't respect me at all",
      feelingsDuring: "Angry 85",
      thoughtsAfter: "I said things I didn't mean",
      feelingsAfter: "Guilty 60",
      whatIDid: "Shouted and slammed the door",
      wishIHadDone: "Taken a time-out and used the 'I feel' script",
    },
  ],
  [Symptom.SELF_HARM_URGE]: [
    {
      situation: "After a fight on the phone",
      thoughtsBefore: "Nobody cares",
      feelingsBefore: "Alone 70",
      thoughtsDuring: "I can't stand this feeling",
      feelingsDuring: "Despair 90",
      thoughtsAfter: "The urge passed after a while",
      feelingsAfter: "Exhausted 60",
      whatIDid: "Held ice cubes and texted the crisis line",
      wishIHadDone: "Followed the safety plan sooner",
    },
  ],
  [Symptom.OTHER]: [
    {
      situation: "At work",
      thoughtsBefore: "Here we go again",
      feelingsBefore: "Tense 40",
      thoughtsDuring: "I can't cope with this",
      feelingsDuring: "Overwhelmed 70",
      thoughtsAfter: "It was manageable",
      feelingsAfter: "Tired 40",
      whatIDid: "Took a break outside",
      wishIHadDone: "Asked for help earlier",
    },
  ],
};

/**
 * A client's own words about their week, by how the week went (the week rating: 7–10, 4–6, 0–3). Ordinary,
 * everyday phrases: the demo's check-ins are read in screenshots and by people trying it out, so none is alarming.
 */
export const WEEK_WORDS: Record<"good" | "mixed" | "hard", readonly string[]> = {
  good: [
    "A good week. I went for a walk most mornings.",
    "Better than last week, I slept properly for once.",
    "Saw friends on Saturday and actually enjoyed it.",
    "Work was busy but I handled it.",
    "Felt more like myself this week.",
    "Tried the breathing exercise before my meeting and it helped.",
    "Quiet week, nothing big happened, which was nice.",
    "Cooked dinner for the family on Sunday.",
    "Managed the grocery shop without rushing out.",
    "I kept up with the practice every day.",
  ],
  mixed: [
    "Up and down. Monday was hard, the weekend was better.",
    "Busy at work, tired most evenings.",
    "Some good days, some not so good.",
    "Didn't sleep well midweek but it picked up.",
    "Did about half of the practice.",
    "A bit stressed about a deadline, otherwise okay.",
    "Had a tense conversation with my sister, we sorted it out.",
    "Not much to report, an ordinary week.",
    "Kept busy, though I skipped the gym again.",
    "Felt flat for a couple of days, then a bit better.",
  ],
  hard: [
    "A tough week. Work was a lot.",
    "Tired all week and didn't get much done.",
    "Hard to get going in the mornings.",
    "Stayed in most of the week, didn't feel like seeing anyone.",
    "Worried a lot about money this week.",
    "Not a great week, I'd like to talk about it on Thursday.",
    "Slept badly and felt on edge.",
    "Things at home were difficult.",
  ],
};

/**
 * The demo clinic's crisis resources: examples, marked as such, with a fictional 555 number, so that nobody
 * mistakes them for a real service. A clinic replaces them with its own on the staff page.
 */
export const EXAMPLE_CRISIS_RESOURCES = [
  {
    name: "Example crisis line — replace with your local service",
    phone: "555-0100",
    text: "555-0101",
    url: null,
    hours: "24 hours a day (example)",
    example: true,
  },
  {
    name: "Example emergency number — replace with your local emergency number",
    phone: "555-0199",
    text: null,
    url: null,
    hours: "Any time (example)",
    example: true,
  },
] as const;
