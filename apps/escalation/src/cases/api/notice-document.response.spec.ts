import { htmlDocument } from '@carers/platform/documents';
import { noticeReference } from '../domain/notice';
import { SERVED } from '../notice.test-fixtures';
import { noticeDocument } from './notice-document.response';

describe('a notice as served (ADR 0026)', () => {
  it('states the served date, addressee, response window and the figures as recorded, to one decimal place', () => {
    const html = htmlDocument(noticeDocument(SERVED));
    expect(noticeReference(SERVED)).toBe('CPN-70577968');
    for (const words of [
      '<title>Contract Performance Notice</title>',
      'Wiltshire Council<br>Contract WC-CARERS-2024',
      'To: Carers Together, as the contract&#39;s holder',
      '<dt>Served on</dt><dd>10 November 2026</dd>',
      '<dt>Respond by</dt><dd>17 November 2026</dd>',
      '<dt>Meeting by</dt><dd>17 November 2026</dd>',
      '<dt>Escalation policy</dt><dd>version 3</dd>',
      '<tr><td>October 2026</td><td>61.1</td><td>85</td><td>70</td><td>in breach</td><td>confirmed</td></tr>',
      '<tr><td>September 2026</td><td>78.4</td><td>85</td><td>70</td><td>amber</td><td>confirmed</td></tr>',
      '(5 working days)',
    ])
      expect(html).toContain(words);
    const improvement = htmlDocument(noticeDocument({ ...SERVED, kind: 'improvement-notice', actBy: '2026-11-19' }));
    expect(improvement).toContain('<dt>Comply by</dt><dd>19 November 2026</dd>');
    expect(improvement).toContain('service credits apply');
  });
});
