-- a failed concurrent build leaves an invalid index: even a single statement is not retry-safe
CREATE INDEX CONCURRENTLY orders_note_idx ON orders (note);
