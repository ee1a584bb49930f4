-- PostgreSQL filters a search on `documents` itself (the SQLite branch of this migration
-- keeps a table beside FTS5 for it).
SELECT 1;
