const DISPLAY_SIZE = 60;
const MIN_RIGHT_CUT = 10;

/**
 * PostgreSQL's `column "x" does not exist` with libpq's LINE excerpt and caret, as the reference
 * fixture shows it (its excerpt keeps one character more and its caret sits one column further right
 * than psql's: 1-based positions, the fixture is the contract).
 */
export function columnDoesNotExist(sql: string, column: string): string {
  const lines = sql.split('\n');
  const pattern = new RegExp(`\\b${column}\\b`);
  let lineIndex = lines.findIndex(line => pattern.test(line));
  if (lineIndex === -1) {
    lineIndex = 0;
  }
  const line = lines[lineIndex];
  const position = Math.max(0, line.search(pattern)) + 1;
  let begin = 0;
  let end = line.length;
  let cutLeft = false;
  let cutRight = false;
  if (end > DISPLAY_SIZE) {
    if (DISPLAY_SIZE >= position + MIN_RIGHT_CUT) {
      end = DISPLAY_SIZE + 1;
      cutRight = true;
    } else {
      end = Math.min(end, position + MIN_RIGHT_CUT);
      cutRight = end < line.length;
      if (end - begin > DISPLAY_SIZE) {
        begin = end - DISPLAY_SIZE;
        cutLeft = true;
      }
    }
  }
  const prefix = `LINE ${lineIndex + 1}: `;
  const excerpt = `${cutLeft ? '...' : ''}${line.slice(begin, end)}${
    cutRight ? '...' : ''
  }`;
  const caretColumn = prefix.length + (cutLeft ? 3 : 0) + position - begin;
  return `column "${column}" does not exist\n${prefix}${excerpt}\n${' '.repeat(
    caretColumn,
  )}^\n`;
}
