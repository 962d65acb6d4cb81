/** The dates stage: every date expression, resolved against the publication date. */
import type { Stage } from '../stage.js';
import { findDates } from './find.js';

/** Finds and resolves the date expressions of a document. */
export const dates: Stage = {
  name: 'dates',
  run(doc) {
    doc.dates = findDates(doc.text, doc.publishedAt);
  },
};
