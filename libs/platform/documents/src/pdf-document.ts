import PDFDocument from 'pdfkit';
import { Block, FormalDocument } from './formal-document';

export interface PdfOptions {
  /** Uncompressed content streams, so tests can read the text back. */
  compress?: boolean;
  /** Fixed creation date, so the same document gives the same bytes. */
  createdAt?: Date;
}

const MARGIN = 56;

function block(pdf: PDFKit.PDFDocument, b: Block): void {
  if (b.kind === 'paragraph') pdf.font('Helvetica').fontSize(11).text(b.text, { paragraphGap: 6 });
  if (b.kind === 'list')
    pdf
      .font('Helvetica')
      .fontSize(11)
      .list([...b.items], { bulletRadius: 2, paragraphGap: 3 })
      .moveDown(0.5);
  if (b.kind === 'table') {
    const width = (pdf.page.width - 2 * MARGIN) / b.head.length;
    const row = (cells: readonly string[], font: string) => {
      const y = pdf.y;
      const heights = cells.map((c) =>
        pdf
          .font(font)
          .fontSize(10)
          .heightOfString(c, { width: width - 6 }),
      );
      cells.forEach((c, i) =>
        pdf
          .font(font)
          .fontSize(10)
          .text(c, MARGIN + i * width, y, { width: width - 6 }),
      );
      pdf.x = MARGIN;
      pdf.y = y + Math.max(...heights) + 4;
    };
    row(b.head, 'Helvetica-Bold');
    b.rows.forEach((r) => row(r, 'Helvetica'));
    pdf.moveDown(0.5);
  }
}

/** The document as an A4 PDF (pdfkit, standard fonts): what is served and kept. */
export function pdfDocument(d: FormalDocument, options: PdfOptions = {}): Promise<Buffer> {
  const pdf = new PDFDocument({
    size: 'A4',
    margin: MARGIN,
    compress: options.compress ?? true,
    info: { Title: d.title, Author: d.from[0] ?? '', CreationDate: options.createdAt ?? new Date() },
  });
  const chunks: Buffer[] = [];
  pdf.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve, reject) => {
    pdf.on('end', () => resolve(Buffer.concat(chunks)));
    pdf.on('error', reject);
  });
  pdf.font('Helvetica').fontSize(10).text(d.from.join('\n')).moveDown();
  pdf.text(`To: ${d.to.join('\n')}`).moveDown();
  pdf.font('Helvetica-Bold').fontSize(18).text(d.title).moveDown(0.5);
  for (const [label, value] of d.facts)
    pdf.font('Helvetica-Bold').fontSize(11).text(`${label}: `, { continued: true }).font('Helvetica').text(value);
  for (const s of d.sections) {
    pdf.moveDown().font('Helvetica-Bold').fontSize(13).text(s.heading).moveDown(0.3);
    s.blocks.forEach((b) => block(pdf, b));
  }
  pdf.end();
  return done;
}
