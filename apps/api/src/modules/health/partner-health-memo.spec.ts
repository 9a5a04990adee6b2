import { DEFAULT_POLICY } from '@common-ground/scoring';
import type { PartnerHealthDto } from './dto/partner-health.response.dto';
import type { EvidenceText } from './health-evidence.repository';
import type { SnapshotRow } from './health-snapshots.repository';
import { PartnerHealthMemo, healthFingerprint, type PartnerHealthInputs } from './partner-health-memo';

const evidence = (...columns: (string | null)[]): EvidenceText => ({
  columns,
  evidence: () => {
    throw new Error('the fingerprint must not parse the evidence');
  },
});
const snapshot = (score: number) => ({ asOf: '2026-10-01', reason: 'monthly', factors: { SA: { score } } }) as unknown as SnapshotRow;
const inputs = (changes: Partial<PartnerHealthInputs> = {}): PartnerHealthInputs => ({
  asOf: '2026-11-27',
  policy: DEFAULT_POLICY,
  evidence: evidence('[{"id":"p1"}]', '[["c1","p1","2026-11-01"]]', null),
  snapshots: [snapshot(3.5)],
  waves: [{ id: 'w1', openedOn: '2026-09-01' }],
  ...changes,
});
const page = (partnerId: string) => ({ partnerId }) as PartnerHealthDto;

describe('healthFingerprint', () => {
  it('is the same for the same inputs', () => {
    expect(healthFingerprint(inputs())).toBe(healthFingerprint(inputs()));
  });

  it('changes with each input the page is computed from', () => {
    const base = healthFingerprint(inputs());
    const changed = [
      inputs({ asOf: '2026-11-28' }),
      inputs({ policy: { ...DEFAULT_POLICY, trend: { ...DEFAULT_POLICY.trend, windowMonths: DEFAULT_POLICY.trend.windowMonths + 1 } } }),
      inputs({ evidence: evidence('[{"id":"p1"}]', '[["c1","p1","2026-11-02"]]', null) }),
      inputs({ evidence: evidence('[{"id":"p1"}]', '[["c1","p1","2026-11-01"]]', '[]') }),
      inputs({ snapshots: [snapshot(3.6)] }),
      inputs({ snapshots: [] }),
      inputs({ waves: [] }),
    ].map(healthFingerprint);
    for (const fingerprint of changed) expect(fingerprint).not.toBe(base);
    expect(new Set(changed).size).toBe(changed.length);
  });

  it('keeps the evidence columns apart: text moved from one column to the next, or a null, is a change', () => {
    const a = healthFingerprint(inputs({ evidence: evidence('ab', 'c') }));
    expect(healthFingerprint(inputs({ evidence: evidence('a', 'bc') }))).not.toBe(a);
    expect(healthFingerprint(inputs({ evidence: evidence(null, 'c') }))).not.toBe(healthFingerprint(inputs({ evidence: evidence('null', 'c') })));
    expect(healthFingerprint(inputs({ evidence: evidence('', 'c') }))).not.toBe(healthFingerprint(inputs({ evidence: evidence(null, 'c') })));
  });
});

describe('PartnerHealthMemo', () => {
  it('gives a page back only for the fingerprint it was computed with', () => {
    const memo = new PartnerHealthMemo();
    memo.set('p1', 'f1', page('p1'));
    expect(memo.get('p1', 'f1')).toEqual(page('p1'));
    expect(memo.get('p1', 'f2')).toBeUndefined();
    expect(memo.get('p2', 'f1')).toBeUndefined();
    // A newer page of the partner replaces the older one.
    memo.set('p1', 'f2', { ...page('p1'), asOf: '2026-11-28' } as PartnerHealthDto);
    expect(memo.get('p1', 'f1')).toBeUndefined();
    expect(memo.get('p1', 'f2')?.asOf).toBe('2026-11-28');
    expect(memo.size).toBe(1);
  });

  it('holds at most its capacity, forgetting the partner read least recently', () => {
    const memo = new PartnerHealthMemo();
    const n = PartnerHealthMemo.CAPACITY;
    for (let i = 0; i < n; i++) memo.set(`p${i}`, 'f', page(`p${i}`));
    expect(memo.get('p0', 'f')).toBeDefined(); // read: p1 is now the least recently used
    memo.set(`p${n}`, 'f', page(`p${n}`));
    expect(memo.size).toBe(n);
    expect(memo.get('p1', 'f')).toBeUndefined();
    expect(memo.get('p0', 'f')).toBeDefined();
    expect(memo.get(`p${n}`, 'f')).toBeDefined();
  });
});
