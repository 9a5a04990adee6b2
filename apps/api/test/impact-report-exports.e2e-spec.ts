import { parse } from 'csv-parse/sync';
import type { Response } from 'superagent';
import type { ImpactReportFiguresDto } from '../src/modules/reports/dto/impact-report.response.dto';
import { figureRows } from '../src/modules/reports/export/figure-rows';
import { neutraliseCell } from '../src/modules/reports/export/impact-report-csv';
import { FIXTURE_PARTNERS, smallFigures, TINY_PNG } from '../src/modules/reports/export/impact-report-figures.fixture';
import { pdfText } from '../src/modules/reports/export/pdf-text.testing';
import { formatDay } from '../src/modules/reports/export/report-format';
import { insertPartner } from './factories/partner.factory';
import { insertValueContribution, insertValueProgram, insertValueRole, insertValueSession } from './factories/value-world';
import { type Staff, startPartnerWorld } from './partner-world';
import type { SignedInAgent, TestApp } from './test-app';

/** supertest keeps a PDF's bytes only when asked to: collect them into a Buffer. */
function binary(res: Response, done: (error: Error | null, body: Buffer) => void): void {
  const chunks: Buffer[] = [];
  res.on('data', (chunk: Buffer) => chunks.push(chunk));
  res.on('end', () => done(null, Buffer.concat(chunks)));
}

const UNKNOWN_ID = '00000000-0000-4000-8000-00000000abcd';

