import fc from 'fast-check';
import { parseCsv, toCsv, UTF8_BOM } from '../../src/domain/csv';

const rowsOf = (text: string) => {
  const parsed = parseCsv(text);
  if (!parsed.ok) throw new Error(parsed.error);
  return parsed.rows;
};

describe('toCsv', () => {
  it('starts with the UTF-8 byte-order mark so Excel opens Chinese names, and ends rows with CRLF', () => {
    const text = toCsv([['name', 'total'], ['王芳', 92.5]]);
    expect(text.startsWith(UTF8_BOM)).toBe(true);
    expect(text.slice(1)).toBe('name,total\r\n王芳,92.5\r\n');
  });

  it('quotes fields holding a separator, a quote or a line break, and leaves unknown values empty', () => {
    expect(toCsv([['Acme, Inc.', 'say "hi"', 'two\nlines', null, Number.NaN]]).slice(1)).toBe('"Acme, Inc.","say ""hi""","two\nlines",,\r\n');
  });
});

describe('parseCsv', () => {
  it('reads what toCsv writes, whatever the fields hold (property)', () => {
    const field = fc.string({ unit: fc.constantFrom('a', 'b', ' ', ',', ';', '"', '\n', '\r\n', '王', '1') });
    fc.assert(
      fc.property(fc.array(fc.array(field, { minLength: 2, maxLength: 4 }), { minLength: 1, maxLength: 5 }), (rows) => {
        expect(rowsOf(toCsv(rows))).toEqual(rows);
      }),
    );
  });

  it('reads files Excel saved with semicolons, keeps blank lines so row numbers match the file', () => {
    expect(rowsOf('\uFEFFownerId;key;score\r\n\r\n101;csat;85,5\r\n')).toEqual([['ownerId', 'key', 'score'], [], ['101', 'csat', '85,5']]);
  });

  it('refuses a quote that is never closed instead of guessing where the field ends', () => {
    expect(parseCsv('a,b\n"open,2\n')).toEqual({ ok: false, error: 'line 2 opens a quote that is never closed' });
  });
});
