import { CaringRelationship } from './caring-relationship';

const started = CaringRelationship.start('r', 'c', 'p', 'parent', '2024-01-10', '2026-11-22');

describe('a caring relationship', () => {
  it('ends on a day between its start and today', () => {
    expect(started.end('2026-03-01', '2026-11-22').endedOn).toBe('2026-03-01');
  });
  it('cannot end before it started, in the future, or twice', () => {
    expect(() => started.end('2023-12-31', '2026-11-22')).toThrow('before the relationship started');
    expect(() => started.end('2026-12-01', '2026-11-22')).toThrow('future');
    expect(() => started.end('2026-03-01', '2026-11-22').end('2026-04-01', '2026-11-22')).toThrow('already ended on 2026-03-01');
  });
  it('cannot start in the future', () => {
    expect(() => CaringRelationship.start('r', 'c', 'p', 'parent', '2027-01-01', '2026-11-22')).toThrow('future');
  });
});
