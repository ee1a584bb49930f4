-- PostgreSQL stems with its own `dutch` configuration and reads no vocabulary (the SQLite
-- branch of this migration counts the changes to its search index).
SELECT 1;
