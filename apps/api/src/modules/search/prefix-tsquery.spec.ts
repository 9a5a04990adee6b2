import { prefixSearchTerms, prefixTsQuerySql } from './prefix-tsquery';

describe('prefixSearchTerms', () => {
  it('turns each word into a prefix term', () => {
    expect(prefixSearchTerms('riv')).toEqual(['riv:*']);
    expect(prefixSearchTerms('  Riverside   food ')).toEqual(['Riverside:*', 'food:*']);
  });

  it('strips tsquery syntax so any input parses', () => {
    expect(prefixSearchTerms("O'Brien & (x)")).toEqual(['O:*', 'Brien:*', 'x:*']);
    expect(prefixSearchTerms('a:b* | !c <-> "d" \\e')).toEqual(['a:*', 'b:*', 'c:*', 'd:*', 'e:*']);
  });

  it('keeps letters of any script and email-like words', () => {
    expect(prefixSearchTerms('Zoë 図書館 مكتبة')).toEqual(['Zoë:*', '図書館:*', 'مكتبة:*']);
    expect(prefixSearchTerms('ana@riverside.example')).toEqual(['ana@riverside.example:*']);
  });

  it('is null when nothing searchable is left', () => {
    expect(prefixSearchTerms(undefined)).toBeNull();
    expect(prefixSearchTerms('')).toBeNull();
    expect(prefixSearchTerms('  & | ! ( ) - 🎉 ')).toBeNull();
  });

  it('caps the number of words', () => {
    expect(prefixSearchTerms(Array.from({ length: 30 }, (_, i) => `w${i}`).join(' '))).toHaveLength(12);
  });
});

describe('prefixTsQuerySql', () => {
  it('ANDs the terms, each bound once as a parameter and parsed in both configurations', () => {
    const values: string[] = [];
    const sql = prefixTsQuerySql(['riv:*', 'food:*'], (value) => {
      values.push(value);
      return `$${values.length}`;
    });
    expect(values).toEqual(['riv:*', 'food:*']);
    const [first, second, ...rest] = sql.split(' && ');
    expect(rest).toEqual([]);
    for (const [term, placeholder] of [[first, '$1'], [second, '$2']] as const) {
      expect(term).toContain(`to_tsquery('simple', ${placeholder})`);
      expect(term).toContain(`to_tsquery('english', ${placeholder})`);
    }
    // What the SQL evaluates to is tested against PostgreSQL in test/search.e2e-spec.ts.
  });
});
