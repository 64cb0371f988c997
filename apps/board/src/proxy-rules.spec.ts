import { proxyDecision } from './proxy-rules';

describe('proxyDecision: what the board forwards', () => {
  it.each([
    ['performance', '/kpis'],
    ['performance', '/kpis/first-contact-10-days/versions'],
    ['performance', '/kpi-values?kpiId=waiting-list-size'],
    ['performance', '/providers'],
    ['performance', '/periods/2026-10'],
    ['performance', '/periods/2026-10/pack'],
    ['performance', '/periods/2026-10/pack.csv'],
    ['escalation', '/cases'],
    ['escalation', '/cases?stage=review-meeting'],
    ['escalation', '/cases/5b3c2f7e-1d2a-4b9c-8e3f-0a1b2c3d4e5f'],
    ['escalation', '/plans'],
    ['escalation', '/credits'],
    ['escalation', '/credits.csv'],
    ['escalation', '/alerts?unacknowledged=true'],
  ] as const)('forwards GET %s %s', (service, url) => {
    expect(proxyDecision(service, 'GET', url)).toEqual({ allowed: true, path: url, stream: false });
  });

  it('streams the live alert feed', () => {
    expect(proxyDecision('escalation', 'GET', '/alerts/live')).toEqual({ allowed: true, path: '/alerts/live', stream: true });
  });

  it.each(['POST', 'PUT', 'PATCH', 'DELETE', 'HEAD', 'OPTIONS'])('refuses %s with 405, even on an allowed path', (method) => {
    expect(proxyDecision('escalation', method, '/cases')).toMatchObject({ allowed: false, status: 405 });
    expect(proxyDecision('performance', method, '/periods/2026-10/confirmation')).toMatchObject({ allowed: false, status: 405 });
  });

  it.each([
    ['escalation', '/alerts/5b3c2f7e-1d2a-4b9c-8e3f-0a1b2c3d4e5f/acknowledgement'],
    ['performance', '/admin/kpis/recompute'],
    ['performance', '/metrics'],
    ['performance', '/docs'],
    ['escalation', '/notification-channels'],
    ['escalation', '/policies/downs-carers'],
    ['performance', '/'],
    ['performance', ''],
    ['performance', '/periods/2026-13/pack'],
    ['performance', '/periods/latest/pack'],
    ['escalation', '/kpis'],
    ['performance', '/cases'],
    ['escalation', '/cases/../admin'],
    ['escalation', '/cases/%2e%2e/admin'],
    ['escalation', '/cases%2F..%2Fadmin'],
    ['escalation', '//cases'],
    ['escalation', '/cases/'],
    ['escalation', '/cases\\..\\admin'],
    ['performance', '/kpis/../providers'],
  ] as const)('answers 404 for GET %s %s', (service, url) => {
    expect(proxyDecision(service, 'GET', url)).toMatchObject({ allowed: false, status: 404 });
  });

  it('keeps the query string', () => {
    expect(proxyDecision('performance', 'GET', '/kpi-values?period=2026-10&providerId=downs-carers')).toMatchObject({
      path: '/kpi-values?period=2026-10&providerId=downs-carers',
    });
  });

  it('judges the path, not the query string', () => {
    expect(proxyDecision('performance', 'GET', '/admin?x=/kpis')).toMatchObject({ allowed: false, status: 404 });
    expect(proxyDecision('performance', 'GET', '/kpis?next=../admin')).toMatchObject({ allowed: true });
  });
});
