-- test: transaction=single-query
-- test: layout=prisma
-- One query: the whole file is one implicit transaction, so the fix is a new migration, not a COMMIT.
ALTER TABLE "Order" ADD COLUMN "note" text;
UPDATE "Invoice" SET "paid" = true WHERE "paid" IS NULL;
