-- test: transaction=wrapped
-- nothing yet
/* the index
   comes later */
