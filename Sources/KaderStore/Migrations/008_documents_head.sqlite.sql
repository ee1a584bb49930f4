-- What a registry without texts reads of every letter, kept beside `documents`: the start
-- of the text (RegistryRepository.textStart, 2,000 characters) and the columns stored
-- after the text. In `documents` these stand behind the whole text, on its overflow pages,
-- and `substr` loads all of it: for 50,000 letters that was 3 s of a 3.5 s registry load,
-- paid by the first page after every write. Derived from `documents` by the triggers
-- below, so not copied between databases. PostgreSQL keeps long texts out of line (TOAST)
-- and reads `documents` itself.
CREATE TABLE documents_head (
    document_id TEXT PRIMARY KEY,
    text_start TEXT NOT NULL,
    content_hash TEXT NOT NULL,
    loaded_at TEXT NOT NULL,
    classification TEXT NOT NULL
);

INSERT INTO documents_head (document_id, text_start, content_hash, loaded_at, classification)
SELECT id, substr(text, 1, 2000), content_hash, loaded_at, classification FROM documents;

CREATE TRIGGER documents_head_insert AFTER INSERT ON documents BEGIN
    INSERT INTO documents_head (document_id, text_start, content_hash, loaded_at, classification)
    VALUES (new.id, substr(new.text, 1, 2000), new.content_hash, new.loaded_at, new.classification);
END;

CREATE TRIGGER documents_head_update AFTER UPDATE ON documents BEGIN
    UPDATE documents_head
    SET document_id = new.id, text_start = substr(new.text, 1, 2000), content_hash = new.content_hash,
        loaded_at = new.loaded_at, classification = new.classification
    WHERE document_id = old.id;
END;

CREATE TRIGGER documents_head_delete AFTER DELETE ON documents BEGIN
    DELETE FROM documents_head WHERE document_id = old.id;
END;
