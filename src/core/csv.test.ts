import { describe, expect, it } from 'vitest';
import { CsvError, neutraliseFormula, readCsv, restoreFormula, writeCsv } from './csv';

describe('writeCsv', () => {
  it('quotes only fields with commas, quotes or line breaks, doubling quotes; CRLF line ends', () => {
    expect(writeCsv([['a', 'b,c', 'say "hi"', 'two\nlines'], ['', 'x']])).toBe('a,"b,c","say ""hi""","two\nlines"\r\n,x\r\n');
  });

  it('neutralises cells a spreadsheet would run as formulas, but not plain numbers', () => {
    expect(writeCsv([['=HYPERLINK("http://evil")', '+1+1', '-2+3', '@SUM(A1)', '\t=1', '-12.50', '42', 'a=b']])).toBe(
      `"'=HYPERLINK(""http://evil"")",'+1+1,'-2+3,'@SUM(A1),'\t=1,-12.50,42,a=b\r\n`,
    );
  });
});

describe('readCsv', () => {
  it('reads quoted fields with commas, doubled quotes and line breaks', () => {
    expect(readCsv('a,"b,c","say ""hi""","two\r\nlines"\r\n,x\r\n')).toEqual([
      ['a', 'b,c', 'say "hi"', 'two\r\nlines'],
      ['', 'x'],
    ]);
  });

  it('accepts LF, a BOM, no final line end, and skips blank lines', () => {
    expect(readCsv('\ufeffh1,h2\n\n1,2')).toEqual([['h1', 'h2'], ['1', '2']]);
  });

  it('round-trips what writeCsv wrote, formulas restored', () => {
    const rows = [['=cmd', 'plain', 'with "quotes", commas\nand lines', '-5', '', '@x']];
    expect(readCsv(writeCsv(rows)).map((r) => r.map(restoreFormula))).toEqual(rows);
  });

  it('reports an unclosed quote and junk after a closing quote with the line', () => {
    expect(() => readCsv('a,b\n"open,c\n')).toThrow(CsvError);
    expect(() => readCsv('a,"b"x\n')).toThrow(/line 1/);
  });

  it('neutraliseFormula leaves harmless cells alone', () => {
    expect(neutraliseFormula('Shop')).toBe('Shop');
    expect(neutraliseFormula('-')).toBe("'-");
    expect(restoreFormula("'Shop")).toBe("'Shop");
  });
});
