/**
 * Demand evidence (shared/src/surveys.ts, DemandEvidence): a space's survey answers joined with its
 * visits. Pure: the answers and the visits per month come in, the figures go out.
 *
 * - commute avoided: the mean of the kilometres people say a visit saved (there and back), times
 *   the visits of each month; CO₂ at CO2_KG_PER_KM. A mean over everyone is used, not each person's
 *   own visits: the answers are anonymous and cannot be tied to bookings (by design).
 * - satisfaction: counts of "1" … "5", each folded when 1 or 2 people chose it, and the mean.
 * - willingness to pay: the median, counts in bands of euros, and a simulation: at each price P the
 *   share of respondents who would pay at least P, applied to the visits of the range.
 * Everything resting on fewer than SURVEY_FOLD_BELOW answers is null (it could single people out).
 */
import {
  CO2_KG_PER_KM,
  SURVEY_FOLD_BELOW,
  SURVEY_PRICE_MAX,
  type DemandEvidence,
  type Question,
  type QuestionMeasure,
} from '@popdesk/shared';
import { coarsenPrices, foldExclusive } from './folding.js';

export interface MeasuredSurvey {
  id: string;
  questions: Question[];
}

export interface DemandInput {
  spaceId: string;
  from: string;
  to: string;
  /** the space's surveys with a measured question, newest first (the order of `surveyIds`) */
  surveys: MeasuredSurvey[];
  /** responses submitted in the range, of those surveys */
  responses: { surveyId: string; answers: unknown }[];
  /** counting desk bookings per month (`YYYY-MM`); months without any may be left out */
  visits: ReadonlyMap<string, number>;
}

/** Bands of euros a day for the willingness to pay; a few cents more than nothing are "1–4". */
const PRICE_BANDS = ['0', '1–4', '5–9', '10–14', '15–19', '20+'] as const;
const priceBand = (euros: number) => (euros <= 0 ? '0' : PRICE_BANDS[Math.min(1 + Math.floor(euros / 5), 5)]!);
const SCALE_POINTS = ['1', '2', '3', '4', '5'];

/** Rounded to `digits` decimals, after removing floating-point noise (150 × 0.15 is 22.5, not 22.4). */
export function round(value: number, digits: number): number {
  const f = 10 ** digits;
  return Math.round(Number((value * f).toPrecision(12))) / f;
}

/** The months `from` … `to` (`YYYY-MM`), inclusive. */
export function monthsOf(from: string, to: string): string[] {
  const index = (m: string) => Number(m.slice(0, 4)) * 12 + Number(m.slice(5, 7)) - 1;
  const out: string[] = [];
  for (let i = index(from); i <= index(to); i++) {
    out.push(`${String(Math.floor(i / 12)).padStart(4, '0')}-${String((i % 12) + 1).padStart(2, '0')}`);
  }
  return out;
}

const enough = (n: number) => n >= SURVEY_FOLD_BELOW;
const mean = (xs: readonly number[]) => xs.reduce((a, x) => a + x, 0) / xs.length;

export function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 === 1 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

/** The numbers given for each measure (a skipped or blank answer gives none). */
export function measuredAnswers(
  surveys: readonly MeasuredSurvey[],
  responses: DemandInput['responses'],
): Record<QuestionMeasure, number[]> {
  const values: Record<QuestionMeasure, number[]> = { commuteKmAvoided: [], satisfaction: [], willingnessToPay: [] };
  const measured = new Map(surveys.map((s) => [s.id, s.questions.filter((q) => q.measure)]));
  for (const r of responses) {
    const answers = (r.answers ?? {}) as Record<string, unknown>;
    for (const q of measured.get(r.surveyId) ?? []) {
      const v = answers[q.id];
      if (typeof v !== 'number' || !Number.isFinite(v)) continue;
      if (q.measure === 'satisfaction' && !(Number.isInteger(v) && v >= 1 && v <= 5)) continue;
      values[q.measure!].push(v);
    }
  }
  return values;
}

function commute(kms: readonly number[], months: readonly string[], visits: ReadonlyMap<string, number>) {
  const n = kms.length;
  const perVisit = enough(n) ? mean(kms) : null;
  const total = months.reduce((a, m) => a + (visits.get(m) ?? 0), 0);
  return {
    n,
    meanKmPerVisit: perVisit === null ? null : round(perVisit, 1),
    totalKm: perVisit === null ? null : round(perVisit * total, 1),
    totalCo2Kg: perVisit === null ? null : round(perVisit * total * CO2_KG_PER_KM, 1),
    months: months.map((month) => {
      const v = visits.get(month) ?? 0;
      return {
        month,
        visits: v,
        km: perVisit === null ? null : round(perVisit * v, 1),
        co2Kg: perVisit === null ? null : round(perVisit * v * CO2_KG_PER_KM, 1),
      };
    }),
  };
}

function satisfaction(points: readonly number[]) {
  return {
    n: points.length,
    mean: enough(points.length) ? round(mean(points), 2) : null,
    counts: foldExclusive(SCALE_POINTS.map((p) => ({ option: p, n: points.filter((x) => x === Number(p)).length }))),
  };
}

function willingnessToPay(euros: readonly number[], visits: number) {
  const n = euros.length;
  const known = enough(n);
  const simulation = [];
  // steps of at least three people, so that no single answer shows in the curve (folding.ts)
  const coarse = coarsenPrices(euros);
  for (let price = 0; price <= SURVEY_PRICE_MAX; price++) {
    // the exact share is carried through; only what is shown is rounded
    const share = known ? coarse.filter((e) => e >= price).length / n : null;
    simulation.push({
      price,
      share: share === null ? null : round(share, 3),
      paidVisits: share === null ? null : round(share * visits, 1),
      revenue: share === null ? null : round(share * visits * price, 2),
    });
  }
  return {
    n,
    median: known ? round(median(euros), 2) : null,
    counts: foldExclusive(
      PRICE_BANDS.map((band) => ({ option: band, n: euros.filter((e) => priceBand(e) === band).length })),
    ),
    simulation,
  };
}

export function demandEvidence(input: DemandInput): DemandEvidence {
  const months = monthsOf(input.from, input.to);
  const values = measuredAnswers(input.surveys, input.responses);
  const visits = months.reduce((a, m) => a + (input.visits.get(m) ?? 0), 0);
  return {
    spaceId: input.spaceId,
    from: input.from,
    to: input.to,
    // every survey that measures something, answered in the range or not: an empty list means
    // "no survey yet", not "no answers these months"
    surveyIds: input.surveys.map((s) => s.id),
    visits,
    co2KgPerKm: CO2_KG_PER_KM,
    commute: commute(values.commuteKmAvoided, months, input.visits),
    satisfaction: satisfaction(values.satisfaction),
    willingnessToPay: willingnessToPay(values.willingnessToPay, visits),
  };
}
