import { AssessmentType, CloseReason, ReferralRoute } from '@carers/contracts';
import { IllegalTransitionError, IncompleteAssessmentError, InvalidAssessmentError, NotDelegatedError } from './assessment.errors';
import { Determination, determineEligibility, EligibilityFindings, InvalidFindingsError } from './eligibility';
import { missingContent, unknownContent } from './required-content';

export type AssessmentStatus = 'requested' | 'contacted' | 'commenced' | 'completed' | 'refused' | 'closed';

export interface AssessmentFacts {
  id: string;
  tenantId: string;
  carerId: string;
  type: AssessmentType;
  route: ReferralRoute;
  fastTrack: boolean;
  providerId?: string;
  requestedOn: string;
  contactedOn?: string;
  commencedOn?: string;
  completedOn?: string;
  refusedOn?: string;
  /** Closed before it ended, because the carer left the register or was merged (issue 19). */
  closedOn?: string;
  closeReason?: CloseReason;
  method?: string;
  /** What the assessment found, in words, by required-content item; stays in this service. */
  content: Record<string, string>;
  covered: string[];
  determination?: Determination;
  childInvolvedInCaring: boolean;
  version: number;
}

/** The milestones a change newly recorded, so the caller announces each once. */
export type Milestone = 'contacted' | 'commenced' | 'completed' | 'refused' | 'closed';

const MILESTONES: Milestone[] = ['contacted', 'commenced', 'completed', 'refused', 'closed'];

/** The milestones `after` has reached that `before` had not, in the order they happen. */
export function milestonesBetween(before: Assessment, after: Assessment): Milestone[] {
  return MILESTONES.filter((m) => !milestoneOf(before, m) && milestoneOf(after, m));
}

function milestoneOf(a: Assessment, m: Milestone): string | undefined {
  const f = a.facts;
  if (m === 'closed') return f.closedOn;
  return m === 'contacted' ? f.contactedOn : m === 'commenced' ? f.commencedOn : m === 'completed' ? f.completedOn : f.refusedOn;
}

export interface Completion {
  on: string;
  method: string;
  content?: Record<string, string>;
  covered?: string[];
  eligibility?: EligibilityFindings;
  childInvolvedInCaring?: boolean;
}

const earliest = (...days: (string | undefined)[]): string | undefined => days.filter((d) => d).sort()[0];
/** Whether a reported day comes before the one recorded (or none is). */
const isEarlier = (day: string, recorded?: string): boolean => !recorded || day < recorded;

/** Which assessments end with an Eligibility Regulations reg 3 determination. */
const DETERMINES_ELIGIBILITY: AssessmentType[] = ['carer'];

/**
 * A request for a statutory assessment and the assessment itself. Over HTTP each step must follow the one
 * before; provider systems' events carry the earlier steps' dates and are applied in any order, a later fact
 * never undone by an earlier one arriving late.
 */
export class Assessment {
  private constructor(readonly facts: AssessmentFacts) {}

  static request(f: Omit<AssessmentFacts, 'content' | 'covered' | 'childInvolvedInCaring' | 'version'>, today: string): Assessment {
    if (f.requestedOn > today) throw new InvalidAssessmentError('requestedOn cannot be in the future');
    return new Assessment({ ...f, content: {}, covered: [], childInvolvedInCaring: false, version: 1 });
  }

  static restore(facts: AssessmentFacts): Assessment {
    return new Assessment(facts);
  }

  get status(): AssessmentStatus {
    const f = this.facts;
    if (f.refusedOn) return 'refused';
    if (f.completedOn) return 'completed';
    if (f.closedOn) return 'closed';
    if (f.commencedOn) return 'commenced';
    if (f.contactedOn) return 'contacted';
    return 'requested';
  }

  /** Not yet ended: neither completed, refused nor closed. */
  get isOpen(): boolean {
    return !['completed', 'refused', 'closed'].includes(this.status);
  }

  mustBeDelegatedTo(providerId: string): void {
    if (this.facts.providerId !== providerId) throw new NotDelegatedError(providerId);
  }

  contact(on: string, today: string): Assessment {
    this.mustBeOpen('contacted');
    if (this.facts.contactedOn) throw new IllegalTransitionError(`the carer was already contacted on ${this.facts.contactedOn}`);
    if (this.facts.commencedOn) throw new IllegalTransitionError('the assessment has already commenced');
    return this.with({ contactedOn: this.day(on, 'contactedOn', this.facts.requestedOn, today) });
  }

  commence(on: string, today: string): Assessment {
    this.mustBeOpen('commenced');
    if (this.facts.commencedOn) throw new IllegalTransitionError(`the assessment already commenced on ${this.facts.commencedOn}`);
    const commencedOn = this.day(on, 'commencedOn', this.facts.contactedOn ?? this.facts.requestedOn, today);
    return this.with({ commencedOn, contactedOn: this.facts.contactedOn ?? commencedOn });
  }

