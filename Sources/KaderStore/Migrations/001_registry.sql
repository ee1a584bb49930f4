-- The registry: letters, missions, contributions and the facts the letters state.
-- One file for SQLite and PostgreSQL: only types both accept. Dates are ISO text
-- (YYYY-MM-DD), lists are JSON text, money is whole cents.
-- Every fact carries its provenance: the source span in a document, or who entered it.

CREATE TABLE documents (
    id TEXT PRIMARY KEY,
    file_name TEXT NOT NULL,
    kamerstuk_dossier TEXT,
    kamerstuk_number INTEGER,
    type TEXT NOT NULL,
    date TEXT,
    assumed_date TEXT,
    assumed_date_note TEXT,
    addressee TEXT,
    title TEXT NOT NULL,
    signatories TEXT NOT NULL,
    text TEXT NOT NULL,
    content_hash TEXT NOT NULL UNIQUE,
    loaded_at TEXT NOT NULL
);

CREATE TABLE missions (
    id TEXT PRIMARY KEY,
    full_name TEXT NOT NULL,
    aliases TEXT NOT NULL,
    lead TEXT NOT NULL,
    legal_basis TEXT,
    deployment TEXT
);

CREATE TABLE contributions (
    id TEXT PRIMARY KEY,
    mission_id TEXT NOT NULL REFERENCES missions (id),
    component TEXT NOT NULL,
    kind TEXT NOT NULL,
    ministry TEXT NOT NULL,
    locations TEXT NOT NULL,
    article100 BOOLEAN NOT NULL
);

CREATE TABLE decisions (
    id TEXT PRIMARY KEY,
    contribution_id TEXT NOT NULL REFERENCES contributions (id),
    date TEXT NOT NULL,
    document_id TEXT REFERENCES documents (id),
    action TEXT NOT NULL,
    cap_count INTEGER,
    cap_qualifier TEXT,
    period_start TEXT,
    period_end TEXT,
    source_document_id TEXT REFERENCES documents (id),
    source_start INTEGER,
    source_end INTEGER,
    source_quote TEXT,
    entered_by TEXT,
    entered_at TEXT
);
CREATE INDEX decisions_contribution ON decisions (contribution_id, date);

CREATE TABLE document_references (
    document_id TEXT NOT NULL REFERENCES documents (id),
    target_dossier TEXT NOT NULL,
    target_number INTEGER NOT NULL,
    is_motion BOOLEAN NOT NULL,
    source_document_id TEXT REFERENCES documents (id),
    source_start INTEGER,
    source_end INTEGER,
    source_quote TEXT,
    entered_by TEXT,
    entered_at TEXT,
    PRIMARY KEY (document_id, target_dossier, target_number)
);

CREATE TABLE motions (
    id TEXT PRIMARY KEY,
    kamerstuk_dossier TEXT NOT NULL,
    kamerstuk_number INTEGER NOT NULL,
    title TEXT NOT NULL,
    subject TEXT,
    source_document_id TEXT REFERENCES documents (id),
    source_start INTEGER,
    source_end INTEGER,
    source_quote TEXT,
    entered_by TEXT,
    entered_at TEXT
);

CREATE TABLE commitments (
    id TEXT PRIMARY KEY,
    text TEXT NOT NULL,
    document_id TEXT REFERENCES documents (id),
    mission_id TEXT REFERENCES missions (id),
    due_date TEXT,
    due_period TEXT,
    due_next_progress_report BOOLEAN NOT NULL,
    recurrence TEXT,
    status TEXT NOT NULL,
    fulfilled_by TEXT REFERENCES documents (id),
    source_document_id TEXT REFERENCES documents (id),
    source_start INTEGER,
    source_end INTEGER,
    source_quote TEXT,
    entered_by TEXT,
    entered_at TEXT
);

CREATE TABLE cost_lines (
    id TEXT PRIMARY KEY,
    mission_id TEXT REFERENCES missions (id),
    contribution_id TEXT REFERENCES contributions (id),
    year INTEGER,
    amount_cents BIGINT NOT NULL,
    kind TEXT NOT NULL,
    scope TEXT NOT NULL,
    budget_source TEXT,
    document_id TEXT REFERENCES documents (id),
    source_document_id TEXT REFERENCES documents (id),
    source_start INTEGER,
    source_end INTEGER,
    source_quote TEXT,
    entered_by TEXT,
    entered_at TEXT
);

CREATE TABLE indicators (
    id TEXT PRIMARY KEY,
    mission_id TEXT NOT NULL REFERENCES missions (id),
    contribution_id TEXT REFERENCES contributions (id),
    name TEXT NOT NULL,
    kind TEXT NOT NULL,
    unit TEXT,
    direction TEXT,
    baseline DOUBLE PRECISION,
    baseline_year INTEGER,
    targets TEXT NOT NULL,
    source_document_id TEXT REFERENCES documents (id),
    source_start INTEGER,
    source_end INTEGER,
    source_quote TEXT,
    entered_by TEXT,
    entered_at TEXT
);

CREATE TABLE measurements (
    id TEXT PRIMARY KEY,
    indicator_id TEXT NOT NULL REFERENCES indicators (id),
    period_start TEXT,
    period_end TEXT,
    value DOUBLE PRECISION,
    rating TEXT,
    evidence TEXT,
    confidence TEXT,
    narrative TEXT,
    status TEXT NOT NULL,
    source_document_id TEXT REFERENCES documents (id),
    source_start INTEGER,
    source_end INTEGER,
    source_quote TEXT,
    entered_by TEXT,
    entered_at TEXT
);

-- Findings and recommendations are JSON lists, each item with its own provenance.
CREATE TABLE monitoring_visits (
    id TEXT PRIMARY KEY,
    date TEXT,
    period_label TEXT,
    mission_ids TEXT NOT NULL,
    findings TEXT NOT NULL,
    recommendations TEXT NOT NULL,
    source_document_id TEXT REFERENCES documents (id),
    source_start INTEGER,
    source_end INTEGER,
    source_quote TEXT,
    entered_by TEXT,
    entered_at TEXT
);

CREATE TABLE lessons (
    id TEXT PRIMARY KEY,
    mission_id TEXT REFERENCES missions (id),
    text TEXT NOT NULL,
    change TEXT,
    source_document_id TEXT REFERENCES documents (id),
    source_start INTEGER,
    source_end INTEGER,
    source_quote TEXT,
    entered_by TEXT,
    entered_at TEXT
);

CREATE TABLE risks (
    id TEXT PRIMARY KEY,
    mission_id TEXT REFERENCES missions (id),
    category TEXT NOT NULL,
    description TEXT NOT NULL,
    mitigation TEXT,
    source_document_id TEXT REFERENCES documents (id),
    source_start INTEGER,
    source_end INTEGER,
    source_quote TEXT,
    entered_by TEXT,
    entered_at TEXT
);

CREATE TABLE staffing (
    id TEXT PRIMARY KEY,
    contribution_id TEXT NOT NULL REFERENCES contributions (id),
    date TEXT NOT NULL,
    filled INTEGER NOT NULL,
    military INTEGER,
    civilian INTEGER,
    police INTEGER,
    women INTEGER,
    men INTEGER,
    source_document_id TEXT REFERENCES documents (id),
    source_start INTEGER,
    source_end INTEGER,
    source_quote TEXT,
    entered_by TEXT,
    entered_at TEXT
);
