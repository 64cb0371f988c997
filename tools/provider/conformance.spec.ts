import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Topics } from '@carers/contracts';
import { checkLines, checkMessage, describeVerdict } from './conformance';

const VALE = { providerId: 'vale-family-support' };
const sample = readFileSync(join(__dirname, '../../docs/providers/examples/messages.jsonl'), 'utf8');

describe('the provider conformance kit (npm run provider:check)', () => {
  it('judges the documented sample as the inbound path will, with the reason and what to do', () => {
    const verdicts = checkLines(sample, VALE);
    expect(verdicts.map((v) => (v.accepted ? 'accepted' : v.reason))).toEqual([
      'accepted',
      'accepted',
      'schema-invalid',
      'wrong-sender',
      'schema-invalid',
      'malformed-json',
    ]);
    const [, , unknownField, , badDates] = verdicts.map(describeVerdict);
    expect(unknownField).toMatch(/data\.groupLeader: is not a field of this event/);
    expect(unknownField).toMatch(/what to do: Fix the field named/);
    expect(badDates).toMatch(/tenantid: must be a council GSS code/);
    expect(badDates).toMatch(/data\.contactedOn/);
  });

  it("refuses a type on the wrong topic and the platform's own events", () => {
    const [line] = sample.split('\n');
    expect(checkMessage(line, 1, VALE, Topics.providerMonthlyReturn)).toMatchObject({ accepted: false, reason: 'wrong-topic' });
    const own = JSON.stringify({ ...JSON.parse(line), type: 'performance.kpi.measured' });
    expect(checkMessage(own, 1, VALE)).toMatchObject({ accepted: false, reason: 'wrong-topic' });
  });

  it('judges a message by the provider that sends it (ADR 0014): another provider sending it is wrong-sender; another council, wrong-tenant', () => {
    const [line] = sample.split('\n');
    expect(checkMessage(line, 1, VALE)).toMatchObject({
      accepted: true,
      type: 'provider.assessment.contacted on provider.assessment-activity.v1.vale-family-support',
    });
    expect(checkMessage(line, 1, { providerId: 'downs-carers-trust' })).toMatchObject({
      accepted: false,
      reason: 'wrong-sender',
      detail: expect.stringMatching(/came on downs-carers-trust's topic/),
    });
    expect(checkMessage(line, 1, { ...VALE, councils: ['E06000019'] })).toMatchObject({
      accepted: false,
      reason: 'wrong-tenant',
      detail: expect.stringMatching(/no contract with council E06000054/),
    });
    expect(checkMessage(line, 1, { ...VALE, councils: ['E06000054'] })).toMatchObject({ accepted: true });
  });

  it('refuses the message that once stopped a consumer, as too deep', () => {
    const deep = sample.split('\n')[1].replace('"responses": 1', `"responses": 1, "x": ${'{"a":'.repeat(5000)}1${'}'.repeat(5000)}`);
    expect(checkMessage(deep, 1, VALE)).toMatchObject({ accepted: false, reason: 'too-deep' });
  });
});