  complete(c: Completion, today: string): Assessment {
    this.mustNotBeClosed();
    if (this.status === 'refused') throw new IllegalTransitionError('the carer refused this assessment');
    if (this.facts.completedOn) throw new IllegalTransitionError(`the assessment was already completed on ${this.facts.completedOn}`);
    if (!this.facts.commencedOn) throw new IllegalTransitionError('an assessment that never commenced cannot be completed');
    return this.withCompletion(c, today);
  }

  /**
   * Closes a request still open when its carer leaves the register or is merged into another record, so it stops
   * waiting and its clocks stop (issue 19). An assessment already ended stays as it is: undefined.
   */
  close(on: string, reason: CloseReason): Assessment | undefined {
    if (!this.isOpen) return undefined;
    return this.with({ closedOn: on < this.facts.requestedOn ? this.facts.requestedOn : on, closeReason: reason });
  }

  refuse(on: string, today: string): Assessment {
    this.mustNotBeClosed();
    if (this.facts.completedOn) throw new IllegalTransitionError('a completed assessment cannot be refused');
    if (this.facts.refusedOn) throw new IllegalTransitionError(`the carer already refused on ${this.facts.refusedOn}`);
    return this.with({ refusedOn: this.day(on, 'refusedOn', this.facts.requestedOn, today) });
  }

  /**
   * Records what a provider system reports, in any order, with the same result whatever the order (issue 19): the
   * earliest contact and commencement reported win, as a commencement is a contact at the latest; a completion is
   * recorded once. Returns the milestones it newly recorded or moved earlier, to be announced again.
   */
  applyProviderFacts(
    r: { contactedOn?: string; commencedOn?: string; completion?: Completion },
    today: string,
  ): { assessment: Assessment; milestones: Milestone[] } {
    if (this.status === 'refused') throw new IllegalTransitionError('the carer refused this assessment');
    this.mustNotBeClosed();
    let next = Assessment.restore(this.facts);
    const milestones: Milestone[] = [];
    const contactedOn = earliest(r.contactedOn, r.commencedOn);
    if (contactedOn && isEarlier(contactedOn, next.facts.contactedOn)) {
      next = next.with({ contactedOn: next.day(contactedOn, 'contactedOn', next.facts.requestedOn, today) });
      milestones.push('contacted');
    }
    if (r.commencedOn && isEarlier(r.commencedOn, next.facts.commencedOn)) {
      next = next.with({ commencedOn: next.day(r.commencedOn, 'commencedOn', next.facts.requestedOn, today) });
      milestones.push('commenced');
    }
    if (r.completion && !next.facts.completedOn) {
      next = next.withCompletion(r.completion, today);
      milestones.push('completed');
    }
    return { assessment: milestones.length ? next : this, milestones };
  }

  private withCompletion(c: Completion, today: string): Assessment {
    const completedOn = this.day(c.on, 'completedOn', this.facts.commencedOn!, today);
    const content = c.content ?? {};
    const covered = c.covered ?? Object.keys(content).filter((k) => content[k]?.trim());
    const unknown = unknownContent(this.facts.type, covered);
    if (unknown.length) throw new InvalidAssessmentError(`not part of a ${this.facts.type} assessment: ${unknown.join(', ')}`);
    const missing = missingContent(this.facts.type, covered);
    if (missing.length) throw new IncompleteAssessmentError(missing);
    let determination: Determination | undefined;
    if (DETERMINES_ELIGIBILITY.includes(this.facts.type)) {
      if (!c.eligibility) throw new IncompleteAssessmentError(['eligibility (Eligibility Regulations 2015 reg 3 findings)']);
      try {
        determination = determineEligibility(c.eligibility);
      } catch (error) {
        if (error instanceof InvalidFindingsError) throw new InvalidAssessmentError(error.message);
        throw error;
      }
    }
    return this.with({
      completedOn,
      method: c.method,
      content,
      covered,
      determination,
      childInvolvedInCaring: c.childInvolvedInCaring ?? false,
    });
  }

  private mustNotBeClosed(): void {
    if (this.facts.closedOn)
      throw new IllegalTransitionError(
        `the request was closed on ${this.facts.closedOn}: ${this.facts.closeReason === 'merged' ? 'its carer was merged into another record' : `its carer left the register (${this.facts.closeReason})`}`,
      );
  }

  private mustBeOpen(step: string): void {
    this.mustNotBeClosed();
    if (this.status === 'refused') throw new IllegalTransitionError(`a refused assessment cannot be ${step}`);
    if (this.status === 'completed') throw new IllegalTransitionError(`a completed assessment cannot be ${step}`);
  }

  private day(on: string, field: string, notBefore: string, today: string): string {
    if (on > today) throw new InvalidAssessmentError(`${field} cannot be in the future`);
    if (on < notBefore) throw new InvalidAssessmentError(`${field} (${on}) is before the step it follows (${notBefore})`);
    return on;
  }

  private with(changes: Partial<AssessmentFacts>): Assessment {
    return new Assessment({ ...this.facts, ...changes, version: this.facts.version + 1 });
  }
}
