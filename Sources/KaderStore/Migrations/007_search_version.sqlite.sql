-- A counter raised by every change to the search index: what a search reads from the
-- index's vocabulary (the words a stem starts, 10–20 ms for a common stem at 50,000
-- letters) is kept until it changes. Derived, like the index, so not copied between
-- databases: a new one counts from 0.
CREATE TABLE documents_fts_version (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    version INTEGER NOT NULL
);

INSERT INTO documents_fts_version (id, version) VALUES (1, 0);

CREATE TRIGGER documents_fts_version_insert AFTER INSERT ON documents BEGIN
    UPDATE documents_fts_version SET version = version + 1;
END;

CREATE TRIGGER documents_fts_version_delete AFTER DELETE ON documents BEGIN
    UPDATE documents_fts_version SET version = version + 1;
END;

CREATE TRIGGER documents_fts_version_update AFTER UPDATE OF title, text ON documents BEGIN
    UPDATE documents_fts_version SET version = version + 1;
END;
