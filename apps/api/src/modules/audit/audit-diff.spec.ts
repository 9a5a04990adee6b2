import { auditChanges } from './audit-diff';

describe('auditChanges', () => {
  it('records only the fields that changed, with before and after', () => {
    expect(auditChanges({ name: 'A', role: 'librarian', active: true }, { name: 'A', role: 'manager', active: true })).toEqual({
      role: { before: 'librarian', after: 'manager' },
    });
  });

  it('records every field of a new record against null', () => {
    expect(auditChanges(undefined, { name: 'A', active: true })).toEqual({ name: { before: null, after: 'A' }, active: { before: null, after: true } });
  });

  it('never copies a password or its hash, only that it changed', () => {
    const changes = auditChanges({ passwordHash: '$argon2id$old' }, { passwordHash: '$argon2id$new' });
    expect(JSON.stringify(changes)).not.toContain('argon2id');
    expect(changes.passwordHash).toEqual({ before: '(hidden)', after: '(changed)' });
  });

  it('ignores bookkeeping fields and compares dates by value', () => {
    const at = new Date('2026-03-03T10:00:00Z');
    expect(auditChanges({ version: 1, updatedAt: at, due: at }, { version: 2, updatedAt: new Date(), due: new Date(at) })).toEqual({});
  });
});
