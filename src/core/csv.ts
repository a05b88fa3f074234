// RFC 4180 CSV, small enough to read at a glance (a library would add more code than this replaces,
// and none neutralises spreadsheet formulas while leaving plain numbers alone).
// Writing neutralises formulas: a cell starting with = + - @ (or tab / CR, which some spreadsheets
// skip before a formula) gets a leading single quote, unless it is a plain number such as -12.50.

const FORMULA_START = /^[=+\-@\t\r]/;
const PLAIN_NUMBER = /^-?\d+(\.\d+)?$/;

export function neutraliseFormula(cell: string): string {
  return FORMULA_START.test(cell) && !PLAIN_NUMBER.test(cell) ? `'${cell}` : cell;
}

/** Undoes neutraliseFormula when reading back a file this wallet wrote. */
export function restoreFormula(cell: string): string {
  return /^'[=+\-@\t\r]/.test(cell) ? cell.slice(1) : cell;
}

function quote(cell: string): string {
  return /[",\r\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell;
}

/** Rows to CSV text: CRLF line ends, fields quoted only when needed. */
export function writeCsv(rows: readonly (readonly string[])[]): string {
  return rows.map((row) => row.map((c) => quote(neutraliseFormula(c))).join(',')).join('\r\n') + '\r\n';
}

export class CsvError extends Error {
  constructor(
    message: string,
    readonly line: number,
  ) {
    super(message);
  }
}

/** CSV text to rows. Accepts CRLF or LF, a UTF-8 BOM, and a missing final line end; skips blank lines. */
export function readCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let line = 1;
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  let quoted = false;
  const endRow = () => {
    row.push(cell);
    if (row.length > 1 || row[0] !== '') rows.push(row);
    row = [];
    cell = '';
  };
  for (; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') {
        quoted = false;
        const next = text[i + 1];
        if (next !== undefined && next !== ',' && next !== '\r' && next !== '\n') {
          throw new CsvError(`Unexpected character after a closing quote on line ${line}.`, line);
        }
      } else {
        if (ch === '\n') line++;
        cell += ch;
      }
    } else if (ch === '"' && cell === '') {
      quoted = true;
    } else if (ch === ',') {
      row.push(cell);
      cell = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      endRow();
      line++;
    } else {
      cell += ch;
    }
  }
  if (quoted) throw new CsvError(`A quoted field is not closed (from line ${line}).`, line);
  if (cell !== '' || row.length > 0) endRow();
  return rows;
}