describe('Exports of a saved funder summary', () => {
  let t: TestApp;
  let manager: Staff;
  let asManager: SignedInAgent;
  let asAdmin: SignedInAgent;
  let asLibrarian: SignedInAgent;

  /** A saved report row with the fixture's figures, as the service stores one (figures frozen as JSON). */
  async function insertReport(figures: ImpactReportFiguresDto): Promise<string> {
    const rows = (await t.db.query(
      `INSERT INTO impact_reports (funder_name, grant_reference, period_from, period_to, scope, figures, figures_computed_at, created_by, updated_by, version)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $8, 1) RETURNING id`,
      [
        figures.header.funderName,
        figures.header.grantReference ?? '',
        figures.header.period.from,
        figures.header.period.to,
        JSON.stringify(figures.header.scope),
        JSON.stringify(figures),
        figures.header.generatedAt,
        manager.id,
      ],
    )) as { id: string }[];
    return rows[0]!.id;
  }

  beforeAll(async () => {
    ({ t, manager, asManager, asAdmin, asLibrarian } = await startPartnerWorld());
  });
  afterAll(() => t.close());

  it('gives the CSV as an attachment: UTF-8 with a BOM, every figure as a tidy row, formula-like names neutralised', async () => {
    const figures = smallFigures();
    const id = await insertReport(figures);
    const res = await asManager.get(`/api/v1/reports/impact/${id}/export?format=csv`).buffer(true).parse(binary).expect(200);
    expect(res.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(res.headers['content-disposition']).toBe('attachment; filename="impact-report-riverside-community-foundation-2026-01-01-2026-12-31.csv"');
    expect(res.headers['cache-control']).toBe('no-store');
    const body = res.body as Buffer;
    expect([...body.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const parsed = parse(body.toString('utf8'), { bom: true, columns: true }) as Record<string, string>[];
    expect(parsed.map((cell) => [cell.section, cell.measure, cell.breakdown, cell.value === '' ? null : Number(cell.value), cell.n === '' ? null : Number(cell.n), cell.source])).toEqual(
      figureRows(figures).map((row) => [row.section, row.measure, neutraliseCell(row.breakdown), row.value, row.n, row.source]),
    );
    expect(parsed.find((cell) => cell.measure === 'Attendance' && cell.breakdown === 'All')?.value).toBe('1234');
    expect(parsed.filter((cell) => cell.breakdown === `'${FIXTURE_PARTNERS.formula.name}`)).toHaveLength(4);
  });

  it('gives the PDF with the library’s logo from the settings and the totals in its text', async () => {
    const id = await insertReport(smallFigures());
    const plain = await asAdmin.get(`/api/v1/reports/impact/${id}/export?format=pdf`).buffer(true).parse(binary).expect(200);
    expect(plain.headers['content-type']).toBe('application/pdf');
    expect(plain.headers['content-disposition']).toBe('attachment; filename="impact-report-riverside-community-foundation-2026-01-01-2026-12-31.pdf"');
    const pdf = plain.body as Buffer;
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(pdf.toString('latin1')).not.toContain('/Subtype /Image');
    const { text } = await pdfText(pdf);
    const words = text.replace(/\s+/g, ' ');
    for (const expected of ['Riverside Community Foundation', '1,234', 'Sessions', FIXTURE_PARTNERS.clinic.name, FIXTURE_PARTNERS.museum.name, `Generated ${formatDay(t.clock.now().toISOString())}`]) {
      expect(words).toContain(expected);
    }

    await asManager.put('/api/v1/settings/logo').set('Content-Type', 'image/png').send(TINY_PNG).expect(200);
    const withLogo = await asManager.get(`/api/v1/reports/impact/${id}/export?format=pdf`).buffer(true).parse(binary).expect(200);
    expect((withLogo.body as Buffer).toString('latin1')).toContain('/Subtype /Image');
  });

  it('answers 404 to librarians and for unknown reports, 400 for an unknown format, 401 without a session', async () => {
    const id = await insertReport(smallFigures());
    for (const format of ['pdf', 'csv']) {
      const hidden = await asLibrarian.get(`/api/v1/reports/impact/${id}/export?format=${format}`).expect(404);
      expect(hidden.headers['content-type']).toContain('application/problem+json');
      await asManager.get(`/api/v1/reports/impact/${UNKNOWN_ID}/export?format=${format}`).expect(404);
    }
    const xls = await asManager.get(`/api/v1/reports/impact/${id}/export?format=xls`).expect(400);
    expect(xls.body.errors).toEqual([{ field: 'format', message: 'Choose the export format: pdf or csv.' }]);
    await asManager.get(`/api/v1/reports/impact/${id}/export`).expect(400);
    await asManager.get('/api/v1/reports/impact/not-an-id/export?format=pdf').expect(404);
    await t.http().get(`/api/v1/reports/impact/${id}/export?format=csv`).expect(401);
  });

  it('exports a report saved through the API from a small year, both formats, with its figures', async () => {
    const clinic = await insertPartner(t.db, { name: 'Zoë Ñúñez Health Clinic' });
    const programId = await insertValueProgram(t.db, { title: 'Łódź health fair', startsOn: '2026-03-02', endsOn: '2026-03-30' });
    await insertValueRole(t.db, programId, clinic.id, 'lead');
    await insertValueSession(t.db, programId, { startsAt: '2026-03-02T17:00:00Z', format: 'in-person-onsite', attendance: { 'age-19-plus': 40, general: 2 } });
    await insertValueSession(t.db, programId, { startsAt: '2026-03-16T17:00:00Z', format: 'live-virtual', attendance: { 'age-19-plus': 25 } });
    await insertValueContribution(t.db, { side: 'partner', partnerId: clinic.id, programId, type: 'volunteers', quantity: 10, unit: 'hours', moneyValue: 347.9, rate: 34.79, contributedOn: '2026-03-02' });

    const saved = await asManager
      .post('/api/v1/reports/impact')
      .send({ funderName: 'Ørsted Community Fund', grantReference: 'OCF-7', period: { from: '2026-01-01', to: '2026-12-31' }, scope: { kind: 'all' } })
      .expect(201);
    const id = saved.body.id as string;
    expect(saved.body.figures.outputs).toMatchObject({ programs: 1, sessions: 2, attendance: { total: 67 } });

    const csv = await asManager.get(`/api/v1/reports/impact/${id}/export?format=csv`).buffer(true).parse(binary).expect(200);
    expect(csv.headers['content-disposition']).toBe('attachment; filename="impact-report-orsted-community-fund-2026-01-01-2026-12-31.csv"');
    const parsed = parse((csv.body as Buffer).toString('utf8'), { bom: true, columns: true }) as Record<string, string>[];
    expect(parsed).toHaveLength(figureRows(saved.body.figures as ImpactReportFiguresDto).length);
    expect(parsed.find((cell) => cell.measure === 'Attendance' && cell.breakdown === 'All')).toMatchObject({ value: '67', n: '2' });
    expect(parsed.find((cell) => cell.measure === 'Partner contributions ($)' && cell.breakdown === clinic.name)).toMatchObject({ value: '347.9', n: '1' });

    const pdf = await asManager.get(`/api/v1/reports/impact/${id}/export?format=pdf`).buffer(true).parse(binary).expect(200);
    const words = (await pdfText(pdf.body as Buffer)).text.replace(/\s+/g, ' ');
    for (const expected of ['Ørsted Community Fund', 'OCF-7', '67', clinic.name, '$347.90', '$34.79/h']) expect(words).toContain(expected);
  });
});
