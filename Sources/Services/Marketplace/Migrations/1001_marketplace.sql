-- The marketplace's own tables, in their own schema (versions 1001+ keep clear of MeshStores' 1..999).
CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE SCHEMA IF NOT EXISTS marketplace;

CREATE TABLE marketplace.categories (
  id text PRIMARY KEY,
  name text NOT NULL,
  parent_id text REFERENCES marketplace.categories(id)
);

CREATE TABLE marketplace.listings (
  id text PRIMARY KEY,
  seller_id text NOT NULL,
  title text NOT NULL,
  description text NOT NULL,
  category_id text NOT NULL REFERENCES marketplace.categories(id),
  brand text NOT NULL,
  colour text NOT NULL,
  size text NOT NULL,
  currency text NOT NULL DEFAULT 'EUR',
  price_cents bigint NOT NULL CHECK (price_cents > 0),
  original_price_cents bigint,
  stock int NOT NULL CHECK (stock >= 0),
  rating numeric(2,1) NOT NULL CHECK (rating BETWEEN 0 AND 5),
  review_count int NOT NULL DEFAULT 0,
  weight_grams int NOT NULL,
  created_at timestamptz NOT NULL,
  updated_at timestamptz NOT NULL,
  search tsvector GENERATED ALWAYS AS (
    setweight(to_tsvector('english', title), 'A') ||
    setweight(to_tsvector('english', brand || ' ' || colour || ' ' || category_id), 'B') ||
    setweight(to_tsvector('english', description), 'C')) STORED
);
CREATE INDEX listings_search ON marketplace.listings USING gin (search);
CREATE INDEX listings_title_trgm ON marketplace.listings USING gin (title gin_trgm_ops);
CREATE INDEX listings_category ON marketplace.listings (category_id, price_cents);
CREATE INDEX listings_brand ON marketplace.listings (lower(brand));

CREATE TABLE marketplace.users (
  id text PRIMARY KEY,
  display_name text NOT NULL,
  email text NOT NULL UNIQUE,
  locale text NOT NULL,
  currency text NOT NULL,
  loyalty_points bigint NOT NULL DEFAULT 0,
  -- What the shopper chose (locale, tone, channels, ...), as the API's JSON object.
  preferences jsonb NOT NULL DEFAULT '{}',
  created_at timestamptz NOT NULL
);

CREATE TABLE marketplace.addresses (
  id bigserial PRIMARY KEY,
  user_id text NOT NULL REFERENCES marketplace.users(id),
  name text NOT NULL,
  line1 text NOT NULL,
  line2 text NOT NULL DEFAULT '',
  city text NOT NULL,
  region text NOT NULL DEFAULT '',
  postal_code text NOT NULL,
  country_code text NOT NULL,
  phone text,
  is_default boolean NOT NULL DEFAULT false
);
CREATE INDEX addresses_user ON marketplace.addresses (user_id);

CREATE TABLE marketplace.orders (
  id text PRIMARY KEY,
  user_id text NOT NULL REFERENCES marketplace.users(id),
  status text NOT NULL CHECK (status IN ('pending_payment', 'paid', 'shipped', 'delivered', 'cancelled', 'returned')),
  currency text NOT NULL,
  total_cents bigint NOT NULL,
  ship_name text NOT NULL,
  ship_line1 text NOT NULL,
  ship_line2 text NOT NULL DEFAULT '',
  ship_city text NOT NULL,
  ship_region text NOT NULL DEFAULT '',
  ship_postal_code text NOT NULL,
  ship_country_code text NOT NULL,
  ship_phone text,
  placed_at timestamptz NOT NULL,
  shipped_at timestamptz,
  delivered_at timestamptz,
  cancelled_at timestamptz,
  cancel_reason text,
  updated_at timestamptz NOT NULL
);
CREATE INDEX orders_user ON marketplace.orders (user_id, placed_at DESC);

