ALTER TABLE "User" ADD COLUMN "runAt" timestamp(3);
