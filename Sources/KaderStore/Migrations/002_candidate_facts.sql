-- Candidate facts: what `kader ingest` extracted from a letter, waiting for review.
-- The value is JSON text (one of the candidate kinds); status is voorgesteld,
-- geaccepteerd or afgewezen; placement names the registry row an accepted candidate
-- became ("cost_lines/…"), or stays empty when the registry has no home for it yet.

CREATE TABLE candidate_facts (
    id TEXT PRIMARY KEY,
    document_id TEXT NOT NULL REFERENCES documents (id),
    kind TEXT NOT NULL,
    value TEXT NOT NULL,
    summary TEXT NOT NULL,
    confidence DOUBLE PRECISION NOT NULL,
    status TEXT NOT NULL,
    placement TEXT,
    reviewed_at TEXT,
    source_document_id TEXT REFERENCES documents (id),
    source_start INTEGER,
    source_end INTEGER,
    source_quote TEXT,
    entered_by TEXT,
    entered_at TEXT
);
CREATE INDEX candidate_facts_document ON candidate_facts (document_id, status);
