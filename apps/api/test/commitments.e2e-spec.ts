import { dayOf, insertContact, plusDays, rowsForPartner, statementsDuring } from './factories/communication.factory';
import { insertPartner, setPartnerArchived } from './factories/partner.factory';
import { insertProgram, insertRole, setProgramArchived } from './factories/program.factory';
import { auditEntriesOf, fieldsOf, type Staff, startPartnerWorld } from './partner-world';
import type { SignedInAgent, TestApp } from './test-app';

type Commitment = { id: string; dueOn: string; version: number; [key: string]: unknown };

describe('Commitments', () => {
  let t: TestApp;
  let manager: Staff;
  let librarian: Staff;
  let otherLibrarian: Staff;
  let asManager: SignedInAgent;
  let asLibrarian: SignedInAgent;
  let asOtherLibrarian: SignedInAgent;

  const base = '/api/v1/commitments';
  const today = () => dayOf(t.clock.now());
  const auditOf = (entityId: string) => auditEntriesOf(t.db, entityId);
  const add = async (partnerId: string, body: Record<string, unknown> = {}, agent: SignedInAgent = asLibrarian): Promise<Commitment> =>
    (await agent.post(base).send({ partnerId, description: 'Send the flyer', dueOn: today(), ...body }).expect(201)).body as Commitment;

  /** Moving the clock a day on ends every session (30 minutes idle): sign everyone in again at the new time. */
  const advanceDays = async (days: number) => {
    t.clock.advanceMinutes(days * 24 * 60);
    [asManager, asLibrarian, asOtherLibrarian] = await Promise.all([t.signIn(manager.email), t.signIn(librarian.email), t.signIn(otherLibrarian.email)]);
  };

  beforeAll(async () => {
    ({ t, manager, librarian, otherLibrarian, asManager, asLibrarian, asOtherLibrarian } = await startPartnerWorld());
  });
  afterAll(() => t.close());

  it('adds a commitment owned by its author by default, and audits it on the partner', async () => {
    const partner = await insertPartner(t.db, { name: 'Riverside Food Bank' });
    const created = await add(partner.id, { description: '  Send the flyer  ', dueOn: plusDays(today(), 3) });
    expect(created).toEqual({
      id: expect.any(String),
      partnerId: partner.id,
      partner: { id: partner.id, name: 'Riverside Food Bank' },
      communicationId: null,
      program: null,
      description: 'Send the flyer',
      ownerSide: 'library',
      ownerUser: { id: librarian.id, name: librarian.name },
      ownerContact: null,
      dueOn: plusDays(today(), 3),
      status: 'open',
      completedOn: null,
      completion: null,
      overdue: false,
      statusChangedAt: null,
      statusChangedBy: null,
      statusReason: null,
      createdAt: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T/),
      updatedAt: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T/),
      createdBy: librarian.id,
      version: 1,
      archivedAt: null,
    });
    expect((await asManager.get(`${base}/${created.id}`).expect(200)).body).toEqual(created);
    expect(await auditOf(created.id)).toEqual([
      {
        action: 'create',
        actor_id: librarian.id,
        partner_id: partner.id,
        entity_type: 'commitment',
        changes: {
          description: { before: null, after: 'Send the flyer' },
          ownerSide: { before: null, after: 'library' },
          ownerUserId: { before: null, after: librarian.id },
          dueOn: { before: null, after: plusDays(today(), 3) },
          status: { before: null, after: 'open' },
        },
      },
    ]);
  });

  it('names owners on either side: a colleague, a contact of this partner, or the partner organisation', async () => {
    const partner = await insertPartner(t.db, { name: 'Northside Clinic' });
    const other = await insertPartner(t.db);
    const ana = await insertContact(t.db, partner.id, { name: 'Ana Ruiz' });
    const outsider = await insertContact(t.db, other.id, { name: 'Omar Haddad' });

    expect((await add(partner.id, { ownerUserId: otherLibrarian.id })).ownerUser).toEqual({ id: otherLibrarian.id, name: otherLibrarian.name });
    expect(await add(partner.id, { ownerSide: 'partner', ownerContactId: ana.id })).toMatchObject({ ownerSide: 'partner', ownerUser: null, ownerContact: { id: ana.id, name: 'Ana Ruiz' } });
    expect(await add(partner.id, { ownerSide: 'partner' })).toMatchObject({ ownerSide: 'partner', ownerUser: null, ownerContact: null });

    const foreign = await asLibrarian.post(base).send({ partnerId: partner.id, description: 'X', dueOn: today(), ownerSide: 'partner', ownerContactId: outsider.id }).expect(400);
    expect(foreign.body.errors).toEqual([{ field: 'ownerContactId', message: 'Omar Haddad is not a contact of Northside Clinic.' }]);
    const crossed = await asLibrarian.post(base).send({ partnerId: partner.id, description: 'X', dueOn: today(), ownerSide: 'partner', ownerUserId: librarian.id }).expect(400);
    expect(fieldsOf(crossed.body)).toEqual(['ownerUserId']);
    const contactOnLibrarySide = await asLibrarian.post(base).send({ partnerId: partner.id, description: 'X', dueOn: today(), ownerContactId: ana.id }).expect(400);
    expect(fieldsOf(contactOnLibrarySide.body)).toEqual(['ownerContactId']);
    const leaver = await t.createStaff('librarian');
    await t.db.query('UPDATE users SET active = false WHERE id = $1', [leaver.id]);
    const inactive = await asLibrarian.post(base).send({ partnerId: partner.id, description: 'X', dueOn: today(), ownerUserId: leaver.id }).expect(400);
    expect(inactive.body.errors).toEqual([{ field: 'ownerUserId', message: `${leaver.name}’s account is deactivated, so they cannot be chosen.` }]);
    expect(await rowsForPartner(t.db, 'commitments', partner.id)).toBe(3);

    // Handing over on an edit: changing sides clears the other side's owner.
    const handed = await add(partner.id);
    const toPartner = await asManager.patch(`${base}/${handed.id}`).send({ version: 1, ownerSide: 'partner', ownerContactId: ana.id }).expect(200);
    expect(toPartner.body).toMatchObject({ ownerSide: 'partner', ownerUser: null, ownerContact: { id: ana.id, name: 'Ana Ruiz' }, version: 2 });
    const back = await asManager.patch(`${base}/${handed.id}`).send({ version: 2, ownerSide: 'library' }).expect(200);
    expect(back.body).toMatchObject({ ownerSide: 'library', ownerUser: { id: manager.id, name: manager.name }, ownerContact: null, version: 3 });
    const badEdit = await asManager.patch(`${base}/${handed.id}`).send({ version: 3, ownerSide: 'partner', ownerContactId: outsider.id }).expect(400);
    expect(fieldsOf(badEdit.body)).toEqual(['ownerContactId']);
  });

  it('ties a commitment to a communication of the same partner, due on or after its day', async () => {
    const partner = await insertPartner(t.db, { name: 'Harbor Literacy' });
    const other = await insertPartner(t.db);
    const occurredAt = new Date(t.clock.now().getTime() - 4 * 24 * 60 * 60 * 1000);
    const day = dayOf(occurredAt);
    const communication = (await asLibrarian.post('/api/v1/communications').send({ partnerId: partner.id, channel: 'call', occurredAt: occurredAt.toISOString() }).expect(201)).body;

    const linked = await add(partner.id, { communicationId: communication.id, dueOn: day });
    expect(linked.communicationId).toBe(communication.id);
    const early = await asLibrarian.post(base).send({ partnerId: partner.id, communicationId: communication.id, description: 'X', dueOn: plusDays(day, -1) }).expect(400);
    expect(early.body.errors).toEqual([{ field: 'dueOn', message: 'Enter a due date on or after the day of the communication' }]);
    const elsewhere = await asLibrarian.post(base).send({ partnerId: other.id, communicationId: communication.id, description: 'X', dueOn: day }).expect(400);
    expect(fieldsOf(elsewhere.body)).toEqual(['communicationId']);
    const moved = await asLibrarian.patch(`${base}/${linked.id}`).send({ version: 1, dueOn: plusDays(day, -2) }).expect(400);
    expect(fieldsOf(moved.body)).toEqual(['dueOn']);

    // It shows among the communication's follow-ups.
    expect((await asLibrarian.get(`/api/v1/communications/${communication.id}`).expect(200)).body.followUps.map((f: Commitment) => f.id)).toEqual([linked.id]);
  });

  it('makes a commitment a duty of a program the partner has a role in, audits the link, and filters by program', async () => {
    const partner = await insertPartner(t.db, { name: 'Riverside Clinic' });
    const fair = await insertProgram(t.db, { title: 'Health Fair' });
    const other = await insertProgram(t.db, { title: 'Job Skills Workshop' });
    await insertRole(t.db, fair.id, partner.id, 'presenter');
    await insertRole(t.db, other.id, partner.id, 'promoter');

    const duty = await add(partner.id, { programId: fair.id, description: 'Bring the blood pressure cuffs' });
    expect(duty).toMatchObject({ program: { id: fair.id, title: 'Health Fair' }, communicationId: null, version: 1 });
    expect((await asManager.get(`${base}/${duty.id}`).expect(200)).body).toEqual(duty);
    expect((await auditOf(duty.id))[0]!.changes.programId).toEqual({ before: null, after: fair.id });

    // Set, moved and cleared on an edit; each change audited.
    const plain = await add(partner.id);
    const linked = await asLibrarian.patch(`${base}/${plain.id}`).send({ version: 1, programId: other.id }).expect(200);
    expect(linked.body).toMatchObject({ program: { id: other.id, title: 'Job Skills Workshop' }, version: 2 });
    const moved = await asLibrarian.patch(`${base}/${plain.id}`).send({ version: 2, programId: fair.id }).expect(200);
    expect(moved.body.program).toEqual({ id: fair.id, title: 'Health Fair' });
    const cleared = await asLibrarian.patch(`${base}/${plain.id}`).send({ version: 3, programId: null }).expect(200);
    expect(cleared.body).toMatchObject({ program: null, version: 4 });
    expect((await auditOf(plain.id)).slice(1).map((a) => a.changes)).toEqual([
      { programId: { before: null, after: other.id } },
      { programId: { before: other.id, after: fair.id } },
      { programId: { before: fair.id, after: null } },
    ]);
    // Naming the program it already has is no change.
    expect((await asLibrarian.patch(`${base}/${duty.id}`).send({ version: 1, programId: fair.id }).expect(200)).body.version).toBe(1);

    const otherDuty = await add(partner.id, { programId: other.id });
    const ofProgram = async (programId: string) =>
      (await asLibrarian.get(base).query({ programId }).expect(200)).body.items.map((c: Commitment) => c.id) as string[];
    expect(await ofProgram(fair.id)).toEqual([duty.id]);
    expect(await ofProgram(other.id)).toEqual([otherDuty.id]);
    expect(fieldsOf((await asLibrarian.get(base).query({ programId: 'health-fair' }).expect(400)).body)).toEqual(['programId']);
  });

  it('refuses a program that is archived, unknown, or one the partner has no role in (400 programId), saving nothing', async () => {
    const partner = await insertPartner(t.db, { name: 'Eastside Clinic' });
    const stranger = await insertPartner(t.db, { name: 'Westside Players' });
    const fair = await insertProgram(t.db, { title: 'Spring Health Fair' });
    const archived = await insertProgram(t.db, { title: 'Old Fair' });
    const ended = await insertProgram(t.db, { title: 'Winter Walk' });
    await insertRole(t.db, fair.id, stranger.id, 'lead');
    await insertRole(t.db, archived.id, partner.id, 'presenter');
    await insertRole(t.db, ended.id, partner.id, 'presenter', { archivedAt: new Date() });
    await setProgramArchived(t.db, archived.id);
    const post = (programId: unknown) => asLibrarian.post(base).send({ partnerId: partner.id, description: 'X', dueOn: today(), programId });

    expect((await post(fair.id).expect(400)).body.errors).toEqual([
      { field: 'programId', message: 'Eastside Clinic has no role in “Spring Health Fair”. Add the partner to the program first, or leave the program out.' },
    ]);
    // A role that has ended (archived) is no role.
    expect((await post(ended.id).expect(400)).body.errors[0].message).toMatch(/^Eastside Clinic has no role in “Winter Walk”/);
    expect((await post(archived.id).expect(400)).body.errors).toEqual([{ field: 'programId', message: 'This program is archived. Restore it first.' }]);
    expect(fieldsOf((await post('7d8e7a4e-8f2b-4a3b-9a41-5d7c2b1f0e99').expect(400)).body)).toEqual(['programId']);
    expect(fieldsOf((await post('health-fair').expect(400)).body)).toEqual(['programId']);
    expect(await rowsForPartner(t.db, 'commitments', partner.id)).toBe(0);

    const commitment = await add(partner.id);
    const refused = await asLibrarian.patch(`${base}/${commitment.id}`).send({ version: 1, programId: fair.id, description: 'Changed' }).expect(400);
    expect(fieldsOf(refused.body)).toEqual(['programId']);
    expect((await asLibrarian.get(`${base}/${commitment.id}`).expect(200)).body).toEqual(commitment);
  });

  it('restores a program duty only while its program is in use', async () => {
    const partner = await insertPartner(t.db);
    const fair = await insertProgram(t.db);
    await insertRole(t.db, fair.id, partner.id, 'presenter');
    const duty = await add(partner.id, { programId: fair.id });
    await asLibrarian.post(`${base}/${duty.id}/archive`).send({ version: 1 }).expect(200);
    await setProgramArchived(t.db, fair.id);
    const refused = await asLibrarian.post(`${base}/${duty.id}/restore`).send({ version: 2 }).expect(400);
    expect(fieldsOf(refused.body)).toEqual(['programId']);
    await setProgramArchived(t.db, fair.id, null);
    expect((await asLibrarian.post(`${base}/${duty.id}/restore`).send({ version: 2 }).expect(200)).body).toMatchObject({ archivedAt: null, version: 3 });
  });

  it('derives done on time or late from the completion date against the due date', async () => {
    const partner = await insertPartner(t.db);
    const dueToday = await add(partner.id, { dueOn: today() });
    const dueYesterday = await add(partner.id, { dueOn: plusDays(today(), -1) });
    const dueLastWeek = await add(partner.id, { dueOn: plusDays(today(), -7) });

    const onTime = await asLibrarian.patch(`${base}/${dueToday.id}`).send({ version: 1, status: 'done' }).expect(200);
    expect(onTime.body).toMatchObject({
      status: 'done',
      completedOn: today(),
      completion: 'on-time',
      overdue: false,
      statusChangedAt: t.clock.now().toISOString(),
      statusChangedBy: { id: librarian.id, name: librarian.name },
      statusReason: null,
      version: 2,
    });
    const late = await asLibrarian.patch(`${base}/${dueYesterday.id}`).send({ version: 1, status: 'done' }).expect(200);
    expect(late.body).toMatchObject({ status: 'done', completedOn: today(), completion: 'late' });
    // Done last week, recorded today: on time, by the date it was done.
    const backdated = await asLibrarian.patch(`${base}/${dueLastWeek.id}`).send({ version: 1, status: 'done', completedOn: plusDays(today(), -8) }).expect(200);
    expect(backdated.body).toMatchObject({ completedOn: plusDays(today(), -8), completion: 'on-time' });
    // Correcting the completion date of a done commitment is not a status change.
    const corrected = await asLibrarian.patch(`${base}/${dueLastWeek.id}`).send({ version: 2, completedOn: plusDays(today(), -6) }).expect(200);
    expect(corrected.body).toMatchObject({ status: 'done', completedOn: plusDays(today(), -6), completion: 'late', version: 3 });

    const open = await add(partner.id);
    const future = await asLibrarian.patch(`${base}/${open.id}`).send({ version: 1, status: 'done', completedOn: plusDays(today(), 1) }).expect(400);
    expect(fieldsOf(future.body)).toEqual(['completedOn']);
    const notDone = await asLibrarian.patch(`${base}/${open.id}`).send({ version: 1, status: 'missed', completedOn: today() }).expect(400);
    expect(fieldsOf(notDone.body)).toEqual(['completedOn']);

    const audit = await auditOf(dueYesterday.id);
    expect(audit[1]).toMatchObject({ action: 'update', actor_id: librarian.id, partner_id: partner.id, entity_type: 'commitment' });
    expect(audit[1]!.changes).toEqual({ status: { before: 'open', after: 'done' }, completedOn: { before: null, after: today() } });
  });

  it('counts a commitment overdue only after its due day: due today is not overdue', async () => {
    const partner = await insertPartner(t.db);
    const dueToday = await add(partner.id, { dueOn: today() });
    const dueYesterday = await add(partner.id, { dueOn: plusDays(today(), -1) });
    const doneLate = await add(partner.id, { dueOn: plusDays(today(), -3) });
    await asLibrarian.patch(`${base}/${doneLate.id}`).send({ version: 1, status: 'done' }).expect(200);
    const missed = await add(partner.id, { dueOn: plusDays(today(), -3) });
    await asLibrarian.patch(`${base}/${missed.id}`).send({ version: 1, status: 'missed' }).expect(200);

    const overdueOf = async (id: string) => (await asLibrarian.get(`${base}/${id}`).expect(200)).body.overdue as boolean;
    expect([await overdueOf(dueToday.id), await overdueOf(dueYesterday.id), await overdueOf(doneLate.id), await overdueOf(missed.id)]).toEqual([false, true, false, false]);
    const overdueIds = async () => (await asLibrarian.get(base).query({ partnerId: partner.id, overdue: 'true' }).expect(200)).body.items.map((c: Commitment) => c.id);
    expect(await overdueIds()).toEqual([dueYesterday.id]);
    expect((await asLibrarian.get(base).query({ partnerId: partner.id, overdue: 'false' }).expect(200)).body.total).toBe(3);

    // A day later, today's becomes overdue too (the injected clock decides what today is).
    await advanceDays(1);
    expect(await overdueOf(dueToday.id)).toBe(true);
    expect(await overdueIds()).toEqual([dueYesterday.id, dueToday.id]);
  });

  it('lets a closed commitment change status only with a reason, and records who changed it, when and why', async () => {
    const partner = await insertPartner(t.db);
    const commitment = await add(partner.id, { dueOn: plusDays(today(), -2) });
    const url = `${base}/${commitment.id}`;
    await asLibrarian.patch(url).send({ version: 1, status: 'done' }).expect(200);

    const noReason = await asOtherLibrarian.patch(url).send({ version: 2, status: 'open' }).expect(400);
    expect(noReason.body.errors).toEqual([{ field: 'reason', message: 'Say why this follow-up is being reopened' }]);
    const blankReason = await asOtherLibrarian.patch(url).send({ version: 2, status: 'open', reason: '   ' }).expect(400);
    expect(fieldsOf(blankReason.body)).toEqual(['reason']);
    const toCancelled = await asOtherLibrarian.patch(url).send({ version: 2, status: 'cancelled' }).expect(400);
    expect(toCancelled.body.errors).toEqual([{ field: 'reason', message: 'Say why this follow-up’s status is being changed' }]);
    expect((await asLibrarian.get(url).expect(200)).body).toMatchObject({ status: 'done', version: 2 });

    t.clock.advanceMinutes(5);
    const reopened = await asOtherLibrarian.patch(url).send({ version: 2, status: 'open', reason: 'The flyer had the wrong date' }).expect(200);
    expect(reopened.body).toMatchObject({
      status: 'open',
      completedOn: null,
      completion: null,
      overdue: true,
      statusChangedAt: t.clock.now().toISOString(),
      statusChangedBy: { id: otherLibrarian.id, name: otherLibrarian.name },
      statusReason: 'The flyer had the wrong date',
      version: 3,
    });
    // From open, anything goes without a reason.
    const missed = await asLibrarian.patch(url).send({ version: 3, status: 'missed' }).expect(200);
    expect(missed.body).toMatchObject({ status: 'missed', statusReason: null, statusChangedBy: { id: librarian.id, name: librarian.name } });
    const cancelled = await asManager.patch(url).send({ version: 4, status: 'cancelled', reason: 'Agreed with the partner' }).expect(200);
    expect(cancelled.body).toMatchObject({ status: 'cancelled', statusReason: 'Agreed with the partner', version: 5 });
    // Marking cancelled again changes nothing: no version, no audit entry.
    expect((await asManager.patch(url).send({ version: 5, status: 'cancelled' }).expect(200)).body.version).toBe(5);

    const audit = await auditOf(commitment.id);
    expect(audit.map((a) => [a.action, a.actor_id])).toEqual([
      ['create', librarian.id],
      ['update', librarian.id],
      ['update', otherLibrarian.id],
      ['update', librarian.id],
      ['update', manager.id],
    ]);
    expect(audit[2]!.changes).toEqual({
      status: { before: 'done', after: 'open' },
      completedOn: { before: today(), after: null },
      statusReason: { before: null, after: 'The flyer had the wrong date' },
    });
  });

  it('lets one of two people completing the same commitment at once win; the other is told (409)', async () => {
    const partner = await insertPartner(t.db);
    const commitment = await add(partner.id);
    const url = `${base}/${commitment.id}`;
    const results = await Promise.all([
      asLibrarian.patch(url).send({ version: 1, status: 'done' }),
      asOtherLibrarian.patch(url).send({ version: 1, status: 'done', completedOn: plusDays(today(), -1) }),
    ]);
    expect(results.map((r) => r.status).sort()).toEqual([200, 409]);
    const loser = results.find((r) => r.status === 409)!;
    expect(loser.body.title).toBe('Someone else changed this first');
    expect((await asLibrarian.get(url).expect(200)).body).toMatchObject({ status: 'done', version: 2 });
    expect((await auditOf(commitment.id)).map((a) => a.action)).toEqual(['create', 'update']);
  });

  it('lets librarians archive and restore only commitments they added; managers any', async () => {
    const partner = await insertPartner(t.db);
    const commitment = await add(partner.id);
    const url = `${base}/${commitment.id}`;
    const refused = await asOtherLibrarian.post(`${url}/archive`).send({ version: 1 }).expect(403);
    expect(refused.body.detail).toMatch(/Only the person who added this follow-up/);
    await asLibrarian.post(`${url}/archive`).send({ version: 1 }).expect(200);
    expect((await asLibrarian.get(base).query({ partnerId: partner.id }).expect(200)).body.total).toBe(0);
    expect((await asLibrarian.get(base).query({ partnerId: partner.id, archived: 'true' }).expect(200)).body.items[0].id).toBe(commitment.id);
    await asOtherLibrarian.post(`${url}/restore`).send({ version: 2 }).expect(403);
    const restored = await asManager.post(`${url}/restore`).send({ version: 2 }).expect(200);
    expect(restored.body).toMatchObject({ version: 3, archivedAt: null });
    expect((await auditOf(commitment.id)).map((a) => [a.action, a.actor_id])).toEqual([
      ['create', librarian.id],
      ['archive', librarian.id],
      ['restore', manager.id],
    ]);

    await setPartnerArchived(t.db, partner.id);
    const frozen = await asLibrarian.patch(url).send({ version: 3, status: 'done' }).expect(400);
    expect(fieldsOf(frozen.body)).toEqual(['partnerId']);
    expect((await asLibrarian.post(base).send({ partnerId: partner.id, description: 'X', dueOn: today() }).expect(400)).body.errors[0].field).toBe('partnerId');
  });

  it('lists commitments soonest due first with filters, in a fixed number of statements', async () => {
    const partner = await insertPartner(t.db);
    const ana = await insertContact(t.db, partner.id);
    const ids: string[] = [];
    for (let i = 0; i < 6; i++) {
      const body = i % 2 ? { ownerSide: 'partner', ownerContactId: ana.id } : { ownerUserId: otherLibrarian.id };
      ids.push((await add(partner.id, { ...body, dueOn: plusDays(today(), i - 2) })).id);
    }
    await asLibrarian.patch(`${base}/${ids[5]}`).send({ version: 1, status: 'done' }).expect(200);
    const list = async (query: Record<string, string | number>) =>
      (await asOtherLibrarian.get(base).query({ partnerId: partner.id, ...query }).expect(200)).body as { items: Commitment[]; total: number };
    const idsOf = (page: { items: Commitment[] }) => page.items.map((c) => c.id);

    expect(idsOf(await list({}))).toEqual(ids);
    expect(idsOf(await list({ sort: '-dueOn' }))).toEqual([...ids].reverse());
    expect(idsOf(await list({ ownerUserId: 'me' }))).toEqual([ids[0], ids[2], ids[4]]);
    expect(idsOf(await list({ ownerUserId: librarian.id }))).toEqual([]);
    expect(idsOf(await list({ status: 'done' }))).toEqual([ids[5]]);
    expect(idsOf(await list({ dueBefore: today() }))).toEqual([ids[0], ids[1]]);
    expect((await list({ limit: 2, offset: 2 })).total).toBe(6);

    const statementsFor = async (limit: number) => (await statementsDuring(() => list({ limit }))).length;
    expect(await statementsFor(1)).toBe(1);
    expect(await statementsFor(6)).toBe(1);

    const bad = await asLibrarian.get(base).query({ status: 'late', overdue: 'maybe', dueBefore: 'soon', ownerUserId: 'you' }).expect(400);
    expect(fieldsOf(bad.body).sort()).toEqual(['dueBefore', 'overdue', 'ownerUserId', 'status']);
  });

  it('answers bad input with a 400 naming the field and saves nothing', async () => {
    const partner = await insertPartner(t.db);
    const valid = { partnerId: partner.id, description: 'Send the flyer', dueOn: today() };
    const cases: [Record<string, unknown>, string][] = [
      [{ ...valid, dueOn: undefined }, 'dueOn'],
      [{ ...valid, dueOn: '2026-02-30' }, 'dueOn'],
      [{ ...valid, description: '' }, 'description'],
      [{ ...valid, description: 'd'.repeat(2001) }, 'description'],
      [{ ...valid, ownerSide: 'both' }, 'ownerSide'],
      [{ ...valid, status: 'done' }, 'status'],
    ];
    for (const [body, field] of cases) {
      const res = await asLibrarian.post(base).send(body);
      expect({ field, status: res.status, fields: fieldsOf(res.body) }).toEqual({ field, status: 400, fields: [field] });
    }
    expect(await rowsForPartner(t.db, 'commitments', partner.id)).toBe(0);

    const commitment = await add(partner.id);
    const edits: Record<string, unknown>[] = [{ status: 'finished' }, { reason: 'r'.repeat(1001) }, { description: null }, { dueOn: null }, { completedOn: 'today' }];
    for (const edit of edits) {
      const res = await asLibrarian.patch(`${base}/${commitment.id}`).send({ version: 1, ...edit });
      expect({ status: res.status, fields: fieldsOf(res.body) }).toEqual({ status: 400, fields: Object.keys(edit) });
    }
    await asLibrarian.patch(`${base}/${commitment.id}`).send({ status: 'done' }).expect(400);
    expect((await asLibrarian.get(`${base}/${commitment.id}`).expect(200)).body).toEqual(commitment);
    await asLibrarian.get(`${base}/7d8e7a4e-8f2b-4a3b-9a41-5d7c2b1f0e99`).expect(404);
    await asLibrarian.patch(`${base}/7d8e7a4e-8f2b-4a3b-9a41-5d7c2b1f0e99`).send({ version: 1, status: 'done' }).expect(404);
  });
});
