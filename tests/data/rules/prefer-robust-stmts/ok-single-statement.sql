-- nothing can fail after it: a retry after a failure starts from scratch
ALTER TABLE orders ADD COLUMN note text;
