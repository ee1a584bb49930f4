-- Full-text search over letters with PostgreSQL's `dutch` configuration (Snowball
-- stemming and stop words): titles weigh more than body text.
ALTER TABLE documents ADD COLUMN search tsvector GENERATED ALWAYS AS (
    setweight(to_tsvector('dutch', coalesce(title, '')), 'A') || setweight(to_tsvector('dutch', text), 'B')
) STORED;

CREATE INDEX documents_search ON documents USING GIN (search);
