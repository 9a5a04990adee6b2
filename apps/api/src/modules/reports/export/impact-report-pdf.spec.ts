import { FIXTURE_PARTNERS, smallFigures, TINY_PNG } from './impact-report-figures.fixture';
import { impactReportPdf } from './impact-report-pdf';
import { pdfText } from './pdf-text.testing';

/** The text with every run of white space as one space: table cells and wrapped lines join up. */
async function textOf(pdf: Buffer): Promise<{ text: string; pages: number }> {
  const { text, pages } = await pdfText(pdf);
  return { text: text.replace(/\s+/g, ' '), pages };
}

describe('The impact report PDF', () => {
  const generatedAt = new Date('2026-11-27T08:00:00Z');

  it('is a PDF whose text has the library, the funder, the totals and names beyond ASCII', async () => {
    const pdf = await impactReportPdf(smallFigures(), { logo: null, generatedAt });
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const { text, pages } = await textOf(pdf);
    expect(pages).toBeGreaterThanOrEqual(3);
    for (const expected of [
      'Riverside Public Library',
      'Riverside Community Foundation',
      'RCF-2026-014',
      '1 Jan – 31 Dec 2026',
      'Dana Director',
      '1,234', // attendance total
      'Sessions',
      '$7,294.20',
      '$34.79/h',
      'Independent Sector, national value of volunteer time',
      FIXTURE_PARTNERS.clinic.name,
      FIXTURE_PARTNERS.museum.name,
      'Poetry night at the café',
      '83% (36)',
      '−0.4 (2)',
      'Generated 27 Nov 2026',
      `Page 1 of ${pages}`,
      `Page ${pages} of ${pages}`,
      'Evidence appendix',
      'Sessions of sponsored or co-sponsored programs, 1 Jan – 31 Dec 2026, all partners',
      'partner side, that partner’s own',
    ]) {
      expect(text).toContain(expected);
    }
  });

  it('prints the logo when the settings have one, and still prints without it when it cannot be read', async () => {
    const withLogo = await impactReportPdf(smallFigures(), { logo: { data: TINY_PNG, mediaType: 'image/png' }, generatedAt });
    const without = await impactReportPdf(smallFigures(), { logo: null, generatedAt });
    expect(withLogo.toString('latin1')).toContain('/Subtype /Image');
    expect(without.toString('latin1')).not.toContain('/Subtype /Image');
    const broken = Buffer.concat([TINY_PNG.subarray(0, 16), Buffer.alloc(20)]);
    const fallback = await impactReportPdf(smallFigures(), { logo: { data: broken, mediaType: 'image/png' }, generatedAt });
    expect(fallback.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  });

  it('says so when nothing was found, with zeros', async () => {
    const figures = smallFigures();
    figures.header.nothingFound = true;
    const { text } = await textOf(await impactReportPdf(figures, { logo: null, generatedAt }));
    expect(text).toContain('Nothing was found for this scope in this period');
  });
});
