-- bigserial is a nextval() default: every existing row is written with its own value.
ALTER TABLE orders ADD COLUMN sequence_number bigserial;
