-- PostgreSQL's search vector is a column of `documents` and keeps no copy of the text (the
-- SQLite branch of this migration drops FTS5's).
SELECT 1;
