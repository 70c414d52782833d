import { columnDoesNotExist } from './postgresError';

describe('columnDoesNotExist', () => {
  it('points at the column on a short line without cutting it', () => {
    expect(columnDoesNotExist('SELECT x, lost FROM t', 'lost')).toBe(
      'column "lost" does not exist\nLINE 1: SELECT x, lost FROM t\n                   ^\n',
    );
  });

  it('cuts a long line on the left when the column is far right', () => {
    const sql = `SELECT ${'a'.repeat(80)}, lost_column FROM t`;
    const message = columnDoesNotExist(sql, 'lost_column');
    const [, line, caret] = message.split('\n');
    expect(line.startsWith('LINE 1: ...')).toBe(true);
    expect(line.endsWith('...')).toBe(true);
    expect(line.slice(caret.indexOf('^') - 1)).toMatch(/^lost_column/);
  });

  it('names the line the column is on', () => {
    expect(
      columnDoesNotExist('SELECT a\nFROM t\nWHERE gone = 1', 'gone'),
    ).toContain('LINE 3: WHERE gone = 1');
  });
});
