-- PostgreSQL stems with its `dutch` configuration and needs no list of words (the SQLite
-- branch of this migration makes one for FTS5).
SELECT 1;
