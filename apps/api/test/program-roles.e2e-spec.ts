import { randomUUID } from 'node:crypto';
import { utcDay } from '../src/modules/programs/program-dates';
import { insertPartner, setPartnerArchived } from './factories/partner.factory';
import { insertContact, insertProgram, setProgramArchived } from './factories/program.factory';
import { auditEntriesOf, fieldsOf, type Staff, startPartnerWorld } from './partner-world';
import type { SignedInAgent, TestApp } from './test-app';

describe('Program roles', () => {
  let t: TestApp;
  let librarian: Staff;
  let manager: Staff;
  let asLibrarian: SignedInAgent;
  let asOtherLibrarian: SignedInAgent;
  let asManager: SignedInAgent;

  const auditOf = (entityId: string) => auditEntriesOf(t.db, entityId);
  const roleCount = async (programId: string) =>
    ((await t.db.query('SELECT count(*)::int AS n FROM program_roles WHERE program_id = $1', [programId])) as { n: number }[])[0]!.n;

  beforeAll(async () => {
    ({ t, librarian, manager, asLibrarian, asOtherLibrarian, asManager } = await startPartnerWorld());
  });
  afterAll(() => t.close());

  it('gives a partner a role with an owner named today, audited on the partner, and shows it on the program', async () => {
    const program = await insertProgram(t.db, { title: 'Job skills workshop' });
    const board = await insertPartner(t.db, { name: `Workforce Board ${randomUUID().slice(0, 6)}` });
    const owner = await insertContact(t.db, board.id, 'Dana Whitfield');
    const created = await asLibrarian
      .post(`/api/v1/programs/${program.id}/roles`)
      .send({ partnerId: board.id, role: 'presenter', responsibilities: '  Résumé clinic, «CV» 📄  ', ownerContactId: owner.id })
      .expect(201);
    expect(created.body).toEqual({
      id: expect.any(String),
      programId: program.id,
      partner: { id: board.id, name: board.name },
      role: 'presenter',
      responsibilities: 'Résumé clinic, «CV» 📄',
      ownerContact: { id: owner.id, name: 'Dana Whitfield' },
      ownerNamedOn: utcDay(t.clock.now()),
      createdAt: expect.any(String),
      updatedAt: expect.any(String),
      createdBy: librarian.id,
      version: 1,
      archivedAt: null,
    });
    expect(await auditOf(created.body.id)).toEqual([
      {
        action: 'create',
        actor_id: librarian.id,
        partner_id: board.id,
        entity_type: 'program-role',
        changes: {
          programId: { before: null, after: program.id },
          partnerId: { before: null, after: board.id },
          role: { before: null, after: 'presenter' },
          responsibilities: { before: null, after: 'Résumé clinic, «CV» 📄' },
          ownerContactId: { before: null, after: owner.id },
          ownerNamedOn: { before: null, after: utcDay(t.clock.now()) },
        },
      },
    ]);
    const listed = await asLibrarian.get(`/api/v1/programs/${program.id}/roles`).expect(200);
    expect(listed.body).toEqual({ items: [created.body], total: 1, nextCursor: null });
    const view = await asLibrarian.get(`/api/v1/programs/${program.id}`).expect(200);
    expect(view.body.partners).toEqual([{ id: board.id, name: board.name, roles: ['presenter'] }]);

    // A date given wins; no owner, no date.
    const dated = await asLibrarian.post(`/api/v1/programs/${program.id}/roles`).send({ partnerId: board.id, role: 'funder', ownerContactId: owner.id, ownerNamedOn: '2026-01-15' }).expect(201);
    expect(dated.body).toMatchObject({ ownerNamedOn: '2026-01-15', responsibilities: '' });
    const ownerless = await asLibrarian.post(`/api/v1/programs/${program.id}/roles`).send({ partnerId: board.id, role: 'promoter' }).expect(201);
    expect(ownerless.body).toMatchObject({ ownerContact: null, ownerNamedOn: null });
  });

  it('refuses the same live role twice (409), archived or unknown partners and others’ contacts (400), saving nothing', async () => {
    const program = await insertProgram(t.db);
    const partner = await insertPartner(t.db, { name: `Clinic ${randomUUID().slice(0, 6)}` });
    const other = await insertPartner(t.db);
    const archived = await insertPartner(t.db);
    await setPartnerArchived(t.db, archived.id);
    const othersContact = await insertContact(t.db, other.id, 'Not Theirs');
    const formerContact = await insertContact(t.db, partner.id, 'Former', new Date());
    const base = `/api/v1/programs/${program.id}/roles`;
    await asLibrarian.post(base).send({ partnerId: partner.id, role: 'lead' }).expect(201);

    const twice = await asLibrarian.post(base).send({ partnerId: partner.id, role: 'lead' }).expect(409);
    expect(twice.body.detail).toBe(`${partner.name} is already lead in this program.`);
    const cases: [Record<string, unknown>, string, string?][] = [
      [{ partnerId: archived.id, role: 'lead' }, 'partnerId', 'This partner is archived. Restore it first.'],
      [{ partnerId: randomUUID(), role: 'lead' }, 'partnerId', 'Choose a partner from the list. We could not find that one.'],
      [{ partnerId: 'riverside', role: 'lead' }, 'partnerId'],
      [{ role: 'lead' }, 'partnerId'],
      [{ partnerId: partner.id, role: 'sponsor' }, 'role'],
      [{ partnerId: partner.id, role: 'presenter', ownerContactId: othersContact.id }, 'ownerContactId', `Choose one of ${partner.name}’s contacts in use as the owner.`],
      [{ partnerId: partner.id, role: 'presenter', ownerContactId: formerContact.id }, 'ownerContactId'],
      [{ partnerId: partner.id, role: 'presenter', ownerNamedOn: 'last week' }, 'ownerNamedOn'],
      [{ partnerId: partner.id, role: 'presenter', responsibilities: 'r'.repeat(2001) }, 'responsibilities'],
      [{ partnerId: partner.id, role: 'presenter', programId: program.id }, 'programId'],
    ];
    for (const [body, field, message] of cases) {
      const res = await asLibrarian.post(base).send(body);
      expect({ body, status: res.status, fields: fieldsOf(res.body) }).toEqual({ body, status: 400, fields: [field] });
      if (message) expect(res.body.errors[0].message).toBe(message);
    }
    expect(await roleCount(program.id)).toBe(1);

    // An archived program takes no new roles (400 programId); an unknown one is a 404.
    await setProgramArchived(t.db, program.id);
    const onArchived = await asLibrarian.post(base).send({ partnerId: partner.id, role: 'presenter' }).expect(400);
    expect(onArchived.body.errors).toEqual([{ field: 'programId', message: 'This program is archived. Restore it first.' }]);
    await asLibrarian.post(`/api/v1/programs/${randomUUID()}/roles`).send({ partnerId: partner.id, role: 'presenter' }).expect(404);
    await asLibrarian.get(`/api/v1/programs/${randomUUID()}/roles`).expect(404);
    expect(await roleCount(program.id)).toBe(1);
    // Reading an archived program's roles is allowed.
    expect((await asLibrarian.get(base).expect(200)).body.total).toBe(1);
  });

  it('changes a role: a new owner is dated today unless a date is sent; stale versions get 409; no-op edits make no version', async () => {
    const program = await insertProgram(t.db);
    const partner = await insertPartner(t.db);
    const ana = await insertContact(t.db, partner.id, 'Ana Ruiz');
    const ben = await insertContact(t.db, partner.id, 'Ben Ode');
    const role = (await asLibrarian.post(`/api/v1/programs/${program.id}/roles`).send({ partnerId: partner.id, role: 'co-host' }).expect(201)).body;
    await asLibrarian.post(`/api/v1/programs/${program.id}/roles`).send({ partnerId: partner.id, role: 'evaluator' }).expect(201);

    const named = await asManager.patch(`/api/v1/program-roles/${role.id}`).send({ version: 1, ownerContactId: ana.id }).expect(200);
    expect(named.body).toMatchObject({ ownerContact: { id: ana.id, name: 'Ana Ruiz' }, ownerNamedOn: utcDay(t.clock.now()), version: 2 });
    // Handing over keeps the date the role first had an owner.
    const handed = await asManager.patch(`/api/v1/program-roles/${role.id}`).send({ version: 2, ownerContactId: ben.id, responsibilities: 'Greets families' }).expect(200);
    expect(handed.body).toMatchObject({ ownerContact: { id: ben.id, name: 'Ben Ode' }, ownerNamedOn: utcDay(t.clock.now()), responsibilities: 'Greets families', version: 3 });
    const audit = await auditOf(role.id);
    expect(audit[2]).toMatchObject({
      action: 'update',
      actor_id: manager.id,
      partner_id: partner.id,
      changes: { ownerContactId: { before: ana.id, after: ben.id }, responsibilities: { before: '', after: 'Greets families' } },
    });

    const stale = await asLibrarian.patch(`/api/v1/program-roles/${role.id}`).send({ version: 2, role: 'lead' }).expect(409);
    expect(stale.body.title).toBe('Someone else changed this first');
    const taken = await asLibrarian.patch(`/api/v1/program-roles/${role.id}`).send({ version: 3, role: 'evaluator' }).expect(409);
    expect(fieldsOf(taken.body)).toEqual(['role']);
    const same = await asLibrarian.patch(`/api/v1/program-roles/${role.id}`).send({ version: 3, role: 'co-host', ownerContactId: ben.id }).expect(200);
    expect(same.body.version).toBe(3);
    expect(fieldsOf((await asLibrarian.patch(`/api/v1/program-roles/${role.id}`).send({ version: 3, partnerId: partner.id }).expect(400)).body)).toEqual(['partnerId']);
    expect(fieldsOf((await asLibrarian.patch(`/api/v1/program-roles/${role.id}`).send({ version: 3, role: null }).expect(400)).body)).toEqual(['role']);
    const cleared = await asLibrarian.patch(`/api/v1/program-roles/${role.id}`).send({ version: 3, ownerContactId: null, ownerNamedOn: null }).expect(200);
    expect(cleared.body).toMatchObject({ ownerContact: null, ownerNamedOn: null, version: 4 });
    expect((await auditOf(role.id)).map((a) => a.action)).toEqual(['create', 'update', 'update', 'update']);

    // A role of an archived partner is not changed until the partner is restored.
    await setPartnerArchived(t.db, partner.id);
    const refused = await asLibrarian.patch(`/api/v1/program-roles/${role.id}`).send({ version: 4, responsibilities: 'x' }).expect(400);
    expect(fieldsOf(refused.body)).toEqual(['partnerId']);
    await asLibrarian.patch(`/api/v1/program-roles/${randomUUID()}`).send({ version: 1, role: 'lead' }).expect(404);
  });

  it('lets librarians archive and restore only roles they added; restoring a role taken again meanwhile is a 409', async () => {
    const program = await insertProgram(t.db);
    const partner = await insertPartner(t.db);
    const base = `/api/v1/programs/${program.id}/roles`;
    const role = (await asLibrarian.post(base).send({ partnerId: partner.id, role: 'venue-host' }).expect(201)).body;

    await asOtherLibrarian.post(`/api/v1/program-roles/${role.id}/archive`).send({ version: 1 }).expect(403);
    const archived = await asLibrarian.post(`/api/v1/program-roles/${role.id}/archive`).send({ version: 1 }).expect(200);
    expect(archived.body).toMatchObject({ version: 2, archivedAt: expect.any(String) });
    expect((await asLibrarian.get(base).expect(200)).body.total).toBe(0);
    expect((await asLibrarian.get(base).query({ archived: 'true' }).expect(200)).body.items[0].id).toBe(role.id);
    expect((await asLibrarian.get(`/api/v1/programs/${program.id}`).expect(200)).body.partners).toEqual([]);

    // Archived, the role no longer blocks the partner from taking it again.
    const again = (await asOtherLibrarian.post(base).send({ partnerId: partner.id, role: 'venue-host' }).expect(201)).body;
    const clash = await asManager.post(`/api/v1/program-roles/${role.id}/restore`).send({ version: 2 }).expect(409);
    expect(clash.body.detail).toMatch(/already venue host in this program/);
    await asOtherLibrarian.post(`/api/v1/program-roles/${again.id}/archive`).send({ version: 1 }).expect(200);
    await asOtherLibrarian.post(`/api/v1/program-roles/${role.id}/restore`).send({ version: 2 }).expect(403);
    const restored = await asManager.post(`/api/v1/program-roles/${role.id}/restore`).send({ version: 2 }).expect(200);
    expect(restored.body).toMatchObject({ version: 3, archivedAt: null });
    expect((await auditOf(role.id)).map((a) => [a.action, a.partner_id])).toEqual([
      ['create', partner.id],
      ['archive', partner.id],
      ['restore', partner.id],
    ]);
  });
});
