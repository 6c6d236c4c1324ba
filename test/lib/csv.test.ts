import { describe, expect, it } from 'vitest';
import { buildCsv, formatCsvCell } from '../../src/lib/csv.ts';

describe('CSV cells', () => {
  it('quotes cells with commas, quotes or line breaks (quotes doubled) and leaves plain ones bare', () => {
    expect(formatCsvCell('plain@example.com')).toBe('plain@example.com');
    expect(formatCsvCell('a,b')).toBe('"a,b"');
    expect(formatCsvCell('say "hi"')).toBe('"say ""hi"""');
    expect(formatCsvCell('two\nlines')).toBe('"two\nlines"');
    expect(formatCsvCell(null)).toBe('');
    expect(formatCsvCell(12)).toBe('12');
  });

  it('keeps text that a spreadsheet would run as a formula as text', () => {
    expect(formatCsvCell('=HYPERLINK("http://evil.example","x")@example.com')).toBe(
      `"'=HYPERLINK(""http://evil.example"",""x"")@example.com"`,
    );
    expect(formatCsvCell('+1-2@example.com')).toBe("'+1-2@example.com");
    expect(formatCsvCell('-cmd@example.com')).toBe("'-cmd@example.com");
    expect(formatCsvCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(formatCsvCell('\tx')).toBe("'\tx");
    expect(formatCsvCell('a=b@example.com')).toBe('a=b@example.com');
    expect(formatCsvCell(-3)).toBe('-3');
  });

  it('builds a document with a header row and CRLF after every row', () => {
    expect(
      buildCsv(
        ['a', 'b'],
        [
          [1, 'x,y'],
          [null, 'z'],
        ],
      ),
    ).toBe('a,b\r\n1,"x,y"\r\n,z\r\n');
  });
});
