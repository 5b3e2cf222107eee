-- Every collection's documents in one table: JSONB content and a version compared on write.
CREATE TABLE documents (
  collection text NOT NULL,
  id text NOT NULL,
  doc jsonb NOT NULL,
  version bigint NOT NULL CHECK (version > 0),
  updated_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (collection, id)
);
