-- A counter raised by every change to `documents` (any column, any row): the web keeps the
-- letters of its registry until it moves, so that a write that leaves them alone (a
-- review, a hand entry) does not read every letter again. Derived, so not copied between
-- databases: a new one counts from 0. Once per statement: an import of many letters
-- raises it once.
CREATE TABLE documents_version (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    version BIGINT NOT NULL
);

INSERT INTO documents_version (id, version) VALUES (1, 0);

CREATE FUNCTION documents_version_raise() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE documents_version SET version = version + 1;
    RETURN NULL;
END;
$$;

CREATE TRIGGER documents_version_change AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON documents
    FOR EACH STATEMENT EXECUTE FUNCTION documents_version_raise();
