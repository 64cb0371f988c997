import { parse } from 'csv-parse/sync';
import { csvAttachment, csvDocument, neutralisedCell } from './csv-document';

describe('CSV documents (issue 21, finding 12)', () => {
  it('neutralises a text cell a spreadsheet would run as a formula or command, and leaves every other cell as it is', () => {
    for (const attack of ['=HYPERLINK("http://evil.example","x")', '+1+cmd|/C calc!A0', '-2+3', '@SUM(A1:A9)', '\tTAB', '\rCR'])
      expect(neutralisedCell(attack)).toBe(`'${attack}`);
    for (const plain of ['relief agreed', '2026-10', "O'Brien", 'a=b', '']) expect(neutralisedCell(plain)).toBe(plain);
  });

  it('writes a header, quotes what needs quoting, keeps numbers (negative ones too), and reads back as written', () => {
    const csv = csvDocument(
      ['provider', 'value', 'breached', 'reason'],
      [
        { provider: 'vale-family-support', value: -2.5, breached: true, reason: 'late, "as agreed"\nsee notes' },
        { provider: 'downs-carers-trust', value: 90, breached: false, reason: '=cmd|"/c calc"!A1' },
        { provider: 'carers-together', value: undefined, breached: false },
      ],
    );
    expect(csv.split('\n')[0]).toBe('provider,value,breached,reason');
    expect(parse(csv, { columns: true })).toEqual([
      { provider: 'vale-family-support', value: '-2.5', breached: 'yes', reason: 'late, "as agreed"\nsee notes' },
      { provider: 'downs-carers-trust', value: '90', breached: 'no', reason: `'=cmd|"/c calc"!A1` },
      { provider: 'carers-together', value: '', breached: 'no', reason: '' },
    ]);
    expect(csvDocument(['a', 'b'], [])).toBe('a,b\n');
  });

  it('names the file to save with only safe characters', () => {
    expect(csvAttachment('service-credits.csv')).toBe('attachment; filename="service-credits.csv"');
    expect(csvAttachment('pack "2026-10".csv')).toBe('attachment; filename="pack__2026-10_.csv"');
  });
});
