-- Which letters changed, and in what order: every insert, update and delete on `documents`
-- raises a counter and notes the letter under the raised number. The web keeps the letters
-- of its registry and, after a write, reads only those noted since (none after a review or
-- a hand entry; the new ones while `kader ingest` runs beside it), instead of all 50,000
-- (2 s). Derived, so not copied between databases: a new one counts from 0.
CREATE TABLE documents_version (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    version INTEGER NOT NULL
);

INSERT INTO documents_version (id, version) VALUES (1, 0);

CREATE TABLE documents_changes (
    version INTEGER NOT NULL,
    document_id TEXT NOT NULL
);

CREATE INDEX documents_changes_version ON documents_changes (version);

CREATE TRIGGER documents_version_insert AFTER INSERT ON documents BEGIN
    UPDATE documents_version SET version = version + 1;
    INSERT INTO documents_changes (version, document_id) SELECT version, new.id FROM documents_version;
END;

CREATE TRIGGER documents_version_update AFTER UPDATE ON documents BEGIN
    UPDATE documents_version SET version = version + 1;
    INSERT INTO documents_changes (version, document_id) SELECT version, new.id FROM documents_version;
    INSERT INTO documents_changes (version, document_id)
    SELECT version, old.id FROM documents_version WHERE old.id <> new.id;
END;

CREATE TRIGGER documents_version_delete AFTER DELETE ON documents BEGIN
    UPDATE documents_version SET version = version + 1;
    INSERT INTO documents_changes (version, document_id) SELECT version, old.id FROM documents_version;
END;
