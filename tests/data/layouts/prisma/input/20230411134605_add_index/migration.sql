CREATE INDEX "User_id_idx" ON "User"(id);
