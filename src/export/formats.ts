/** The export formats by name, with the media type and file extension each is served with. */
import { toAcled } from './acled.js';
import { toCsv } from './csv.js';
import { toGdelt } from './gdelt.js';
import { toGeoJson } from './geojson.js';
import { toJsonl } from './jsonl.js';
import { toPlover } from './plover.js';
import type { Exporter } from './types.js';

/** How one format is written and served. */
export interface ExportFormatSpec {
  exporter: Exporter;
  contentType: string;
  extension: string;
}

export const EXPORT_FORMATS = {
  csv: { exporter: toCsv, contentType: 'text/csv; charset=utf-8', extension: 'csv' },
  jsonl: { exporter: toJsonl, contentType: 'application/x-ndjson; charset=utf-8', extension: 'jsonl' },
  geojson: { exporter: toGeoJson, contentType: 'application/geo+json; charset=utf-8', extension: 'geojson' },
  gdelt: { exporter: toGdelt, contentType: 'text/tab-separated-values; charset=utf-8', extension: 'tsv' },
  plover: { exporter: toPlover, contentType: 'application/x-ndjson; charset=utf-8', extension: 'plover.jsonl' },
  acled: { exporter: toAcled, contentType: 'text/csv; charset=utf-8', extension: 'acled.csv' },
} as const satisfies Record<string, ExportFormatSpec>;

/** A format name. */
export type ExportFormat = keyof typeof EXPORT_FORMATS;

/** Every format name, in the order help texts list them. */
export const EXPORT_FORMAT_NAMES = Object.keys(EXPORT_FORMATS) as ExportFormat[];

/** True when the name is an export format. */
export function isExportFormat(name: string): name is ExportFormat {
  return Object.hasOwn(EXPORT_FORMATS, name);
}
