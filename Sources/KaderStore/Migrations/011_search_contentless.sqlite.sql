-- The search index without its own copy of the letters: FTS5 kept every title and text a
-- second time (documents_fts_content), about 30% of the database file and of what ingest
-- writes. A search only needs the index itself (MATCH, bm25, rowid): snippets are made from
-- `documents` (SnippetMaker) and a row's letter is found through documents_fts_scope.
-- contentless_delete lets the triggers delete and replace a letter's row by rowid.
DROP TRIGGER documents_fts_insert;
DROP TRIGGER documents_fts_delete;
DROP TRIGGER documents_fts_update;
DROP TABLE documents_fts_terms;
DROP TABLE documents_fts;

CREATE VIRTUAL TABLE documents_fts USING fts5(
    title,
    text,
    content = '',
    contentless_delete = 1,
    tokenize = 'unicode61 remove_diacritics 2'
);

INSERT INTO documents_fts (rowid, title, text)
SELECT s.fts_rowid, d.title, d.text FROM documents_fts_scope s JOIN documents d ON d.id = s.document_id;

CREATE VIRTUAL TABLE documents_fts_terms USING fts5vocab(documents_fts, row);

CREATE TRIGGER documents_fts_insert AFTER INSERT ON documents BEGIN
    INSERT INTO documents_fts_scope (fts_rowid, document_id, classification, type, day)
    VALUES (
        (SELECT coalesce(max(fts_rowid), 0) + 1 FROM documents_fts_scope), new.id, new.classification, new.type,
        coalesce(new.date, new.assumed_date));
    INSERT INTO documents_fts (rowid, title, text)
    VALUES ((SELECT fts_rowid FROM documents_fts_scope WHERE document_id = new.id), new.title, new.text);
END;

CREATE TRIGGER documents_fts_delete AFTER DELETE ON documents BEGIN
    DELETE FROM documents_fts WHERE rowid = (SELECT fts_rowid FROM documents_fts_scope WHERE document_id = old.id);
    DELETE FROM documents_fts_scope WHERE document_id = old.id;
END;

CREATE TRIGGER documents_fts_update AFTER UPDATE OF title, text ON documents BEGIN
    DELETE FROM documents_fts WHERE rowid = (SELECT fts_rowid FROM documents_fts_scope WHERE document_id = old.id);
    INSERT INTO documents_fts (rowid, title, text)
    VALUES ((SELECT fts_rowid FROM documents_fts_scope WHERE document_id = old.id), new.title, new.text);
END;
