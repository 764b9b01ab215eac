-- Orders and their line items.
BEGIN;

CREATE TYPE order_status AS ENUM ('pending', 'paid', 'shipped', 'delivered', 'cancelled');

CREATE TABLE orders (
    id                  bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    user_id             bigint       NOT NULL REFERENCES users (id),
    status              order_status NOT NULL DEFAULT 'pending',
    currency            char(3)      NOT NULL,
    subtotal_cents      bigint       NOT NULL,
    shipping_cents      bigint       NOT NULL DEFAULT 0,
    total_cents         bigint       NOT NULL,
    shipping_address_id bigint       REFERENCES addresses (id),
    placed_at           timestamptz,
    created_at          timestamptz  NOT NULL DEFAULT now(),
    updated_at          timestamptz  NOT NULL DEFAULT now()
);

CREATE TABLE order_items (
    id               bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    order_id         bigint  NOT NULL REFERENCES orders (id) ON DELETE CASCADE,
    product_id       bigint  NOT NULL REFERENCES products (id),
    quantity         integer NOT NULL,
    unit_price_cents bigint  NOT NULL
);

CREATE INDEX order_items_order_id_idx ON order_items (order_id);
CREATE INDEX order_items_product_id_idx ON order_items (product_id);

COMMIT;
