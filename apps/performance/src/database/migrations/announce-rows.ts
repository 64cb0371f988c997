/**
 * The SQL a migration uses to announce rows it already holds through the outbox (ADR 0014, ADR 0018), one CloudEvent
 * per row of `from`, as the relay publishes any other event. `key`, `subject` and `data` are SQL expressions over
 * the rows; `from` must select `tenant_id` and `event_id` (gen_random_uuid()).
 */
export function announceRowsSql(a: {
  topic: string;
  type: string;
  correlationId: string;
  key: string;
  subject: string;
  data: string;
  from: string;
}) {
  return `
      WITH r AS (${a.from})
      INSERT INTO outbox (event_id, topic, message_key, event_type, payload, headers)
      SELECT event_id, '${a.topic}', ${a.key}, '${a.type}',
        jsonb_build_object('specversion', '1.0', 'id', event_id, 'source', 'performance', 'type', '${a.type}',
          'time', to_char(now() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'), 'subject', ${a.subject}, 'datacontenttype', 'application/json',
          'tenantid', tenant_id, 'correlationid', '${a.correlationId}', 'aggregateversion', 0,
          'data', ${a.data}),
        jsonb_build_object('ce_type', '${a.type}', 'ce_id', event_id, 'tenantid', tenant_id, 'correlationid', '${a.correlationId}')
      FROM r ORDER BY tenant_id, ${a.subject}`;
}
