import { listInWords, summariseChange, type SummaryInput } from './timeline-summary';

const change = (overrides: Partial<SummaryInput>): SummaryInput => ({
  actorName: 'Marcus Reyes',
  action: 'update',
  recordType: 'partner',
  recordLabel: null,
  changes: {},
  ...overrides,
});

describe('summariseChange', () => {
  it('says a stage move with the stages’ labels', () => {
    expect(summariseChange(change({ changes: { stage: { before: 'exploring', after: 'active' } } }))).toBe(
      'Marcus Reyes moved the partner from Exploring to Active',
    );
  });

  it('says creating, archiving and restoring the partner', () => {
    expect(summariseChange(change({ action: 'create', changes: { name: { before: null, after: 'X' } } }))).toBe('Marcus Reyes added the partner');
    expect(summariseChange(change({ action: 'archive', changes: { archivedAt: { before: null, after: '2026-01-01T00:00:00.000Z' } } }))).toBe(
      'Marcus Reyes archived the partner',
    );
    expect(summariseChange(change({ action: 'restore' }))).toBe('Marcus Reyes restored the partner');
  });

  it('lists other changed fields in words', () => {
    expect(summariseChange(change({ changes: { website: { before: null, after: 'https://a.example' }, tags: { before: [], after: ['x'] } } }))).toBe(
      'Marcus Reyes changed website and tags',
    );
    expect(
      summariseChange(
        change({
          changes: {
            stage: { before: 'prospect', after: 'exploring' },
            focusAreas: { before: [], after: ['stem'] },
            contactCadenceDays: { before: 30, after: 14 },
          },
        }),
      ),
    ).toBe('Marcus Reyes moved the partner from Prospect to Exploring and changed focus areas and contact cadence');
  });

  it('names the liaisons on a liaison change', () => {
    const liaison = { liaisonId: { before: 'a', after: 'b' } };
    expect(summariseChange(change({ changes: liaison, liaisonNames: { before: 'Lena Okafor', after: 'Priya Natarajan' } }))).toBe(
      'Marcus Reyes changed the liaison from Lena Okafor to Priya Natarajan',
    );
    expect(summariseChange(change({ changes: liaison, liaisonNames: { before: null, after: 'Priya Natarajan' } }))).toBe(
      'Marcus Reyes made Priya Natarajan the liaison',
    );
    expect(summariseChange(change({ changes: liaison, liaisonNames: { before: 'Lena Okafor', after: null } }))).toBe(
      'Marcus Reyes removed Lena Okafor as liaison',
    );
    expect(summariseChange(change({ changes: liaison, liaisonNames: { before: null, after: 'Marcus Reyes' } }))).toBe('Marcus Reyes became the liaison');
  });

  it('lists fields in the form’s order whatever order the log stored them in', () => {
    const stored = { tags: { before: [], after: ['x'] }, publics: { before: [], after: ['teens'] }, website: { before: null, after: 'https://a.example' } };
    expect(summariseChange(change({ changes: stored }))).toBe('Marcus Reyes changed website, publics and tags');
    const contact = { phone: { before: null, after: '1' }, email: { before: null, after: 'a@x.example' }, name: { before: 'A', after: 'B' } };
    expect(summariseChange(change({ recordType: 'contact', recordLabel: 'B', changes: contact }))).toBe('Marcus Reyes updated contact B (name, email and phone)');
  });

  it('says renames and type changes with labels', () => {
    expect(summariseChange(change({ changes: { name: { before: 'Old', after: 'New' }, type: { before: 'museum', after: 'media' } } }))).toBe(
      'Marcus Reyes renamed the partner from “Old” to “New” and changed the type from Museum to Media',
    );
  });

  it('says what happened to contacts, goals and agreements', () => {
    expect(summariseChange(change({ actorName: 'Lena Okafor', action: 'create', recordType: 'contact', recordLabel: 'Ana Ruiz' }))).toBe(
      'Lena Okafor added contact Ana Ruiz',
    );
    expect(
      summariseChange(
        change({ recordType: 'contact', recordLabel: 'Ana Ruiz', changes: { email: { before: null, after: 'a@x.example' }, phone: { before: null, after: '1' } } }),
      ),
    ).toBe('Marcus Reyes updated contact Ana Ruiz (email and phone)');
    expect(summariseChange(change({ recordType: 'contact', recordLabel: 'Ana Ruiz', changes: { isPrimary: { before: false, after: true } } }))).toBe(
      'Marcus Reyes made Ana Ruiz the primary contact',
    );
    expect(summariseChange(change({ recordType: 'goal', recordLabel: 'More teens at homework help', changes: { text: { before: 'a', after: 'b' } } }))).toBe(
      'Marcus Reyes updated goal “More teens at homework help” (wording)',
    );
    expect(summariseChange(change({ recordType: 'goal', recordLabel: 'G', changes: { lastReviewedOn: { before: null, after: '2026-01-01' } } }))).toBe(
      'Marcus Reyes reviewed goal “G”',
    );
    expect(summariseChange(change({ action: 'archive', recordType: 'agreement', recordLabel: 'MOU 2026' }))).toBe('Marcus Reyes archived agreement “MOU 2026”');
  });

  it('shortens long goal text and speaks for the system when there is no actor', () => {
    const summary = summariseChange(change({ actorName: null, action: 'create', recordType: 'goal', recordLabel: 'x'.repeat(200) }));
    expect(summary.startsWith('The system added goal “xxx')).toBe(true);
    expect(summary.endsWith('…”')).toBe(true);
    expect(summary.length).toBeLessThan(100);
  });
});

describe('listInWords', () => {
  it('joins with commas and a final "and"', () => {
    expect(listInWords([])).toBe('');
    expect(listInWords(['a'])).toBe('a');
    expect(listInWords(['a', 'b', 'c'])).toBe('a, b and c');
  });
});

describe('primary contact sentences', () => {
  it('says who is no longer the primary contact with a verb', () => {
    expect(
      summariseChange({ actorName: 'Dana Whitfield', action: 'update', recordType: 'contact', recordLabel: 'Naomi Fields', changes: { isPrimary: { before: true, after: false } } }),
    ).toBe('Dana Whitfield removed Naomi Fields as the primary contact');
  });
});
