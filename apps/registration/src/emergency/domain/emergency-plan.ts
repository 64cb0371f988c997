import { toUkE164 } from '../../shared/domain/uk-phone-number';
import { InvalidEmergencyPlanError } from './emergency-plan.errors';

export interface EmergencyContact {
  name: string;
  relationship: string;
  phone: string;
  consentGiven: boolean;
}

export interface CaredForNeeds {
  routine: string;
  medicationNotes?: string;
  access?: string;
}

export const REVIEW_AFTER_MONTHS = 6;

/**
 * A carer's emergency plan (the carers emergency response plan): who to call and what the person cared
 * for needs if the carer is suddenly unable to care, kept for 48-72 hours of contingency. Its card is an
 * `EmergencyCard`: the plan never holds the card's number.
 */
export class EmergencyPlan {
  private constructor(
    readonly id: string,
    readonly tenantId: string,
    readonly carerId: string,
    readonly contacts: EmergencyContact[],
    readonly needs: CaredForNeeds,
    readonly contingencyHours: number,
    readonly createdOn: string,
    readonly reviewDueOn: string,
    readonly version: number,
  ) {}

  static create(
    input: {
      id: string;
      tenantId: string;
      carerId: string;
      contacts: EmergencyContact[];
      needs: CaredForNeeds;
      contingencyHours?: number;
    },
    today: string,
  ): EmergencyPlan {
    if (input.contacts.length < 2 || input.contacts.length > 3)
      throw new InvalidEmergencyPlanError('an emergency plan needs two or three emergency contacts');
    const contacts = input.contacts.map((c, i) => {
      if (!c.consentGiven) throw new InvalidEmergencyPlanError(`contacts[${i}] has not consented to be an emergency contact`);
      const phone = toUkE164(c.phone);
      if (!phone) throw new InvalidEmergencyPlanError(`contacts[${i}].phone is not a UK telephone number`);
      return { ...c, phone };
    });
    if (new Set(contacts.map((c) => c.phone)).size !== contacts.length)
      throw new InvalidEmergencyPlanError('each emergency contact needs a different telephone number');
    if (!input.needs.routine?.trim()) throw new InvalidEmergencyPlanError('the plan must say what the person cared for needs day to day');
    const hours = input.contingencyHours ?? 72;
    if (hours < 48 || hours > 72) throw new InvalidEmergencyPlanError('contingency must cover between 48 and 72 hours');
    return new EmergencyPlan(
      input.id,
      input.tenantId,
      input.carerId,
      contacts,
      input.needs,
      hours,
      today,
      addMonths(today, REVIEW_AFTER_MONTHS),
      1,
    );
  }

  static restore(fields: Omit<EmergencyPlan, 'minimalView' | 'isReviewDue'>): EmergencyPlan {
    return new EmergencyPlan(
      fields.id,
      fields.tenantId,
      fields.carerId,
      fields.contacts,
      fields.needs,
      fields.contingencyHours,
      fields.createdOn,
      fields.reviewDueOn,
      fields.version,
    );
  }

  /** What an emergency responder sees: the contacts and the cared-for person's needs, nothing else. */
  minimalView() {
    return {
      contacts: this.contacts.map(({ name, relationship, phone }) => ({ name, relationship, phone })),
      needs: this.needs,
      contingencyHours: this.contingencyHours,
    };
  }

  isReviewDue(today: string): boolean {
    return today >= this.reviewDueOn;
  }
}

export function addMonths(isoDate: string, months: number): string {
  const [y, m, d] = isoDate.split('-').map(Number);
  const target = new Date(Date.UTC(y, m - 1 + months, 1));
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(d, lastDay));
  return target.toISOString().slice(0, 10);
}
