import { definitionProblems, KpiDefinition } from './kpi-definition';
import { STARTER_CATALOGUE } from './starter-catalogue';

const base = STARTER_CATALOGUE[0];

describe('KPI definitions', () => {
  it('accepts the starter catalogue', () => {
    expect(STARTER_CATALOGUE.flatMap(definitionProblems)).toEqual([]);
  });
  it('refuses a floor above the target for a higher-is-better KPI, and the reverse', () => {
    expect(definitionProblems({ ...base, floor: 95 })).toEqual([
      { field: 'floor', reason: 'for a higher-is-better KPI the floor cannot be above the target' },
    ]);
    expect(definitionProblems({ ...STARTER_CATALOGUE[6], floor: 10 })).toEqual([
      { field: 'floor', reason: 'for a lower-is-better KPI the floor cannot be below the target' },
    ]);
  });
  it('refuses an unknown formula kind, or a measure the formula cannot take', () => {
    expect(definitionProblems({ ...base, formula: 'vibes' } as unknown as KpiDefinition)[0]).toMatchObject({
      field: 'formula',
      reason: expect.stringContaining('"vibes" is not one of'),
    });
    expect(definitionProblems({ ...base, measure: 'waiting-list-size' })[0]).toMatchObject({
      field: 'measure',
      reason: expect.stringContaining('a proportion-within KPI measures one of'),
    });
  });
  it('needs the days for a timeliness KPI and a sane breach rule', () => {
    expect(definitionProblems({ ...base, withinDays: undefined })).toContainEqual({
      field: 'withinDays',
      reason: 'a timeliness KPI needs the number of days that counts as on time',
    });
    expect(definitionProblems({ ...base, breachRule: { kind: 'in-last', count: 4, months: 3 } })).toContainEqual({
      field: 'breachRule',
      reason: 'count cannot exceed months',
    });
  });
});
