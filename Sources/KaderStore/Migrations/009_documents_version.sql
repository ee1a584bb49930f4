-- Which letters changed, and in what order: every insert, update and delete on `documents`
-- raises the counter and notes the letter under the raised number (by the triggers of
-- migration 010, which differ between the dialects). The web keeps the letters of its
-- registry and, after a write, reads only those noted since (none after a review or a
-- hand entry; the new ones while `kader ingest` runs beside it), instead of all 50,000
-- (2 s). Derived, so not copied between databases: a new one counts from 0.
CREATE TABLE documents_version (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    version BIGINT NOT NULL
);

INSERT INTO documents_version (id, version) VALUES (1, 0);

CREATE TABLE documents_changes (
    version BIGINT NOT NULL,
    document_id TEXT NOT NULL
);

CREATE INDEX documents_changes_version ON documents_changes (version);
