UPDATE "User" SET "name" = lower("name") WHERE "name" <> lower("name") RETURNING "id";
