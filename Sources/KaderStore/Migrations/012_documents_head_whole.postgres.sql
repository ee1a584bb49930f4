-- PostgreSQL keeps long texts out of line (TOAST): the other columns of `documents` are
-- read without the text, so it keeps no `documents_head` (the SQLite branch widens it).
SELECT 1;
