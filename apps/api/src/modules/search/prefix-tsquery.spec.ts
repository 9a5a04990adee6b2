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
  it('ANDs the terms, each in both configurations, through bind parameters', () => {
    const values: string[] = [];
    const sql = prefixTsQuerySql(['riv:*', 'food:*'], (value) => {
      values.push(value);
      return `$${values.length}`;
    });
    expect(values).toEqual(['riv:*', 'food:*']);
    expect(sql).toBe(
      "(to_tsquery('simple', $1) || to_tsquery('english', $1)) && (to_tsquery('simple', $2) || to_tsquery('english', $2))",
    );
  });
});
