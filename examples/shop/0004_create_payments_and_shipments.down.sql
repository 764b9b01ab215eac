BEGIN;

DROP TABLE shipments;
DROP TABLE payments;

COMMIT;
