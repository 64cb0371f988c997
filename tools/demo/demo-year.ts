import { CarerKind } from '@carers/contracts';

/** A consortium member and how its timeliness drifts over the year (0 = keeps to time all year). */
export interface Member {
  providerId: string;
  name: string;
  /** Its role in the consortium: the lead holds the council's contract, members answer to it. */
  role: 'lead' | 'member';
  /** From this month of the year (0-based) the member starts to fall behind, a little more each month. */
  fallsBehindFrom?: number;
}

/** What happens to one carer over the year, as days after the start of the year. */
export interface CarerStory {
  index: number;
  kind: CarerKind;
  providerId: string;
  registeredDay: number;
  gpConsent: boolean;
  emergencyPlan: boolean;
  /** The whole-family check finds a child caring too (Assessment Regs reg 4(3)): a young carer identified. */
  childFoundCaring: boolean;
  /** Days after the request: first contact, assessment commenced, completed, support plan agreed. */
  contactAfter: number;
  commenceAfter: number;
  completeAfter: number;
  planAfter: number;
  wellbeingImproves: boolean;
}

/** The consortium Wiltshire commissions (Carers Together, live since April 2024), as the services' seeds know it. */
export const WILTSHIRE_CONSORTIUM_ID = 'carers-together-consortium';

export const WILTSHIRE_CONSORTIUM: Member[] = [
  { providerId: 'carers-together', name: 'Carers Together (lead)', role: 'lead' },
  { providerId: 'downs-carers-trust', name: 'Downs Carers Trust', role: 'member' },
  { providerId: 'vale-family-support', name: 'Vale Family Support', role: 'member', fallsBehindFrom: 3 },
];

/** Mulberry32: the same seed plays the same year. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * A year of carers for a consortium: registrations spread over the year (adult, young and parent carers in a
 * realistic mix), each assessed by its member on time, except a member that falls behind on assessments commenced
 * within 14 days, more each month from the month given.
 */
export function planYear(carers: number, members: Member[] = WILTSHIRE_CONSORTIUM, days = 365, seed = 2024): CarerStory[] {
  const next = random(seed);
  const between = (lo: number, hi: number) => lo + Math.floor(next() * (hi - lo + 1));
  return Array.from({ length: carers }, (_, index) => {
    const registeredDay = Math.floor((index / carers) * days);
    const member = members[index % members.length];
    const roll = next();
    const kind: CarerKind = roll < 0.7 ? 'adult' : roll < 0.85 ? 'young' : 'parent';
    const month = Math.floor(registeredDay / (days / 12));
    const behind = member.fallsBehindFrom !== undefined && month >= member.fallsBehindFrom;
    const lateShare = behind ? Math.min(0.6, 0.12 * (month - member.fallsBehindFrom! + 1)) : 0.03;
    const contactAfter = between(1, behind ? 12 : 8);
    const commenceAfter = next() < lateShare ? between(16, 30) : between(Math.max(contactAfter, 3), 13);
    const completeAfter = commenceAfter + between(3, 10);
    return {
      index,
      kind,
      providerId: member.providerId,
      registeredDay,
      gpConsent: next() < 0.85,
      emergencyPlan: next() < 0.5,
      childFoundCaring: kind !== 'young' && next() < 0.3,
      contactAfter: Math.min(contactAfter, commenceAfter),
      commenceAfter,
      completeAfter,
      planAfter: completeAfter + between(1, 6),
      wellbeingImproves: next() < 0.65,
    };
  });
}
