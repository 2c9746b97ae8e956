/**
 * How the demo's respondents answer the survey templates: each answer follows from the ones before
 * it (where someone commutes sets how far and how long; whether their presence at work is needed
 * sets their interest in a local space, and that their days there and the price they would pay).
 * The headline figures (destinations, presence, the interest scale, satisfaction) are dealt from
 * exact decks, so the documented proportions hold for every seed; the rest is drawn.
 */
import type { Question, SurveyTemplate } from '@popdesk/shared';
import type { Rng } from './random.js';

export type DemoAnswers = Record<string, string | number | string[]>;

/** Exactly `n` of each value, shuffled (Fisher–Yates). */
export function deck<T>(rng: Rng, counts: readonly (readonly [T, number])[]): T[] {
  const cards = counts.flatMap(([value, n]) => Array.from({ length: n }, () => value));
  for (let i = cards.length - 1; i > 0; i--) {
    const j = rng.int(0, i);
    [cards[i], cards[j]] = [cards[j]!, cards[i]!];
  }
  return cards;
}

/** An index, with probability proportional to its weight. */
export function pickIndex(rng: Rng, weights: readonly number[]): number {
  let r = rng.next() * weights.reduce((a, b) => a + b, 0);
  for (const [i, w] of weights.entries()) {
    r -= w;
    if (r < 0) return i;
  }
  return weights.length - 1;
}

export const optionsOf = (questions: readonly Question[], id: string): string[] => {
  const q = questions.find((x) => x.id === id);
  if (!q?.options) throw new Error(`no choice question ${id}`);
  return q.options;
};

/** Texts drawn without repeats (until the pool runs out, then from the start again). */
export function textPool(rng: Rng, texts: readonly string[]) {
  let left: string[] = [];
  return () => {
    if (left.length === 0)
      left = deck(
        rng,
        texts.map((t) => [t, 1] as const),
      );
    return left.pop()!;
  };
}

/** Each option independently with its chance; at least one (the likeliest) when chosen at all. */
function several(rng: Rng, options: readonly string[], chances: readonly number[]): string[] {
  const chosen = options.filter((_, i) => rng.chance(chances[i] ?? 0));
  if (chosen.length > 0) return chosen;
  const best = chances.indexOf(Math.max(...chances));
  return [options[best]!];
}

/** Someone's distance rounded as people do: often to 5 or 10 km. */
const roughly = (rng: Rng, km: number) => (rng.chance(0.5) ? Math.max(5, Math.round(km / 5) * 5) : Math.round(km));

/** A price a day as people name it: mostly round figures. */
const PRICES = [0, 3, 5, 8, 10, 12, 15, 20, 25];

export interface Destination {
  /** Index into the destination question's options. */
  option: number;
  count: number;
  /** One-way distance, km. */
  km: [number, number];
  /** Weights of the travel-time bands (the travelTime options). */
  time: number[];
}

export interface CommuterPlan {
  destinations: Destination[];
  /** Counts of the presenceNeeded options, in their order (yes, some days, no, don't know). */
  presence: [number, number, number, number];
  /** How many say they are self-employed (a rare answer, folded in the results). */
  selfEmployed: number;
  /** Chance of choosing each `needs` option. */
  needs: number[];
  comments: readonly string[];
  commentShare: number;
}

/** Commuter-template answers, one per deck card: `sum(destinations.count)` respondents. */
export function commuterAnswers(rng: Rng, t: SurveyTemplate, plan: CommuterPlan): DemoAnswers[] {
  const q = t.questions;
  const [destination, days, time, presence, allowed, coworkDays, needs] = [
    'destination',
    'commuteDays',
    'travelTime',
    'presenceNeeded',
    'remoteAllowed',
    'coworkDays',
    'needs',
  ].map((id) => optionsOf(q, id));
  const people = deck(
    rng,
    plan.destinations.map((d) => [d, d.count] as const),
  );
  const presences = deck(
    rng,
    plan.presence.map((n, i) => [i, n] as const),
  );
  const comment = textPool(rng, plan.comments);
  let selfEmployed = plan.selfEmployed;
  return people.map((d, i) => {
    const p = presences[i]!;
    const a: DemoAnswers = {
      destination: destination![d.option]!,
      distanceKm: roughly(rng, rng.int(...d.km)),
      presenceNeeded: presence![p]!,
    };
    // presence: 0 every day, 1 some days, 2 could work from anywhere, 3 don't know
    if (rng.chance(0.95))
      a.commuteDays =
        days![
          pickIndex(
            rng,
            [
              [0, 0, 0, 1, 2, 7],
              [0, 1, 2, 3, 3, 2],
              [1, 2, 3, 2, 1, 1],
              [0, 0, 1, 1, 2, 5],
            ][p]!,
          )
        ]!;
    if (rng.chance(0.95)) a.travelTime = time![pickIndex(rng, d.time)]!;
    if (p === 2 && selfEmployed > 0) {
      a.remoteAllowed = allowed![3]!;
      selfEmployed--;
    } else if (rng.chance(0.93)) {
      // yes, partly, no, (self-employed), don't know
      a.remoteAllowed =
        allowed![
          pickIndex(
            rng,
            [
              [1, 3, 6, 0, 1],
              [3, 6, 1, 0, 1],
              [6, 3, 0, 0, 0],
              [1, 1, 1, 0, 3],
            ][p]!,
          )
        ]!;
    }
    const interest =
      1 +
      pickIndex(
        rng,
        [
          [5, 3, 2, 1, 0],
          [1, 2, 4, 4, 2],
          [0, 1, 2, 4, 5],
          [2, 3, 3, 1, 0],
        ][p]!,
      );
    a.interest = interest;
    if (rng.chance(0.9))
      a.coworkDays =
        coworkDays![
          pickIndex(
            rng,
            [
              [6, 3, 1, 0, 0],
              [1, 5, 3, 1, 0],
              [0, 2, 5, 3, 1],
              [0, 1, 3, 4, 2],
              [0, 0, 2, 4, 4],
            ][interest - 1]!,
          )
        ]!;
    if (rng.chance(0.8)) a.wtpPerDay = price(rng, interest);
    if (rng.chance(0.85)) a.needs = several(rng, needs!, plan.needs);
    if (rng.chance(plan.commentShare)) a.comments = comment();
    return a;
  });
}

