-- The triggers that keep `documents_version` and `documents_changes` (migration 009):
-- each change to a letter raises the counter and notes the letter under it.

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

-- Notes older than 100,000 changes are let go (a reader whose letters are older than the
-- oldest note reads all letters again: `LetterHeads.updated`).
CREATE TRIGGER documents_changes_prune AFTER INSERT ON documents_changes BEGIN
    DELETE FROM documents_changes WHERE version <= new.version - 100000;
END;
