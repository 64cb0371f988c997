import { databaseUrls, withDatabase } from './database-urls';

describe('databaseUrls', () => {
  it('defaults to a database and a non-owner role per service on the local server', () => {
    expect(databaseUrls('registration', {})).toEqual({
      app: 'postgres://registration_app@127.0.0.1:5432/carers_registration',
      migrations: 'postgres://postgres@127.0.0.1:5432/carers_registration',
      database: 'carers_registration',
      appRole: 'registration_app',
    });
  });

  it('honours a per-service URL before the generic DATABASE_URL', () => {
    const env = { DATABASE_URL: 'postgres://a@db:5432/x', ASSESSMENTS_DATABASE_URL: 'postgres://svc:pw@managed:5432/assess' };
    expect(databaseUrls('assessments', env)).toMatchObject({ app: env.ASSESSMENTS_DATABASE_URL, database: 'assess', appRole: 'svc' });
    expect(databaseUrls('performance', env)).toMatchObject({ app: env.DATABASE_URL, database: 'x' });
  });

  it('reads everything a Deployment needs from the application URL alone (Kubernetes gives it no owner URL, issue 21)', () => {
    const app =
      'postgres://registration_app:pw@carers-postgres-rw.carers.svc:5432/carers_registration?sslmode=verify-full&sslrootcert=/etc/postgres-ca/ca.crt';
    expect(databaseUrls('registration', { REGISTRATION_DATABASE_URL: app, RUN_MIGRATIONS: 'false' })).toMatchObject({
      app,
      database: 'carers_registration',
      appRole: 'registration_app',
    });
  });

  it('points a URL at another database on the same server', () => {
    expect(withDatabase('postgres://u:p@h:1/a?sslmode=require', 'b')).toBe('postgres://u:p@h:1/b?sslmode=require');
  });
});
