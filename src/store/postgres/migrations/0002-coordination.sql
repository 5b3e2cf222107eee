-- Delivered activity ids, answered once across instances; expired rows are reused and swept.
CREATE TABLE delivery_dedupe (
  key text PRIMARY KEY,
  expires_at timestamptz NOT NULL
);
CREATE INDEX delivery_dedupe_expires ON delivery_dedupe (expires_at);

-- Named work owned by one instance until expires_at (renewed while it runs): a cycle's fan-out.
CREATE TABLE leases (
  name text PRIMARY KEY,
  owner text NOT NULL,
  expires_at timestamptz NOT NULL
);

-- The app-wide Bot Connector budget: the next free start slot, shared by every instance.
CREATE TABLE rate_budget (
  name text PRIMARY KEY,
  next_at timestamptz NOT NULL
);
