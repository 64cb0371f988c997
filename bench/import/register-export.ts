/** A synthetic register export shaped like a real one: a mix of adult, young and parent carers across a council's area boards. */
export function registerExport(rows: number, areaBoards: string[], providers: string[], seed = 'B'): string {
  const header =
    'external_id,carer_type,forename,surname,date_of_birth,postcode,phone_mobile,gp_practice_code,gp_consent,area_board,hours_caring_band,provider_code';
  const lines = [header];
  const bands = ['0-19', '20-34', '35-49', '50+'];
  for (let i = 0; i < rows; i++) {
    const kind = i % 10 === 0 ? 'young' : i % 10 === 1 ? 'parent' : 'adult';
    const year = kind === 'young' ? 2010 + (i % 6) : 1940 + (i % 55);
    const born = `${String(1 + (i % 28)).padStart(2, '0')}/${String(1 + (i % 12)).padStart(2, '0')}/${year}`;
    const phone = `07700 9${String(i % 100000).padStart(5, '0')}`;
    lines.push(
      [
        `${seed}-${i}`,
        kind,
        `Given${i}`,
        `Family${i % 997}`,
        born,
        `SN${10 + (i % 6)} ${1 + (i % 9)}AA`,
        phone,
        'J83001',
        i % 3 ? 'Y' : 'N',
        areaBoards[i % areaBoards.length],
        bands[i % 4],
        providers[i % providers.length],
      ].join(','),
    );
  }
  return lines.join('\n') + '\n';
}
