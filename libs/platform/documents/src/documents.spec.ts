import { FormalDocument, htmlDocument, list, paragraph, pdfDocument, table } from './index';

const NOTICE: FormalDocument = {
  title: 'Contract Performance Notice',
  from: ['Wiltshire Council'],
  to: ['Carers Together <lead>'],
  facts: [
    ['Reference', 'CPN-1'],
    ['Served on', '10 November 2026'],
  ],
  sections: [
    {
      heading: 'The figures',
      blocks: [table(['Month', 'Value'], [['October 2026', '61.1%']]), paragraph('Answer within 5 working days.')],
    },
    { heading: 'What happens next', blocks: [list(['A meeting', 'A plan & its actions'])] },
  ],
};

/** The text a PDF shows, read back from its uncompressed content streams (pdfkit writes standard-font text as hex strings). */
function pdfText(pdf: Buffer): string {
  return [...pdf.toString('latin1').matchAll(/\[([^\]]*)\] TJ/g)]
    .map(([, chunks]) => [...chunks.matchAll(/<([0-9a-f]*)>/g)].map(([, hex]) => Buffer.from(hex, 'hex').toString('latin1')).join(''))
    .join('\n');
}

describe('a formal document', () => {
  it('renders every part as HTML, escaping what it is given', () => {
    const html = htmlDocument(NOTICE);
    expect(html).toContain('<h1>Contract Performance Notice</h1>');
    expect(html).toContain('To: Carers Together &#60;lead&#62;');
    expect(html).toContain('<dt>Served on</dt><dd>10 November 2026</dd>');
    expect(html).toContain('<td>October 2026</td><td>61.1%</td>');
    expect(html).toContain('<li>A plan &#38; its actions</li>');
  });

  it('renders the same content as an A4 PDF', async () => {
    const pdf = await pdfDocument(NOTICE, { compress: false, createdAt: new Date('2026-11-10T00:00:00Z') });
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    const text = pdfText(pdf);
    for (const words of [
      'Contract Performance Notice',
      'Carers Together <lead>',
      'Served on',
      '10 November 2026',
      'October 2026',
      '61.1%',
      'A plan & its actions',
    ])
      expect(text).toContain(words);
    expect(pdf.toString('latin1')).toMatch(/\/MediaBox \[0 0 595\.28 841\.89\]/);
  });

  it('gives the same bytes for the same document and creation date', async () => {
    const at = new Date('2026-11-10T00:00:00Z');
    expect((await pdfDocument(NOTICE, { createdAt: at })).equals(await pdfDocument(NOTICE, { createdAt: at }))).toBe(true);
  });
});
