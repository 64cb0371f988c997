import { EVENT_CATALOGUE, contractFor } from './event-catalogue';
import { TOPIC_REGISTRY } from '../topics/topic-registry';
import { getMetadataStorage } from 'class-validator';

/** Field names that would carry personal data; events carry ids, codes, bands and dates only. */
const PERSONAL = /name|address|postcode|birth|nhs|phone|email|health|diagnosis|medication/i;

describe('event catalogue', () => {
  it('puts every event on a registered topic named <owner>.<aggregate>.v<major>', () => {
    const topics = new Set(TOPIC_REGISTRY.map((t) => t.name));
    for (const contract of EVENT_CATALOGUE) {
      expect({ type: contract.type, topicRegistered: topics.has(contract.topic) }).toEqual({ type: contract.type, topicRegistered: true });
      expect(contract.topic).toMatch(/^[a-z]+\.[a-z-]+\.v\d+$/);
      expect(contract.type).toMatch(/^[a-z]+\.[a-z-]+\.[a-z-]+$/);
    }
  });

  it('has one contract per type and finds it by type', () => {
    const types = EVENT_CATALOGUE.map((c) => c.type);
    expect(new Set(types).size).toBe(types.length);
    for (const contract of EVENT_CATALOGUE) expect(contractFor(contract.type)).toBe(contract);
    expect(contractFor('registration.carer.exploded')).toBeUndefined();
  });

  it('carries no field that names personal data', () => {
    const storage = getMetadataStorage();
    for (const contract of EVENT_CATALOGUE) {
      const fields = storage.getTargetValidationMetadatas(contract, '', true, false).map((m) => m.propertyName);
      expect(fields.length).toBeGreaterThan(0);
      expect({ type: contract.type, personal: fields.filter((f) => PERSONAL.test(f)) }).toEqual({ type: contract.type, personal: [] });
    }
  });

  it('gives every topic a sensible partition count', () => {
    for (const topic of TOPIC_REGISTRY) expect(topic.partitions).toBeGreaterThanOrEqual(1);
  });
});
