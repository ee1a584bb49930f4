-- PostgreSQL keeps long texts out of line (TOAST), so the columns after a letter's text
-- cost nothing extra to read (the SQLite branch of this migration keeps them beside it).
SELECT 1;
