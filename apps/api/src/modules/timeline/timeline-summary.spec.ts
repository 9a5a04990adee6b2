import { channelNoun, communicationLabel, dateInWords, daysInWords, listInWords, summariseChange, summariseCommunication, type SummaryInput } from './timeline-summary';

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

describe('assessment sentences', () => {
  const created = (fields: Record<string, unknown>) => Object.fromEntries(Object.entries(fields).map(([field, after]) => [field, { before: null, after }]));

  it('names who answered and for which side, a partner’s answer having no staff actor', () => {
    expect(summariseChange(change({ actorName: null, action: 'create', recordType: 'assessment', changes: created({ side: 'partner', respondentName: 'Ana Ruiz' }) }))).toBe(
      'Ana Ruiz answered the partnership assessment for the partner',
    );
    expect(
      summariseChange(change({ actorName: 'Lena Okafor', action: 'create', recordType: 'assessment', changes: created({ side: 'library', respondentName: 'Lena Okafor' }) })),
    ).toBe('Lena Okafor answered the partnership assessment for the library');
    // An entry without the name (none is written today) still reads as a sentence.
    expect(summariseChange(change({ action: 'create', recordType: 'assessment', changes: created({ side: 'library' }) }))).toBe(
      'Marcus Reyes answered the partnership assessment for the library',
    );
  });

  it('tells a link emailed from a link made to copy, by the contact it is for', () => {
    const link = (emailed: boolean, recordLabel: string | null) =>
      summariseChange(change({ action: 'create', recordType: 'assessment-invitation', recordLabel, changes: created({ emailed, expiresAt: '2026-12-27T10:00:00.000Z' }) }));
    expect(link(true, 'Ana Ruiz')).toBe('Marcus Reyes emailed Ana Ruiz a link to the partnership assessment');
    expect(link(false, 'Ana Ruiz')).toBe('Marcus Reyes made a link to the partnership assessment for Ana Ruiz');
    expect(link(false, null)).toBe('Marcus Reyes made a link to the partnership assessment for a contact');
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

describe('communications and follow-ups in words', () => {
  const commitment = (overrides: Partial<SummaryInput>): SummaryInput =>
    change({ actorName: 'Lena Okafor', recordType: 'commitment', recordLabel: 'Send the flyer', ...overrides });

  it('says dates as people write them', () => {
    expect(dateInWords('2026-11-03')).toBe('3 Nov 2026');
    expect(dateInWords(new Date('2026-01-31T23:59:00Z'))).toBe('31 Jan 2026');
    expect(daysInWords(1)).toBe('1 day');
    expect(daysInWords(12)).toBe('12 days');
  });

  it('tells a logged communication with the partner’s people, and the channel with the right article', () => {
    expect(summariseCommunication({ actorName: 'Lena Okafor', channel: 'meeting', contactNames: ['Ana Ruiz'] })).toBe('Lena Okafor logged a meeting with Ana Ruiz');
    expect(summariseCommunication({ actorName: 'Lena Okafor', channel: 'event', contactNames: [] })).toBe('Lena Okafor logged an event');
    expect(summariseCommunication({ actorName: null, channel: 'site-visit', contactNames: ['A', 'B', 'C'] })).toBe('The system logged a site visit with A, B and C');
    expect(channelNoun('video')).toBe('a video call');
    expect(channelNoun('email')).toBe('an email');
  });

  it('tells changes to a communication by its channel and date', () => {
    const label = communicationLabel('meeting', '2026-11-03T15:00:00Z');
    expect(label).toBe('the meeting of 3 Nov 2026');
    const edited = change({ recordType: 'communication', recordLabel: label, changes: { summary: { before: 'a', after: 'b' }, factorTags: { before: [], after: [] }, staffParticipantIds: { before: [], after: [] } } });
    expect(summariseChange(edited)).toBe('Marcus Reyes edited the meeting of 3 Nov 2026 (summary, staff who took part and factor tags)');
    expect(summariseChange(change({ recordType: 'communication', recordLabel: label, action: 'restore' }))).toBe('Marcus Reyes restored the meeting of 3 Nov 2026');
  });

  it('tells a follow-up added, done on time or late, missed, cancelled and reopened', () => {
    expect(summariseChange(commitment({ action: 'create', changes: { dueOn: { before: null, after: '2026-11-10' } } }))).toBe(
      'Lena Okafor added the follow-up “Send the flyer”, due 10 Nov 2026',
    );
    const done = (completedOn: string) => ({ status: { before: 'open', after: 'done' }, completedOn: { before: null, after: completedOn } });
    expect(summariseChange(commitment({ changes: done('2026-11-12'), dueOn: '2026-11-10' }))).toBe('Lena Okafor marked “Send the flyer” done, 2 days late');
    expect(summariseChange(commitment({ changes: done('2026-11-11'), dueOn: '2026-11-10' }))).toBe('Lena Okafor marked “Send the flyer” done, 1 day late');
    expect(summariseChange(commitment({ changes: done('2026-11-10'), dueOn: '2026-11-10' }))).toBe('Lena Okafor marked “Send the flyer” done on time');
    // The due date changed in the same edit wins over the one stored now.
    expect(summariseChange(commitment({ changes: { ...done('2026-11-12'), dueOn: { before: '2026-11-10', after: '2026-11-12' } }, dueOn: '2026-12-01' }))).toBe(
      'Lena Okafor marked “Send the flyer” done on time and changed due date',
    );
    expect(summariseChange(commitment({ changes: { status: { before: 'open', after: 'missed' } } }))).toBe('Lena Okafor marked “Send the flyer” missed');
    expect(summariseChange(commitment({ changes: { status: { before: 'open', after: 'cancelled' } } }))).toBe(
      'Lena Okafor marked “Send the flyer” cancelled by agreement',
    );
    expect(
      summariseChange(commitment({ changes: { status: { before: 'done', after: 'open' }, completedOn: { before: '2026-11-10', after: null }, statusReason: { before: null, after: 'They never got it' } } })),
    ).toBe('Lena Okafor reopened “Send the flyer”: They never got it');
    expect(summariseChange(commitment({ changes: { status: { before: 'missed', after: 'cancelled' }, statusReason: { before: null, after: 'Event called off' } } }))).toBe(
      'Lena Okafor changed “Send the flyer” from missed to cancelled by agreement: Event called off',
    );
  });

  it('tells other edits to a follow-up', () => {
    expect(summariseChange(commitment({ changes: { dueOn: { before: '2026-11-10', after: '2026-11-17' } } }))).toBe('Lena Okafor moved “Send the flyer” to 17 Nov 2026');
    expect(
      summariseChange(commitment({ changes: { ownerSide: { before: 'library', after: 'partner' }, ownerUserId: { before: 'a', after: null }, description: { before: 'x', after: 'Send the flyer' } } })),
    ).toBe('Lena Okafor updated the follow-up “Send the flyer” (description and owner)');
    expect(summariseChange(commitment({ action: 'archive' }))).toBe('Lena Okafor archived the follow-up “Send the flyer”');
  });

  describe('program events', () => {
    const program = (overrides: Partial<SummaryInput>): SummaryInput =>
      change({ actorName: 'Lena Okafor', partnerName: 'Riverside Clinic', programRecord: { programTitle: 'Health Fair' }, ...overrides });

    it('tells a program held, cancelled, postponed, moved, reopened and archived', () => {
      const status = (after: string, extra: SummaryInput['changes'] = {}) =>
        summariseChange(program({ recordType: 'program', changes: { status: { before: 'planned', after }, ...extra } }));
      expect(status('held')).toBe('Lena Okafor marked “Health Fair” held');
      expect(status('cancelled', { statusReason: { before: null, after: 'low-registration' } })).toBe('Lena Okafor cancelled “Health Fair”: low registration');
      expect(status('postponed', { statusReason: { before: null, after: 'weather' }, startsOn: { before: '2026-03-03', after: '2026-04-12' } })).toBe(
        'Lena Okafor postponed “Health Fair” to 12 Apr 2026: weather',
      );
      expect(summariseChange(program({ recordType: 'program', changes: { status: { before: 'postponed', after: 'planned' } } }))).toBe(
        'Lena Okafor moved “Health Fair” back to planned',
      );
      const moved = (changes: SummaryInput['changes']) => summariseChange(program({ recordType: 'program', changes }));
      expect(moved({ startsOn: { before: '2026-03-03', after: '2026-03-10' }, endsOn: { before: '2026-03-03', after: '2026-03-12' } })).toBe(
        'Lena Okafor moved “Health Fair” to 10 Mar 2026 – 12 Mar 2026',
      );
      expect(moved({ endsOn: { before: '2026-03-03', after: '2026-03-05' } })).toBe('Lena Okafor moved the end of “Health Fair” to 5 Mar 2026');
      expect(summariseChange(program({ recordType: 'program', action: 'archive' }))).toBe('Lena Okafor archived the program “Health Fair”');
    });

    it('tells the partner’s role added, changed, removed and restored', () => {
      const role = (overrides: Partial<SummaryInput>) => summariseChange(program({ recordType: 'program-role', ...overrides }));
      // A 'create' entry says the role it was made with, whatever the role is now.
      expect(role({ action: 'create', changes: { role: { before: null, after: 'presenter' } }, programRecord: { programTitle: 'Health Fair', role: 'lead' } })).toBe(
        'Lena Okafor added Riverside Clinic to “Health Fair” as presenter',
      );
      expect(role({ action: 'create', changes: { role: { before: null, after: 'other' } } })).toBe('Lena Okafor added Riverside Clinic to “Health Fair”');
      expect(role({ changes: { role: { before: 'presenter', after: 'volunteer-provider' }, responsibilities: { before: '', after: 'x' } } })).toBe(
        'Lena Okafor changed Riverside Clinic’s role in “Health Fair” from presenter to volunteer provider and changed responsibilities',
      );
      expect(role({ changes: { ownerContactId: { before: null, after: 'c' }, ownerNamedOn: { before: null, after: '2026-03-01' } } })).toBe(
        'Lena Okafor updated Riverside Clinic’s role in “Health Fair” (owner and date the owner was named)',
      );
      const now = { programTitle: 'Health Fair', role: 'venue-host' };
      expect(role({ action: 'archive', programRecord: now })).toBe('Lena Okafor removed Riverside Clinic as venue host of “Health Fair”');
      expect(role({ action: 'restore', programRecord: now })).toBe('Lena Okafor restored Riverside Clinic as venue host of “Health Fair”');
    });

    it('tells contributions with what, from whom, for what and their value', () => {
      const recorded = (after: Record<string, unknown>, programTitle: string | null = 'Health Fair') =>
        summariseChange(
          program({
            recordType: 'contribution',
            action: 'create',
            programRecord: { programTitle },
            changes: Object.fromEntries(Object.entries(after).map(([field, value]) => [field, { before: null, after: value }])),
          }),
        );
      expect(recorded({ side: 'partner', type: 'volunteers', stage: 'actual', quantity: 12, unit: 'hours', moneyValue: 417.48 }, null)).toBe(
        'Lena Okafor recorded 12 volunteer hours from Riverside Clinic ($417.48)',
      );
      expect(recorded({ side: 'partner', type: 'volunteers', stage: 'actual', quantity: 1, unit: 'hours' })).toBe(
        'Lena Okafor recorded 1 volunteer hour from Riverside Clinic for “Health Fair”',
      );
      expect(recorded({ side: 'partner', type: 'funding', stage: 'planned', moneyValue: 2500 })).toBe(
        'Lena Okafor recorded a pledge of funding from Riverside Clinic for “Health Fair” ($2,500.00)',
      );
      expect(recorded({ side: 'library', type: 'staff-time', stage: 'actual', quantity: 3.5, unit: 'days' }, null)).toBe(
        'Lena Okafor recorded 3.5 days of staff time from the library for Riverside Clinic',
      );
      expect(recorded({ side: 'partner', type: 'expertise', stage: 'actual', quantity: 1, unit: 'sessions' })).toBe(
        'Lena Okafor recorded 1 session of expertise from Riverside Clinic for “Health Fair”',
      );
      // Later entries tell the line as it is now.
      const now = { programTitle: 'Health Fair', side: 'partner', type: 'volunteers', stage: 'actual', quantity: 10, unit: 'hours', moneyValue: 347.9 };
      expect(
        summariseChange(program({ recordType: 'contribution', programRecord: now, changes: { quantity: { before: 12, after: 10 }, moneyValue: { before: 417.48, after: 347.9 } } })),
      ).toBe('Lena Okafor updated the contribution of 10 volunteer hours from Riverside Clinic for “Health Fair” (quantity and value)');
      expect(summariseChange(program({ recordType: 'contribution', action: 'archive', programRecord: now }))).toBe(
        'Lena Okafor archived the contribution of 10 volunteer hours from Riverside Clinic for “Health Fair”',
      );
    });

    it('tells impact notes by their kind and what they are about', () => {
      const note = (overrides: Partial<SummaryInput>) => summariseChange(program({ recordType: 'impact-note', ...overrides }));
      expect(note({ action: 'create', changes: { kind: { before: null, after: 'quote' } } })).toBe('Lena Okafor added a quote to “Health Fair”');
      expect(note({ action: 'create', changes: { kind: { before: null, after: 'outcome' } }, programRecord: { programTitle: null } })).toBe(
        'Lena Okafor added an outcome about Riverside Clinic',
      );
      expect(note({ changes: { text: { before: 'a', after: 'b' }, consentToQuote: { before: false, after: true } }, programRecord: { programTitle: 'Health Fair', kind: 'quote' } })).toBe(
        'Lena Okafor edited the quote on “Health Fair” (text and consent to quote)',
      );
      expect(note({ action: 'archive', programRecord: { programTitle: null, kind: 'media-mention' } })).toBe('Lena Okafor archived the media mention about Riverside Clinic');
    });
  });
});
