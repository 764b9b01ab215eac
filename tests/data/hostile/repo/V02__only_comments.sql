-- nothing here
/* a block
   comment */
-- the end
