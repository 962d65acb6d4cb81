/** RFC 4180 records: CRLF line ends; a field with a comma, quote, CR or LF is quoted, quotes doubled. */

/** A cell value as exporters hand it over; null and undefined are empty fields. */
export type Cell = string | number | boolean | null | undefined;

/** One CSV record (with its CRLF) from its cells. */
export function csvRow(cells: readonly Cell[]): string {
  return cells.map(csvField).join(',') + '\r\n';
}

function csvField(cell: Cell): string {
  if (cell === null || cell === undefined) return '';
  const text = String(cell);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
