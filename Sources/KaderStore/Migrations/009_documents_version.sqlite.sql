-- A counter raised by every change to `documents` (any column, any row): the web keeps the
-- letters of its registry until it moves, so that a write that leaves them alone (a
-- review, a hand entry) does not read 50,000 letters again (2 s). Derived, so not copied
-- between databases: a new one counts from 0.
CREATE TABLE documents_version (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    version INTEGER NOT NULL
);

INSERT INTO documents_version (id, version) VALUES (1, 0);

CREATE TRIGGER documents_version_insert AFTER INSERT ON documents BEGIN
    UPDATE documents_version SET version = version + 1;
END;

CREATE TRIGGER documents_version_update AFTER UPDATE ON documents BEGIN
    UPDATE documents_version SET version = version + 1;
END;

CREATE TRIGGER documents_version_delete AFTER DELETE ON documents BEGIN
    UPDATE documents_version SET version = version + 1;
END;
