-- The trigger that keeps `documents_version` and `documents_changes` (migration 009):
-- each change to a letter raises the counter and notes the letter under it. The counter's
-- row is locked until the writing transaction ends, so numbers are committed in their
-- order and a reader never passes over one committed later.

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

-- Notes older than 100,000 changes are let go (a reader whose letters are older than the
-- oldest note reads all letters again: `LetterHeads.updated`).
CREATE FUNCTION documents_changes_prune() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    DELETE FROM documents_changes WHERE version <= (SELECT max(version) FROM documents_changes) - 100000;
    RETURN NULL;
END;
$$;

CREATE TRIGGER documents_changes_prune AFTER INSERT ON documents_changes
    FOR EACH STATEMENT EXECUTE FUNCTION documents_changes_prune();
