/** SQLite schema, one step per version. Released steps are never edited: add a new one. */
import type { Migration } from '../sql.js';

/** Indexes end in (date, id) so a filtered page is read in (date DESC, id DESC) order without sorting. */
export const SQLITE_MIGRATIONS: Migration[] = [
  {
    version: 1,
    name: 'documents, full text, events, mentions',
    sql: `
CREATE TABLE documents (
  id INTEGER PRIMARY KEY,
  hash TEXT NOT NULL UNIQUE,
  origin TEXT NOT NULL,
  url TEXT,
  title TEXT,
  source TEXT,
  published_at TEXT,
  text TEXT NOT NULL DEFAULT '',
  ingested_at TEXT NOT NULL,
  status TEXT NOT NULL CHECK (status IN ('ok', 'error')),
  error TEXT,
  event_count INTEGER NOT NULL DEFAULT 0,
  warnings TEXT NOT NULL DEFAULT '[]'
);
CREATE INDEX documents_status ON documents (status, id);

CREATE VIRTUAL TABLE documents_fts USING fts5 (
  title, text, content = 'documents', content_rowid = 'id', tokenize = 'porter unicode61'
);
CREATE TRIGGER documents_fts_insert AFTER INSERT ON documents BEGIN
  INSERT INTO documents_fts (rowid, title, text) VALUES (new.id, coalesce(new.title, ''), new.text);
END;
CREATE TRIGGER documents_fts_delete AFTER DELETE ON documents BEGIN
  INSERT INTO documents_fts (documents_fts, rowid, title, text) VALUES ('delete', old.id, coalesce(old.title, ''), old.text);
END;
CREATE TRIGGER documents_fts_update AFTER UPDATE OF title, text ON documents BEGIN
  INSERT INTO documents_fts (documents_fts, rowid, title, text) VALUES ('delete', old.id, coalesce(old.title, ''), old.text);
  INSERT INTO documents_fts (rowid, title, text) VALUES (new.id, coalesce(new.title, ''), new.text);
END;

CREATE TABLE events (
  id INTEGER PRIMARY KEY,
  code TEXT NOT NULL,
  root TEXT NOT NULL,
  name TEXT NOT NULL,
  quad_class INTEGER NOT NULL,
  goldstein REAL NOT NULL,
  plover_type TEXT NOT NULL,
  plover_mode TEXT,
  source_code TEXT NOT NULL,
  source_name TEXT NOT NULL,
  source_text TEXT NOT NULL,
  target_code TEXT,
  target_name TEXT,
  target_text TEXT,
  date TEXT NOT NULL,
  date_end TEXT NOT NULL,
  precision TEXT NOT NULL,
  location TEXT,
  geoname_id INTEGER,
  place_name TEXT,
  country2 TEXT,
  country3 TEXT,
  lat REAL,
  lon REAL,
  modality TEXT NOT NULL,
  historical INTEGER NOT NULL,
  casualties TEXT,
  confidence REAL NOT NULL,
  mentions INTEGER NOT NULL,
  sources INTEGER NOT NULL,
  articles INTEGER NOT NULL,
  sentence TEXT NOT NULL,
  url TEXT,
  first_seen TEXT NOT NULL
);
CREATE INDEX events_date ON events (date, id);
CREATE INDEX events_root ON events (root, date, id);
CREATE INDEX events_code ON events (code, date, id);
CREATE INDEX events_code3 ON events (substr(code, 1, 3), date, id);
CREATE INDEX events_source ON events (source_code, date, id);
CREATE INDEX events_target ON events (target_code, date, id);
CREATE INDEX events_plover ON events (plover_type, date, id);
CREATE INDEX events_country3 ON events (country3, date, id);
CREATE INDEX events_geoname ON events (geoname_id, date, id);
CREATE INDEX events_lonlat ON events (lon, lat);
-- places known by name only (no gazetteer id) stay few: a partial index keeps their summary quick
CREATE INDEX events_named_place ON events (place_name) WHERE geoname_id IS NULL AND place_name IS NOT NULL;

CREATE TABLE mentions (
  id INTEGER PRIMARY KEY,
  -- deferred: re-merging rebuilds events while mentions still point at the old ones
  event_id INTEGER NOT NULL REFERENCES events (id) DEFERRABLE INITIALLY DEFERRED,
  document_id INTEGER NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
  ord INTEGER NOT NULL,
  url TEXT,
  source TEXT,
  sentence TEXT NOT NULL,
  sentence_start INTEGER NOT NULL,
  sentence_end INTEGER NOT NULL,
  trigger_start INTEGER NOT NULL,
  trigger_end INTEGER NOT NULL,
  record TEXT NOT NULL,
  merge_reason TEXT,
  created_at TEXT NOT NULL,
  UNIQUE (document_id, ord)
);
CREATE INDEX mentions_event ON mentions (event_id, id);
`,
  },
  {
    version: 2,
    name: 'merge candidates by root and source country',
    sql: `
-- finding the events a new mention may merge with reads only actors of its country (or unknown)
CREATE INDEX events_merge ON events (root, substr(source_code, 1, 3), date);
`,
  },
];
