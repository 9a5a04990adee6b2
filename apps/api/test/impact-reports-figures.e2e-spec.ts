import { buildReportWorld, LIBRARY_NAME, type ReportWorld } from './report-world';
import { type SignedInAgent, type TestApp, startTestApp } from './test-app';

/**
 * A funder summary's every figure, against values worked out by hand from the small library's 2026 (report-world.ts;
 * each record there says which rule it tests). This file's database holds only that world, so "all partners" means
 * exactly it. The arithmetic is in the comments; nothing below was copied from the implementation's output.
 */
describe('Impact report preview figures', () => {
  let t: TestApp;
  let asManager: SignedInAgent;
  let manager: { id: string; name: string };
  let w: ReportWorld;

  beforeAll(async () => {
    t = await startTestApp();
    manager = await t.createStaff('manager', { name: 'Dana Director' });
    asManager = await t.signIn((manager as { email: string } & typeof manager).email);
    w = await buildReportWorld(t.db);
  });
  afterAll(() => t.close());

  const YEAR = { from: '2026-01-01', to: '2026-12-31' };
  const definition = (scope: Record<string, unknown>, period = YEAR) => ({ funderName: 'Riverside Community Foundation', grantReference: 'RCF-2026-014', period, scope });
  const preview = async (scope: Record<string, unknown>, period = YEAR) =>
    (await asManager.post('/api/v1/reports/impact/preview').send(definition(scope, period)).expect(200)).body;
  const bands = (b: Partial<Record<'age-0-5' | 'age-6-11' | 'age-12-18' | 'age-19-plus' | 'general', number>>) => ({
    'age-0-5': 0, 'age-6-11': 0, 'age-12-18': 0, 'age-19-plus': 0, general: 0, ...b,
  });
  const zeroMonths = (year: number) => Array.from({ length: 12 }, (_, i) => ({ month: `${year}-${String(i + 1).padStart(2, '0')}`, sessions: 0, attendance: 0, recordedViews: 0 }));

  it('counts every figure of the year for all partners', async () => {
    const f = await preview({ kind: 'all' });

    expect(f.header).toEqual({
      libraryName: LIBRARY_NAME,
      funderName: 'Riverside Community Foundation',
      grantReference: 'RCF-2026-014',
      period: YEAR,
      scope: { kind: 'all' },
      scopeLabel: 'All partners',
      // Health fair (sponsor) and Teen coding club (co-sponsor, cancelled after its sessions); not the promotion-only
      // program, the archived one, the autumn lecture (its session was in 2025) or maker day (no session).
      programsCovered: 2,
      // Alpha, Bravo (roles in the fair), Charlie (the club), Echo (its partner-level gift); not Delta (promotion
      // only), Foxtrot (archived).
      partnersCovered: 4,
      preparedBy: { id: manager.id, name: 'Dana Director' },
      generatedAt: t.clock.now().toISOString(),
      nothingFound: false,
    });

    // Sessions counted: fair onsite 10 + 5 = 15, fair virtual 8, club offsite 12, club recorded 3 (40 views).
    // Not: the fair's archived session (100), the club's 2025 session (50), the promotion (20), the archived program (30).
    expect(f.outputs.programs).toBe(2);
    expect(f.outputs.sessions).toBe(4);
    expect(f.outputs.attendance).toEqual({
      total: 38, // 15 + 8 + 12 + 3
      // age 12–18: 12 + 3 = 15; age 19+: 10 + 8 = 18; general: 5.
      byAgeBand: bands({ 'age-12-18': 15, 'age-19-plus': 18, general: 5 }),
      byFormat: [
        { format: 'in-person-onsite', sessions: 1, attendance: 15, byAgeBand: bands({ 'age-19-plus': 10, general: 5 }) },
        { format: 'in-person-offsite', sessions: 1, attendance: 12, byAgeBand: bands({ 'age-12-18': 12 }) },
        { format: 'live-virtual', sessions: 1, attendance: 8, byAgeBand: bands({ 'age-19-plus': 8 }) },
        { format: 'recorded', sessions: 1, attendance: 3, byAgeBand: bands({ 'age-12-18': 3 }) },
      ],
      recordedViews: 40,
    });
    const months = zeroMonths(2026);
    months[2] = { month: '2026-03', sessions: 2, attendance: 23, recordedViews: 0 }; // 15 + 8
    months[4] = { month: '2026-05', sessions: 1, attendance: 12, recordedViews: 0 }; // 23:30 UTC on 6 May
    months[5] = { month: '2026-06', sessions: 1, attendance: 3, recordedViews: 40 };
    expect(f.outputs.byMonth).toEqual(months);
    expect(f.outputs.promotionOnly).toMatchObject({
      programs: 1,
      sessions: 1,
      attendance: 20,
      list: [{ id: w.programs.storyPromo, title: 'Story time promotion', sessions: 1, attendance: 20, recordedViews: 0 }],
    });
    expect(f.outputs.formatSources.map((s: { format: string }) => s.format)).toEqual(['in-person-onsite', 'in-person-offsite', 'live-virtual', 'recorded']);
    expect(f.outputs.formatSources[3].source).toBe(
      'kind=sessions&from=2026-01-01&to=2026-12-31&scope=all&libraryRole=sponsor&libraryRole=co-sponsor&format=recorded',
    );

    // Knowledge, immediate: the fair's [1, 1, 2, 10, 6] + 3 non-responses and the club's session result [0, 1, 1, 4, 2]
    // + 2 → counts [1, 2, 3, 14, 8], respondents 23 + 10 = 33, non-responses 5, answered 33 − 5 = 28,
    // agree share (14 + 8) / 28 = 22/28. Confidence, follow-up: the fair's [0, 0, 1, 3, 1] dated by its end (31 Mar):
    // answered 5, share 4/5. Not: the result of the archived session, the club's follow-up of Jan 2027, the
    // promotion's result, the archived result.
    expect(f.outcomes).toEqual([
      {
        measure: 'knowledge',
        timing: 'immediate',
        results: 2,
        respondents: 33,
        counts: { 'strongly-disagree': 1, disagree: 2, neutral: 3, agree: 14, 'strongly-agree': 8 },
        nonResponses: 5,
        answered: 28,
        agreeShare: 22 / 28,
        source: 'kind=outcome-results&from=2026-01-01&to=2026-12-31&scope=all&libraryRole=sponsor&libraryRole=co-sponsor&measure=knowledge&timing=immediate',
      },
      {
        measure: 'confidence',
        timing: 'follow-up',
        results: 1,
        respondents: 5,
        counts: { 'strongly-disagree': 0, disagree: 0, neutral: 1, agree: 3, 'strongly-agree': 1 },
        nonResponses: 0,
        answered: 5,
        agreeShare: 0.8,
        source: 'kind=outcome-results&from=2026-01-01&to=2026-12-31&scope=all&libraryRole=sponsor&libraryRole=co-sponsor&measure=confidence&timing=follow-up',
      },
    ]);

    // Contributions counted (K): Alpha's 12.5 volunteer hours at 34.79 (434.88) and 2 hours without a rate (no value),
    // Bravo's space (500), the library's 10 staff hours to the club (250), Charlie's 4 volunteer hours at 30.75
    // (123.00), Echo's gift (1000, no program: all scope), Alpha's materials (75.50, no program: Alpha is a partner),
    // the library's 5 expert hours for Charlie (150, no program). 8 lines.
    // Library: 250 + 150 = 400.00 (2); partner: 434.88 + 0 + 500 + 123 + 1000 + 75.50 = 2133.38 (6); total 2533.38.
    expect(f.partners.contributions).toEqual({
      moneyValue: 2533.38,
      volunteerHours: 18.5, // 12.5 + 2 + 4
      bySide: [
        { side: 'library', moneyValue: 400, count: 2 },
        { side: 'partner', moneyValue: 2133.38, count: 6 },
      ],
      byType: [
        { type: 'expertise', moneyValue: 150, quantityByUnit: [{ unit: 'hours', quantity: 5 }], count: 1 },
        { type: 'space', moneyValue: 500, quantityByUnit: [], count: 1 },
        { type: 'funding', moneyValue: 1000, quantityByUnit: [], count: 1 },
        // 434.88 + 123 + 0 = 557.88
        { type: 'volunteers', moneyValue: 557.88, quantityByUnit: [{ unit: 'hours', quantity: 18.5 }], count: 3 },
        { type: 'staff-time', moneyValue: 250, quantityByUnit: [{ unit: 'hours', quantity: 10 }], count: 1 },
        { type: 'materials', moneyValue: 75.5, quantityByUnit: [], count: 1 },
      ],
    });
    expect(f.partners.bySideAndType.map(({ source: _source, ...line }: { source: string }) => line)).toEqual([
      { side: 'library', type: 'expertise', count: 1, moneyValue: 150, quantityByUnit: [{ unit: 'hours', quantity: 5 }] },
      { side: 'library', type: 'staff-time', count: 1, moneyValue: 250, quantityByUnit: [{ unit: 'hours', quantity: 10 }] },
      { side: 'partner', type: 'space', count: 1, moneyValue: 500, quantityByUnit: [] },
      { side: 'partner', type: 'funding', count: 1, moneyValue: 1000, quantityByUnit: [] },
      { side: 'partner', type: 'volunteers', count: 3, moneyValue: 557.88, quantityByUnit: [{ unit: 'hours', quantity: 18.5 }] },
      { side: 'partner', type: 'materials', count: 1, moneyValue: 75.5, quantityByUnit: [] },
    ]);
    const IS = 'Independent Sector, national value of volunteer time';
    expect(f.partners.volunteerValuation.map(({ source: _source, ...line }: { source: string }) => line)).toEqual([
      { rate: 34.79, rateSource: IS, rateYear: 2024, hours: 12.5, moneyValue: 434.88, count: 1 }, // 12.5 × 34.79 = 434.875 → 434.88
      { rate: 30.75, rateSource: IS, rateYear: 2024, hours: 4, moneyValue: 123, count: 1 }, // 4 × 30.75 = 123.00
      { rate: null, rateSource: null, rateYear: null, hours: 2, moneyValue: 0, count: 1 },
    ]);
    expect(f.partners.volunteerValuation[2].source).toContain('type=volunteers&unit=hours&rate=none');

    expect(f.partners.count).toBe(4);
    expect(f.partners.list.map(({ source: _source, ...line }: { source: string }) => line)).toEqual([
      // The fair's lead and the club's presenter; its own lines 434.88 + 75.50 + 0 = 510.38, hours 12.5 + 2.
      {
        id: w.partners.alpha, name: 'Alpha Health Clinic', type: 'health-provider', roles: ['lead', 'presenter'], programs: 2,
        contributions: { count: 3, moneyValue: 510.38, volunteerHours: 14.5 },
      },
      // Its presenter role in the autumn lecture is not in a covered program.
      { id: w.partners.bravo, name: 'Bravo Arts Collective', type: 'arts-cultural', roles: ['venue-host'], programs: 1, contributions: { count: 1, moneyValue: 500, volunteerHours: 0 } },
      // The library's 150 for Charlie is the library's line, not Charlie's; its archived evaluator role does not count.
      { id: w.partners.charlie, name: 'Charlie Teens', type: 'civic-community-group', roles: ['lead'], programs: 1, contributions: { count: 1, moneyValue: 123, volunteerHours: 4 } },
      { id: w.partners.echo, name: 'Echo Foundation', type: 'business', roles: [], programs: 0, contributions: { count: 1, moneyValue: 1000, volunteerHours: 0 } },
    ]);

    // Health: se 0.3 everywhere, so a real change needs |Δ| > 1.28 × √(0.09 + 0.09) = 0.543.
    // SA end: Alpha 4.2 (strength), Bravo 3.4, Charlie 2.5 (concern), Echo none → mean 10.1 / 3, n 3.
    // SA start: Alpha 3.0 (1 Dec 2025), Bravo 3.5 (1 Jan 2026, the first day counts) → mean 6.5 / 2 = 3.25.
    // SA change: Alpha +1.2 (real), Bravo −0.1 (not) → mean 1.1 / 2 = 0.55, improved 1.
    // TW end: Alpha and Charlie 3.2, Bravo insufficient → n 2; change only Alpha's 0.
    // OC: Bravo 4.0 → 3.0 (Δ −1.0, real: declined); end mean (3.2 + 3.0 + 3.2) / 3.
    expect(f.health).toMatchObject({ partners: 4, withSnapshot: 3 });
    const factor = (key: string) => f.health.factors.find((x: { factor: string }) => x.factor === key);
    expect(f.health.factors.map((x: { factor: string }) => x.factor)).toEqual(['SA', 'TW', 'CE', 'IR', 'OC']);
    const sa = factor('SA');
    expect(sa.end).toEqual({ mean: expect.closeTo(10.1 / 3, 10), n: 3, strength: 1, borderline: 1, concern: 1, insufficient: 1 });
    expect(sa.start).toEqual({ mean: expect.closeTo(3.25, 10), n: 2, strength: 0, borderline: 2, concern: 0, insufficient: 2 });
    expect(sa).toMatchObject({ change: expect.closeTo(0.55, 10), changeN: 2, improved: 1, declined: 0 });
    const tw = factor('TW');
    expect(tw.end).toEqual({ mean: expect.closeTo(3.2, 10), n: 2, strength: 0, borderline: 2, concern: 0, insufficient: 2 });
    expect(tw).toMatchObject({ change: 0, changeN: 1, improved: 0, declined: 0 });
    for (const key of ['CE', 'IR']) {
      expect(factor(key).end).toEqual({ mean: expect.closeTo(3.2, 10), n: 3, strength: 0, borderline: 3, concern: 0, insufficient: 1 });
      expect(factor(key)).toMatchObject({ change: 0, changeN: 2, improved: 0, declined: 0 });
    }
    const oc = factor('OC');
    expect(oc.end).toEqual({ mean: expect.closeTo(9.4 / 3, 10), n: 3, strength: 0, borderline: 3, concern: 0, insufficient: 1 });
    expect(oc.start).toEqual({ mean: expect.closeTo(3.6, 10), n: 2, strength: 1, borderline: 1, concern: 0, insufficient: 2 });
    expect(oc).toMatchObject({ change: expect.closeTo(-0.5, 10), changeN: 2, improved: 0, declined: 1 }); // (0 − 1.0) / 2

    // Stories with consent, newest first: Charlie's (a covered partner), Echo's quote, the fair's story.
    expect(f.stories.total).toBe(3);
    expect(f.stories.shown.map((s: { text: string; kind: string; notedOn: string; partnerName: string | null; programTitle: string | null }) => [s.notedOn, s.kind, s.text, s.partnerName, s.programTitle])).toEqual([
      ['2026-09-10', 'story', 'Teens kept coding at home.', 'Charlie Teens', null],
      ['2026-07-02', 'quote', 'Glad to fund it.', 'Echo Foundation', null],
      ['2026-03-20', 'story', 'The fair changed how I see the clinic.', null, 'Health fair'],
    ]);
  });

  it('narrows to chosen partners: their programs, their partners and lines, named in the label', async () => {
    const f = await preview({ kind: 'partners', partnerIds: [w.partners.bravo] });
    // Bravo's programs: the fair (sessions 15 + 8) and the autumn lecture (no session in 2026).
    expect(f.header).toMatchObject({ scopeLabel: 'Chosen partners: Bravo Arts Collective', programsCovered: 1, nothingFound: false });
    expect(f.outputs).toMatchObject({ programs: 1, sessions: 2, attendance: { total: 23 }, promotionOnly: { programs: 0 } });
    // K: the fair's lines (Alpha 434.88 and 0, Bravo 500; not Foxtrot's) and Bravo's own partner-level lines (none):
    // 934.88. Covered: Bravo (chosen) and Alpha (named on K).
    expect(f.partners.contributions).toMatchObject({ moneyValue: 934.88, volunteerHours: 14.5 });
    expect(f.partners.list.map((p: { name: string }) => p.name)).toEqual(['Alpha Health Clinic', 'Bravo Arts Collective']);
    expect(f.header.partnersCovered).toBe(2);
    expect(f.outcomes.map((o: { measure: string; answered: number }) => [o.measure, o.answered])).toEqual([['knowledge', 20], ['confidence', 5]]);
    expect(f.stories.total).toBe(1);
  });

  it('narrows to chosen programs, listing a chosen promotion-only program apart', async () => {
    const f = await preview({ kind: 'programs', programIds: [w.programs.coding, w.programs.storyPromo] });
    expect(f.header).toMatchObject({ scopeLabel: 'Chosen programs: Teen coding club, Story time promotion', programsCovered: 1 });
    expect(f.outputs).toMatchObject({ programs: 1, sessions: 2, attendance: { total: 15, recordedViews: 40 }, promotionOnly: { programs: 1, attendance: 20 } });
    // K: the club's lines (library 250, Charlie 123) and partner-level lines of its partners Charlie and Alpha
    // (Alpha's materials 75.50, the library's 150 for Charlie): 598.50.
    expect(f.partners.contributions).toMatchObject({ moneyValue: 598.5, volunteerHours: 4 });
    expect(f.partners.list.map((p: { name: string }) => p.name)).toEqual(['Alpha Health Clinic', 'Charlie Teens']);
    // Charlie's story (covered partner); not the fair's.
    expect(f.stories.total).toBe(1);
  });

  it('narrows to focus areas: programs whose topic is chosen', async () => {
    const f = await preview({ kind: 'focus-areas', focusAreas: ['stem', 'early-literacy'] });
    // STEM: the club (sessions) and maker day (none); early literacy: the promotion.
    expect(f.header).toMatchObject({ scopeLabel: 'Focus areas: STEM, Early childhood literacy', programsCovered: 1 });
    expect(f.outputs).toMatchObject({ programs: 1, sessions: 2, attendance: { total: 15 }, promotionOnly: { programs: 1, sessions: 1, attendance: 20 } });
    expect(f.partners.contributions.moneyValue).toBe(598.5);
  });

  it('gives a valid report of zeros when the chosen list is empty or missing', async () => {
    for (const scope of [{ kind: 'partners', partnerIds: [] }, { kind: 'programs' }, { kind: 'focus-areas', focusAreas: [] }]) {
      const f = await preview(scope);
      expect(f.header).toMatchObject({ programsCovered: 0, partnersCovered: 0, nothingFound: true });
      expect(f.outputs).toMatchObject({ programs: 0, sessions: 0, attendance: { total: 0, recordedViews: 0 }, byMonth: zeroMonths(2026), promotionOnly: { programs: 0, list: [] } });
      expect(f.outcomes).toEqual([]);
      expect(f.partners).toMatchObject({ count: 0, list: [], contributions: { moneyValue: 0, volunteerHours: 0 }, bySideAndType: [], volunteerValuation: [] });
      expect(f.health).toMatchObject({ partners: 0, withSnapshot: 0 });
      expect(f.health.factors[0]).toEqual({
        factor: 'SA',
        end: { mean: null, n: 0, strength: 0, borderline: 0, concern: 0, insufficient: 0 },
        start: { mean: null, n: 0, strength: 0, borderline: 0, concern: 0, insufficient: 0 },
        change: null, changeN: 0, improved: 0, declined: 0,
      });
      expect(f.stories).toMatchObject({ total: 0, shown: [] });
      // Its links list nothing (an empty list of ids is not "every partner").
      const evidence = (await asManager.get(`/api/v1/reports/impact/evidence?${f.partners.contributionsSource}`).expect(200)).body;
      expect(evidence).toMatchObject({ total: 0, valueTotal: 0, items: [] });
    }
    expect((await preview({ kind: 'partners', partnerIds: [] })).header.scopeLabel).toBe('Chosen partners: none');
    // A period with nothing in it is also a report of nothing.
    expect((await preview({ kind: 'all' }, { from: '2030-01-01', to: '2030-03-31' })).header.nothingFound).toBe(true);
  });

  it('accepts chosen records that are archived, and counts nothing of them: only records in use count', async () => {
    const program = await preview({ kind: 'programs', programIds: [w.programs.archivedWorkshop] });
    expect(program.header).toMatchObject({ scopeLabel: 'Chosen programs: Archived workshop', programsCovered: 0, partnersCovered: 0, nothingFound: true });
    const partner = await preview({ kind: 'partners', partnerIds: [w.partners.foxtrot] });
    expect(partner.header).toMatchObject({ scopeLabel: 'Chosen partners: Foxtrot Archived', programsCovered: 0, partnersCovered: 0, nothingFound: true });
    expect(partner.partners.contributions.moneyValue).toBe(0);
  });

  it('opens every figure’s records: the evidence count and sum reproduce the figure', async () => {
    for (const scope of [{ kind: 'all' }, { kind: 'partners', partnerIds: [w.partners.bravo] }, { kind: 'programs', programIds: [w.programs.coding, w.programs.storyPromo] }]) {
      const f = await preview(scope);
      const figures: [string, string, number, number | null][] = [
        ['programs', f.outputs.programsSource, f.outputs.programs, f.outputs.attendance.total],
        ['sessions', f.outputs.sessionsSource, f.outputs.sessions, f.outputs.attendance.total],
        ...f.outputs.formatSources.map((s: { format: string; source: string }, i: number): [string, string, number, number] => [
          `format ${s.format}`, s.source, f.outputs.attendance.byFormat[i].sessions, f.outputs.attendance.byFormat[i].attendance,
        ]),
        ['promotion only', f.outputs.promotionOnly.source, f.outputs.promotionOnly.programs, f.outputs.promotionOnly.attendance],
        ...f.outcomes.map((o: { measure: string; timing: string; source: string; results: number; answered: number }): [string, string, number, number] => [
          `outcome ${o.measure} ${o.timing}`, o.source, o.results, o.answered,
        ]),
        ['contributions', f.partners.contributionsSource, f.partners.contributions.bySide[0].count + f.partners.contributions.bySide[1].count, f.partners.contributions.moneyValue],
        ...f.partners.list.map((p: { name: string; source: string; contributions: { count: number; moneyValue: number } }): [string, string, number, number] => [
          `partner ${p.name}`, p.source, p.contributions.count, p.contributions.moneyValue,
        ]),
        ...f.partners.bySideAndType.map((l: { side: string; type: string; source: string; count: number; moneyValue: number }): [string, string, number, number] => [
          `${l.side} ${l.type}`, l.source, l.count, l.moneyValue,
        ]),
        ...f.partners.volunteerValuation.map((l: { rate: number | null; source: string; count: number; moneyValue: number }): [string, string, number, number] => [
          `valuation ${l.rate}`, l.source, l.count, l.moneyValue,
        ]),
        ['health', f.health.source, f.health.withSnapshot, null],
        ['stories', f.stories.source, f.stories.total, null],
      ];
      expect(figures.length).toBeGreaterThan(10);
      for (const [what, source, count, sum] of figures) {
        const page = (await asManager.get(`/api/v1/reports/impact/evidence?${source}&limit=100`).expect(200)).body;
        expect({ what, total: page.total, valueTotal: page.valueTotal }).toEqual({ what, total: count, valueTotal: sum === null ? null : expect.closeTo(sum, 6) });
        expect(page.items).toHaveLength(Math.min(count, 100));
      }
    }
  });

  it('lists the records newest first, a page at a time, with the filter and each record in words', async () => {
    const base = 'kind=sessions&from=2026-01-01&to=2026-12-31&scope=all&libraryRole=sponsor&libraryRole=co-sponsor';
    const first = (await asManager.get(`/api/v1/reports/impact/evidence?${base}&limit=2`).expect(200)).body;
    expect(first).toMatchObject({ total: 4, valueTotal: 38, description: 'Sessions of sponsored or co-sponsored programs, 1 Jan – 31 Dec 2026, all partners' });
    expect(first.items.map((i: { id: string; date: string; value: number }) => [i.id, i.date, i.value])).toEqual([
      [w.sessions.codingRecorded, '2026-06-10', 3],
      [w.sessions.codingOffsite, '2026-05-06', 12],
    ]);
    expect(first.items[0]).toMatchObject({ title: 'Teen coding club', detail: 'Recorded · 3 attending · 40 views', programId: w.programs.coding, partnerId: null });
    const second = (await asManager.get(`/api/v1/reports/impact/evidence?${base}&limit=2&cursor=${first.nextCursor}`).expect(200)).body;
    expect(second.items.map((i: { id: string }) => i.id)).toEqual([w.sessions.fairVirtual, w.sessions.fairOnsite]);
    expect(second.nextCursor).toBeNull();

    const recorded = (await asManager.get(`/api/v1/reports/impact/evidence?${base}&format=recorded`).expect(200)).body;
    expect(recorded.description).toBe('Sessions of sponsored or co-sponsored programs, 1 Jan – 31 Dec 2026, all partners, recorded');

    const alphaLines = (
      await asManager.get(`/api/v1/reports/impact/evidence?kind=contributions&from=2026-01-01&to=2026-12-31&scope=all&libraryRole=sponsor&libraryRole=co-sponsor&side=partner&partner=${w.partners.alpha}`).expect(200)
    ).body;
    expect(alphaLines).toMatchObject({ total: 3, valueTotal: 510.38 });
    expect(alphaLines.description).toContain('Alpha Health Clinic');
    expect(alphaLines.items.map((i: { date: string; value: number | null }) => [i.date, i.value])).toEqual([
      ['2026-08-01', 75.5],
      ['2026-03-12', null],
      ['2026-03-05', 434.88],
    ]);

    const sa = (await asManager.get('/api/v1/reports/impact/evidence?kind=health-snapshots&from=2026-01-01&to=2026-12-31&scope=all&libraryRole=sponsor&libraryRole=co-sponsor&factor=SA').expect(200)).body;
    // The end snapshots: Alpha 4.2, Bravo 3.4, Charlie 2.5 → 10.1.
    expect(sa).toMatchObject({ total: 3, valueTotal: expect.closeTo(10.1, 6) });
  });

  it('refuses an evidence filter that is malformed or out of order', async () => {
    const problem = (await asManager.get('/api/v1/reports/impact/evidence?kind=sessions&from=2026-12-31&to=2026-01-01&scope=all').expect(400)).body;
    expect(problem).toMatchObject({ type: expect.stringMatching(/period-out-of-order$/), errors: [{ field: 'to' }] });
    await asManager.get('/api/v1/reports/impact/evidence?kind=everything&from=2026-01-01&to=2026-12-31&scope=all').expect(400);
    await asManager.get('/api/v1/reports/impact/evidence?kind=contributions&from=2026-01-01&to=2026-12-31&scope=all&rate=lots').expect(400);
  });
});