/** What someone with this interest (1–5) would pay a day. */
export function price(rng: Rng, interest: number): number {
  const weights =
    interest <= 2
      ? [6, 1, 3, 1, 1, 0, 0, 0, 0]
      : interest === 3
        ? [2, 1, 4, 2, 3, 1, 1, 0, 0]
        : [1, 0, 2, 3, 5, 2, 3, 1, 1];
  return PRICES[pickIndex(rng, weights)]!;
}

export interface Commute {
  /** Round trip, km. */
  km: [number, number];
  weight: number;
}

export interface PostVisitPlan {
  /** Counts of the `otherwise` options in their order (car, train, bike, home, elsewhere, not worked). */
  otherwise: number[];
  /** Where the car and train commuters would have gone. */
  commutes: Commute[];
  /** Counts of satisfaction 1..5. */
  satisfaction: [number, number, number, number, number];
  /** Weights of PRICES (0, 3, 5, 8, 10, 12, 15, 20, 25 €). */
  prices: number[];
  improvements: readonly string[];
  improvementShare: number;
}

/** Post-visit answers: `sum(otherwise)` respondents. */
export function postVisitAnswers(rng: Rng, t: SurveyTemplate, plan: PostVisitPlan): DemoAnswers[] {
  const otherwise = optionsOf(t.questions, 'otherwise');
  const ways = deck(
    rng,
    plan.otherwise.map((n, i) => [i, n] as const),
  );
  const scores = deck(
    rng,
    plan.satisfaction.map((n, i) => [i + 1, n] as const),
  );
  const improvement = textPool(rng, plan.improvements);
  return ways.map((way, i) => {
    const commute =
      plan.commutes[
        pickIndex(
          rng,
          plan.commutes.map((c) => c.weight),
        )
      ]!;
    // by car or train: the whole round trip; by bike, from home or elsewhere: little or nothing
    const km = way <= 1 ? rng.int(...commute.km) : way === 2 || way === 4 ? rng.int(0, 3) * 5 : 0;
    const a: DemoAnswers = {
      otherwise: otherwise[way]!,
      kmAvoided: way <= 1 ? roughly(rng, km) : km,
      satisfaction: scores[i]!,
    };
    if (rng.chance(0.9)) a.wtpPerDay = PRICES[pickIndex(rng, plan.prices)]!;
    if (rng.chance(plan.improvementShare)) a.improvements = improvement();
    return a;
  });
}

export interface InterestPlan {
  /** Counts of interest 1..5. */
  interest: [number, number, number, number, number];
  /** Weights of the deskWork options by interest (index 0 = interest 1). */
  deskWork: number[][];
  /** Chance of each weekday Monday..Sunday for someone who would come. */
  days: number[];
  needs: number[];
  comments: readonly string[];
  commentShare: number;
}

/** Interest answers: `sum(interest)` respondents. */
export function interestAnswers(rng: Rng, t: SurveyTemplate, plan: InterestPlan): DemoAnswers[] {
  const q = t.questions;
  const [deskWork, days, needs] = ['deskWork', 'days', 'needs'].map((id) => optionsOf(q, id));
  const scores = deck(
    rng,
    plan.interest.map((n, i) => [i + 1, n] as const),
  );
  const comment = textPool(rng, plan.comments);
  return scores.map((interest) => {
    const a: DemoAnswers = { deskWork: deskWork![pickIndex(rng, plan.deskWork[interest - 1]!)]!, interest };
    // those not interested mostly skip the questions about how they would use it
    const engaged = interest >= 3 || rng.chance(0.2);
    if (engaged) a.days = several(rng, days!, plan.days);
    if (engaged && rng.chance(0.8)) a.needs = several(rng, needs!, plan.needs);
    if (rng.chance(interest >= 3 ? 0.85 : 0.5)) a.wtpPerDay = price(rng, interest);
    if (rng.chance(plan.commentShare)) a.comments = comment();
    return a;
  });
}
