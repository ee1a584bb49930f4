-- Which letters changed, and in what order: every insert, update and delete on `documents`
-- raises a counter and notes the letter under the raised number. The web keeps the letters
-- of its registry and, after a write, reads only those noted since. The counter's row is
-- locked until the writing transaction ends, so numbers are committed in their order and a
-- reader never passes over one committed later. Derived, so not copied between databases.
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

CREATE FUNCTION documents_version_raise() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    raised BIGINT;
BEGIN
    UPDATE documents_version SET version = version + 1 RETURNING version INTO raised;
    IF TG_OP <> 'DELETE' THEN
        INSERT INTO documents_changes (version, document_id) VALUES (raised, NEW.id);
    END IF;
    IF TG_OP = 'DELETE' OR (TG_OP = 'UPDATE' AND OLD.id <> NEW.id) THEN
        INSERT INTO documents_changes (version, document_id) VALUES (raised, OLD.id);
    END IF;
    RETURN NULL;
END;
$$;

CREATE TRIGGER documents_version_change AFTER INSERT OR UPDATE OR DELETE ON documents
    FOR EACH ROW EXECUTE FUNCTION documents_version_raise();
