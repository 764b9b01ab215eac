UPDATE "Organisation" o SET "portalId" = p.id FROM "Portal" p WHERE p."organisationId" = o.id AND o."portalId" IS NULL;
