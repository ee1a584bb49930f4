-- PostgreSQL's GIN index has no segments to merge (the SQLite branch of this migration sets
-- how FTS5 merges its own).
SELECT 1;
