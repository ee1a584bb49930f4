-- Full-text search over letters with SQLite FTS5. The index keeps its own copy of the
-- text (no external content): a TEXT primary key has no stable rowid to point at.
-- unicode61 with remove_diacritics folds "geïntegreerde" and "geintegreerde" together;
-- Dutch inflections are handled by prefix queries (see KaderCore's SearchQuery).
CREATE VIRTUAL TABLE documents_fts USING fts5(
    id UNINDEXED,
    title,
    text,
    tokenize = 'unicode61 remove_diacritics 2'
);

CREATE TRIGGER documents_fts_insert AFTER INSERT ON documents BEGIN
    INSERT INTO documents_fts (id, title, text) VALUES (new.id, new.title, new.text);
END;

CREATE TRIGGER documents_fts_delete AFTER DELETE ON documents BEGIN
    DELETE FROM documents_fts WHERE id = old.id;
END;

CREATE TRIGGER documents_fts_update AFTER UPDATE OF title, text ON documents BEGIN
    DELETE FROM documents_fts WHERE id = old.id;
    INSERT INTO documents_fts (id, title, text) VALUES (new.id, new.title, new.text);
END;

INSERT INTO documents_fts (id, title, text) SELECT id, title, text FROM documents;
