// RFC 4180 text, the formula guard and list cells: each written form reads back as the cells it came from.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  guardFormula,
  joinList,
  parseCsv,
  serializeCsv,
  splitList,
  unguardFormula,
} from './csv-format';

describe('serializeCsv / parseCsv (RFC 4180)', () => {
  it('quotes only fields with a comma, quote mark or line break, doubling quote marks', () => {
    expect(serializeCsv([['a,b', 'say "hi"', 'two\nlines', 'plain', '']])).toBe(
      '"a,b","say ""hi""","two\nlines",plain,\r\n',
    );
  });

  it('reads CRLF and LF files, a BOM, blank lines and empty quoted fields', () => {
    const parsed = parseCsv('\uFEFFa,b\r\n"x ""y""",""\n\n1,"multi\nline"\n');
    expect(parsed).toEqual({
      ok: true,
      records: [
        { line: 1, fields: ['a', 'b'] },
        { line: 2, fields: ['x "y"', ''] },
        { line: 4, fields: ['1', 'multi\nline'] },
      ],
    });
  });

  it('names the line of a quoted field that is never closed', () => {
    expect(parseCsv('a,b\n1,2\n3,"open\nstill open')).toEqual({
      ok: false,
      errors: ['line 3: a quoted field is never closed'],
    });
  });

  it('rejects text after a closing quote', () => {
    expect(parseCsv('a,b\n"x"y,2')).toEqual({
      ok: false,
      errors: ['line 2: a closing quote mark must end its field (found y)'],
    });
  });

  it('parse(serialize(rows)) gives back the rows', () => {
    const cell = fc.string({ unit: fc.constantFrom('a', ',', '"', '\n', '\r\n', ' ', '移', 'é') });
    fc.assert(
      fc.property(
        fc
          .integer({ min: 1, max: 5 })
          .chain((width) =>
            fc.array(fc.array(cell, { minLength: width, maxLength: width }), { minLength: 1 }),
          ),
        (rows) => {
          // A lone empty field is a blank line to the reader: real rows have many columns.
          fc.pre(rows.every((r) => r.length > 1 || r[0] !== ''));
          const parsed = parseCsv(serializeCsv(rows));
          expect(parsed.ok && parsed.records.map((r) => r.fields)).toEqual(rows);
        },
      ),
    );
  });
});

describe('the formula guard (OWASP CSV injection)', () => {
  it("writes cells opening with = + - @ tab or CR behind a ' and nothing else", () => {
    const cells = ['=1+1', '+1', '-2', '@SUM(A1)', '\t=1+1', '\r=1', "'=x", 'a=b', '1-2', "it's"];
    expect(serializeCsv([cells])).toBe(
      `'=1+1,'+1,'-2,'@SUM(A1),'\t=1+1,"'\r=1",''=x,a=b,1-2,it's\r\n`,
    );
  });

  it('reads the guarded cells back as they were, a leading tab included', () => {
    const cells = ['=1+1', '+1', '-2', '@SUM(A1)', '\t=1+1', '\r=1', "'=x", "''@", 'a=b', "'plain"];
    const parsed = parseCsv(serializeCsv([cells]));
    expect(parsed.ok && parsed.records[0]?.fields).toEqual(cells);
  });

  it('guard and unguard are inverse on any text', () => {
    const unit = fc.constantFrom("'", '=', '+', '-', '@', '\t', '\r', 'a', ' ');
    fc.assert(
      fc.property(fc.string({ unit }), (cell) => {
        expect(unguardFormula(guardFormula(cell))).toBe(cell);
        expect(guardFormula(cell)).not.toMatch(/^[=+\-@\t\r]/);
      }),
    );
  });
});

describe('list cells', () => {
  it('escapes the separator, backslashes and outer spaces, and reads typed lists loosely', () => {
    expect(joinList(['Actor; with semicolon', ' padded ', 'a\\b'], ';')).toBe(
      'Actor\\; with semicolon;\\ padded\\ ;a\\\\b',
    );
    expect(splitList('Ming family ;  Ming Guoping', ';')).toEqual(['Ming family', 'Ming Guoping']);
  });

  it('splitList(joinList(items)) gives back the items', () => {
    const unit = fc.constantFrom(';', '|', ' ', '\\', 'a', '\t', '\n', '移');
    fc.assert(
      fc.property(fc.array(fc.string({ unit, minLength: 1 }), { minLength: 1 }), (items) => {
        for (const [separator, joiner] of [
          [';', ';'],
          ['|', ' | '],
        ] as const)
          expect(splitList(joinList(items, separator, joiner), separator)).toEqual(items);
      }),
    );
  });
});