CREATE TABLE marketplace.order_items (
  order_id text NOT NULL REFERENCES marketplace.orders(id),
  line_no int NOT NULL,
  listing_id text NOT NULL REFERENCES marketplace.listings(id),
  sku text NOT NULL,
  title text NOT NULL,
  quantity int NOT NULL CHECK (quantity > 0),
  unit_price_cents bigint NOT NULL,
  PRIMARY KEY (order_id, line_no)
);

CREATE TABLE marketplace.payments (
  id text PRIMARY KEY,
  order_id text NOT NULL UNIQUE REFERENCES marketplace.orders(id),
  status text NOT NULL CHECK (status IN ('authorized', 'captured', 'failed', 'refunded', 'partially_refunded')),
  method text NOT NULL CHECK (method IN ('card', 'wallet', 'bank_transfer')),
  card_brand text,
  card_last4 text,
  card_expiry_month int,
  card_expiry_year int,
  wallet_provider text,
  bank_reference text,
  currency text NOT NULL,
  amount_cents bigint NOT NULL,
  refunded_cents bigint NOT NULL DEFAULT 0 CHECK (refunded_cents >= 0 AND refunded_cents <= amount_cents),
  failure_reason text,
  created_at timestamptz NOT NULL
);

CREATE TABLE marketplace.shipments (
  id text PRIMARY KEY,
  order_id text NOT NULL UNIQUE REFERENCES marketplace.orders(id),
  carrier text NOT NULL,
  tracking_number text NOT NULL,
  weight_grams int NOT NULL,
  estimated_delivery timestamptz,
  created_at timestamptz NOT NULL
);

CREATE TABLE marketplace.tracking_events (
  id bigserial PRIMARY KEY,
  shipment_id text NOT NULL REFERENCES marketplace.shipments(id),
  kind text NOT NULL CHECK (kind IN ('label_created', 'picked_up', 'in_transit', 'out_for_delivery', 'delivered', 'exception')),
  location text NOT NULL,
  at timestamptz NOT NULL,
  detail text NOT NULL
);
CREATE INDEX tracking_events_shipment ON marketplace.tracking_events (shipment_id, at);

CREATE SEQUENCE marketplace.returns_seq;
CREATE TABLE marketplace.returns (
  id text PRIMARY KEY DEFAULT 'R' || lpad(nextval('marketplace.returns_seq')::text, 7, '0'),
  order_id text NOT NULL REFERENCES marketplace.orders(id),
  reason text NOT NULL,
  refund_cents bigint NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now()
);

-- One refund per order line: the primary key refuses a second return of the same item.
CREATE TABLE marketplace.return_items (
  order_id text NOT NULL,
  line_no int NOT NULL,
  return_id text NOT NULL REFERENCES marketplace.returns(id),
  quantity int NOT NULL CHECK (quantity > 0),
  refund_cents bigint NOT NULL,
  PRIMARY KEY (order_id, line_no),
  FOREIGN KEY (order_id, line_no) REFERENCES marketplace.order_items(order_id, line_no)
);

CREATE SEQUENCE marketplace.refunds_seq;
CREATE TABLE marketplace.refunds (
  id text PRIMARY KEY DEFAULT 'F' || lpad(nextval('marketplace.refunds_seq')::text, 7, '0'),
  payment_id text NOT NULL REFERENCES marketplace.payments(id),
  amount_cents bigint NOT NULL CHECK (amount_cents > 0),
  reason text NOT NULL,
  idempotency_key text UNIQUE,
  return_id text REFERENCES marketplace.returns(id),
  created_at timestamptz NOT NULL DEFAULT now()
);

-- The words of the catalogue's titles: a query word that is not one of them is replaced by the most
-- similar that is (trigram similarity), before full-text search. "snekers" finds sneakers.
CREATE TABLE marketplace.search_terms (
  term text PRIMARY KEY
);
CREATE INDEX search_terms_trgm ON marketplace.search_terms USING gin (term gin_trgm_ops);

-- Which seed the data came from (seeding is skipped when it is already there).
CREATE TABLE marketplace.seed_info (
  seed bigint NOT NULL,
  seeded_at timestamptz NOT NULL DEFAULT now()
);
