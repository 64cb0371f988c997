import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { kafkaBrokers, kafkaSecurity } from './kafka-client';

describe('connecting to Kafka', () => {
  it('speaks plaintext to the local broker when nothing is configured', () => {
    expect(kafkaBrokers({})).toEqual(['127.0.0.1:9092']);
    expect(kafkaSecurity({})).toEqual({ ssl: undefined });
  });

  it('uses TLS with the cluster CA and SCRAM credentials on a secured cluster', () => {
    const ca = join(mkdtempSync(join(tmpdir(), 'kafka-ca-')), 'ca.crt');
    writeFileSync(ca, '-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\n');
    expect(
      kafkaSecurity({
        KAFKA_SSL: 'true',
        KAFKA_SSL_CA_FILE: ca,
        KAFKA_SASL_MECHANISM: 'scram-sha-512',
        KAFKA_SASL_USERNAME: 'escalation',
        KAFKA_SASL_PASSWORD: 'pw',
      }),
    ).toEqual({
      ssl: { ca: ['-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\n'] },
      sasl: { mechanism: 'scram-sha-512', username: 'escalation', password: 'pw' },
    });
  });

  it('says what is missing instead of connecting half-configured', () => {
    expect(() => kafkaSecurity({ KAFKA_SASL_MECHANISM: 'scram-sha-512' })).toThrow('give KAFKA_SASL_USERNAME and KAFKA_SASL_PASSWORD');
    expect(() => kafkaSecurity({ KAFKA_SASL_MECHANISM: 'plain', KAFKA_SASL_USERNAME: 'a', KAFKA_SASL_PASSWORD: 'b' })).toThrow(
      'scram-sha-256 or scram-sha-512',
    );
  });
});
