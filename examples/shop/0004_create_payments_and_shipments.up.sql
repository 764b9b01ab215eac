-- Payments taken for an order and the parcels sent for it.
BEGIN;

CREATE TABLE payments (
    id                 bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    order_id           bigint      NOT NULL REFERENCES orders (id),
    provider           text        NOT NULL,
    provider_reference text,
    status             text        NOT NULL DEFAULT 'authorized'
        CHECK (status IN ('authorized', 'captured', 'refunded', 'failed')),
    amount_cents       integer     NOT NULL,
    currency           char(3)     NOT NULL,
    processed_at       timestamptz,
    created_at         timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT payments_provider_reference_key UNIQUE (provider, provider_reference)
);

CREATE INDEX payments_order_id_idx ON payments (order_id);

CREATE TABLE shipments (
    id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    order_id        bigint      NOT NULL REFERENCES orders (id),
    carrier         text        NOT NULL,
    tracking_number text,
    shipped_at      timestamptz,
    delivered_at    timestamptz,
    created_at      timestamptz NOT NULL DEFAULT now()
);

CREATE INDEX shipments_order_id_idx ON shipments (order_id);

COMMIT;
