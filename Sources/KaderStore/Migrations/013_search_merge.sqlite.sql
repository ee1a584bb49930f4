-- FTS5 writes the words of each ingest batch (one commit) as a new segment and merges
-- segments level by level; by default four at a time, so each word was rewritten once more
-- for every fourfold growth of the index, and the cost per letter grew with the corpus.
-- Sixteen at a time rewrites it half as often. Ingesting 50,000 generated letters on one core,
-- in five chunks of 10,000 into one file: 305-313 s of CPU time and 104-112 MB at most with
-- four (two runs), 288 s and 85 MB with sixteen (290 s with 32); searching the result took
-- as long (p50 27-30 ms against 25-27 ms, within the spread between runs). A level is merged
-- at once only when 64 segments wait on it (default 16), so the merging stays incremental.
INSERT INTO documents_fts (documents_fts, rank) VALUES ('automerge', 16);
INSERT INTO documents_fts (documents_fts, rank) VALUES ('crisismerge', 64);
