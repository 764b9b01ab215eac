CREATE UNIQUE INDEX "User_email_key" ON "User" ("email") INCLUDE ("displayName") WHERE "deletedAt" IS NULL;
