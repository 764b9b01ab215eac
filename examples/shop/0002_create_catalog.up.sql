-- Product catalogue, stock levels and discount codes.
BEGIN;

CREATE TABLE products (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    sku         varchar(32) NOT NULL,
    name        text        NOT NULL,
    description text,
    price_cents bigint      NOT NULL CHECK (price_cents >= 0),
    currency    char(3)     NOT NULL DEFAULT 'EUR',
    active      boolean     NOT NULL DEFAULT true,
    created_at  timestamptz NOT NULL DEFAULT now(),
    updated_at  timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT products_sku_key UNIQUE (sku)
);

-- lookups by SKU from the warehouse feed
CREATE INDEX products_sku_idx ON products (sku);

-- one stock row per product
CREATE TABLE inventory (
    product_id        bigint      PRIMARY KEY REFERENCES products (id) ON DELETE CASCADE,
    quantity_on_hand  integer     NOT NULL DEFAULT 0 CHECK (quantity_on_hand >= 0),
    quantity_reserved integer     NOT NULL DEFAULT 0 CHECK (quantity_reserved >= 0),
    reorder_level     integer     NOT NULL DEFAULT 10,
    updated_at        timestamptz NOT NULL DEFAULT now()
);

-- discount codes handed out by marketing
CREATE TABLE coupons (
    id               serial      PRIMARY KEY,
    code             varchar(40) NOT NULL UNIQUE,
    description      text,
    percent_off      smallint    CHECK (percent_off BETWEEN 1 AND 100),
    amount_off_cents bigint      CHECK (amount_off_cents > 0),
    valid_from       timestamp   NOT NULL,
    valid_until      timestamp,
    max_redemptions  integer,
    created_at       timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT coupons_discount_check
        CHECK (percent_off IS NOT NULL OR amount_off_cents IS NOT NULL)
);

COMMIT;
