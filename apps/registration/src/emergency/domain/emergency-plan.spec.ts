import { randomBytes } from 'node:crypto';
import { CARD_NUMBER, newCardNumber } from './card-number';
import { cardToRevoke } from './emergency-card';
import { addMonths, EmergencyPlan } from './emergency-plan';

const contacts = [
  { name: 'Jo Neighbour', relationship: 'neighbour', phone: '07700 900123', consentGiven: true },
  { name: 'Sam Sibling', relationship: 'brother', phone: '01432 260000', consentGiven: true },
];
const base = {
  id: 'p-1',
  tenantId: 'E06000019',
  carerId: 'c-1',
  contacts,
  needs: { routine: 'Needs help to get up at 8am', medicationNotes: 'Insulin at 8am and 6pm', access: 'Key safe by the back door' },
};

describe('EmergencyPlan.create', () => {
  it('normalises contact numbers and sets the review six months on', () => {
    const plan = EmergencyPlan.create(base, '2026-08-31');
    expect(plan.contacts.map((c) => c.phone)).toEqual(['+447700900123', '+441432260000']);
    expect(plan.reviewDueOn).toBe('2027-02-28');
    expect(plan.contingencyHours).toBe(72);
    expect(plan.isReviewDue('2027-02-27')).toBe(false);
    expect(plan.isReviewDue('2027-02-28')).toBe(true);
  });

  it('needs two or three consenting contacts with distinct UK numbers', () => {
    expect(() => EmergencyPlan.create({ ...base, contacts: contacts.slice(0, 1) }, '2026-01-01')).toThrow(/two or three/);
    expect(() => EmergencyPlan.create({ ...base, contacts: [...contacts, contacts[0], contacts[1]] }, '2026-01-01')).toThrow(
      /two or three/,
    );
    expect(() => EmergencyPlan.create({ ...base, contacts: [contacts[0], { ...contacts[1], consentGiven: false }] }, '2026-01-01')).toThrow(
      /contacts\[1\] has not consented/,
    );
    expect(() => EmergencyPlan.create({ ...base, contacts: [contacts[0], { ...contacts[1], phone: '12345' }] }, '2026-01-01')).toThrow(
      /contacts\[1\]\.phone/,
    );
    expect(() =>
      EmergencyPlan.create({ ...base, contacts: [contacts[0], { ...contacts[1], phone: '+44 7700 900123' }] }, '2026-01-01'),
    ).toThrow(/different telephone/);
  });

  it('needs the daily routine and a contingency of 48 to 72 hours', () => {
    expect(() => EmergencyPlan.create({ ...base, needs: { routine: ' ' } }, '2026-01-01')).toThrow(/day to day/);
    expect(() => EmergencyPlan.create({ ...base, contingencyHours: 24 }, '2026-01-01')).toThrow(/48 and 72/);
    expect(EmergencyPlan.create({ ...base, contingencyHours: 48 }, '2026-01-01').contingencyHours).toBe(48);
  });

  it('shows a responder only the contacts and the needs', () => {
    const view = EmergencyPlan.create(base, '2026-01-01').minimalView();
    expect(Object.keys(view).sort()).toEqual(['contacts', 'contingencyHours', 'needs']);
    expect(view.contacts[0]).toEqual({ name: 'Jo Neighbour', relationship: 'neighbour', phone: '+447700900123' });
  });
});

describe('card numbers', () => {
  it('are well formed and do not repeat', () => {
    const numbers = Array.from({ length: 2000 }, () => newCardNumber(randomBytes));
    expect(numbers.every((n) => CARD_NUMBER.test(n))).toBe(true);
    expect(new Set(numbers).size).toBe(numbers.length);
  });
});

describe('revoking a card', () => {
  const card = { id: 'k-1', planId: 'p-1', issuedAt: '2026-01-01T09:00:00.000Z' };
  it('needs the card in use; a revoked or missing one is a state the officer must reissue from', () => {
    expect(cardToRevoke('c-1', card)).toBe(card);
    expect(() => cardToRevoke('c-1', { ...card, revokedAt: '2026-02-01T09:00:00.000Z' })).toThrow(/already revoked/);
    expect(() => cardToRevoke('c-1', undefined)).toThrow(/already revoked/);
  });
});

describe('addMonths', () => {
  it('keeps the day, or the month end when the month is shorter', () => {
    expect(addMonths('2026-05-15', 6)).toBe('2026-11-15');
    expect(addMonths('2026-08-31', 6)).toBe('2027-02-28');
    expect(addMonths('2027-08-31', 6)).toBe('2028-02-29');
  });
});
