import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Topics } from '@carers/contracts';
import { checkLines, checkMessage, describeVerdict } from './conformance';

const sample = readFileSync(join(__dirname, '../../docs/providers/examples/messages.jsonl'), 'utf8');

describe('the provider conformance kit (npm run provider:check)', () => {
  it('judges the documented sample as the inbound path will, with the reason and what to do', () => {
    const verdicts = checkLines(sample);
    expect(verdicts.map((v) => (v.accepted ? 'accepted' : v.reason))).toEqual(['accepted', 'accepted', 'schema-invalid', 'wrong-sender', 'schema-invalid', 'malformed-json']);
    const [, , unknownField, , badDates] = verdicts.map(describeVerdict);
    expect(unknownField).toMatch(/data\.groupLeader: is not a field of this event/);
    expect(unknownField).toMatch(/what to do: Fix the field named/);
    expect(badDates).toMatch(/tenantid: must be a council GSS code/);
    expect(badDates).toMatch(/data\.contactedOn/);
  });

  it('refuses a type on the wrong topic and the platform\'s own events', () => {
    const [line] = sample.split('\n');
    expect(checkMessage(line, 1, Topics.providerMonthlyReturn)).toMatchObject({ accepted: false, reason: 'wrong-topic' });
    const own = JSON.stringify({ ...JSON.parse(line), type: 'performance.kpi.measured' });
    expect(checkMessage(own, 1)).toMatchObject({ accepted: false, reason: 'wrong-topic' });
  });

  it('refuses the message that once stopped a consumer, as too deep', () => {
    const deep = sample.split('\n')[1].replace('"responses": 1', `"responses": 1, "x": ${'{"a":'.repeat(5000)}1${'}'.repeat(5000)}`);
    expect(checkMessage(deep, 1)).toMatchObject({ accepted: false, reason: 'too-deep' });
  });
});
