-- Deterministic catalogue, users and orders. Every choice is a hash of (seed, what, row number)
-- (hashtextextended), so the same seed gives the same data whatever order the rows are made in;
-- dates are relative to the day of seeding, so return windows and deliveries stay current.
-- {{SEED}} is replaced by the seed, {{LISTINGS}}, {{USERS}}, {{ORDERS}} by the counts.
SET LOCAL max_parallel_workers_per_gather = 0;

CREATE FUNCTION pg_temp.r(what text, i bigint) RETURNS double precision LANGUAGE sql IMMUTABLE AS $$
  SELECT (hashtextextended(what || ':' || i::text, {{SEED}}) & 2147483647)::double precision / 2147483648.0
$$;
CREATE FUNCTION pg_temp.pick(items text[], what text, i bigint) RETURNS text LANGUAGE sql IMMUTABLE AS $$
  SELECT items[1 + floor(pg_temp.r(what, i) * array_length(items, 1))::int]
$$;
CREATE TEMP TABLE anchor ON COMMIT DROP AS SELECT date_trunc('day', now()) AS today;

-- Load first, check after: foreign keys are checked row by row and GIN indexes grow slowly while
-- rows arrive, so both are dropped here and made again (and validated in one pass) at the end.
ALTER TABLE marketplace.listings DROP CONSTRAINT listings_category_id_fkey;
ALTER TABLE marketplace.addresses DROP CONSTRAINT addresses_user_id_fkey;
ALTER TABLE marketplace.orders DROP CONSTRAINT orders_user_id_fkey;
ALTER TABLE marketplace.order_items DROP CONSTRAINT order_items_order_id_fkey;
ALTER TABLE marketplace.order_items DROP CONSTRAINT order_items_listing_id_fkey;
ALTER TABLE marketplace.payments DROP CONSTRAINT payments_order_id_fkey;
ALTER TABLE marketplace.shipments DROP CONSTRAINT shipments_order_id_fkey;
ALTER TABLE marketplace.tracking_events DROP CONSTRAINT tracking_events_shipment_id_fkey;
DROP INDEX marketplace.listings_search;
DROP INDEX marketplace.listings_title_trgm;
DROP INDEX marketplace.tracking_events_shipment;
DROP INDEX marketplace.orders_user;

INSERT INTO marketplace.categories (id, name, parent_id) VALUES
  ('clothing', 'Clothing', NULL), ('womens-clothing', 'Women''s clothing', 'clothing'),
  ('mens-clothing', 'Men''s clothing', 'clothing'), ('shoes', 'Shoes', NULL),
  ('electronics', 'Electronics', NULL), ('home', 'Home and kitchen', NULL), ('sports', 'Sports and outdoors', NULL),
  ('beauty', 'Beauty', NULL), ('toys', 'Toys and games', NULL), ('bags', 'Bags and accessories', NULL);

CREATE TEMP TABLE category_vocabulary ON COMMIT DROP AS SELECT * FROM (VALUES
  ('womens-clothing', ARRAY['dress','blouse','skirt','cardigan','jeans','coat','jumper','trousers'],
   ARRAY['XS','S','M','L','XL'], ARRAY['Lumen','Alba','Maren','Sorell','Vinter'], 1500, 18000, 400),
  ('mens-clothing', ARRAY['shirt','t-shirt','chinos','jacket','hoodie','jumper','polo shirt','jeans'],
   ARRAY['S','M','L','XL','XXL'], ARRAY['Fjeld','Harlow','Brisk','Cobalt','Vinter'], 1500, 20000, 500),
  ('shoes', ARRAY['sneakers','running shoes','boots','sandals','loafers','trainers','hiking boots'],
   ARRAY['36','37','38','39','40','41','42','43','44','45','46'], ARRAY['Stride','Nordlys','Pace','Trailborn','Harlow'], 3000, 22000, 900),
  ('electronics', ARRAY['wireless headphones','bluetooth speaker','smartwatch','usb-c charger','mechanical keyboard','wireless mouse','monitor','earbuds'],
   ARRAY['one size'], ARRAY['Voltra','Sonik','Pixelo','Ampere','Kestrel'], 1500, 60000, 600),
  ('home', ARRAY['table lamp','cushion','duvet cover','kettle','frying pan','vase','towel set','coffee grinder'],
   ARRAY['small','medium','large'], ARRAY['Hjem','Casa Verde','Oakline','Lumen','Kettleby'], 900, 15000, 1200),
  ('sports', ARRAY['yoga mat','dumbbells','water bottle','backpack','tennis racket','bike helmet','running jacket'],
   ARRAY['S','M','L'], ARRAY['Trailborn','Pace','Summit','Brisk','Kestrel'], 800, 25000, 1000),
  ('beauty', ARRAY['moisturiser','shampoo','perfume','lipstick','face serum','sunscreen','body lotion'],
   ARRAY['50 ml','100 ml','200 ml'], ARRAY['Velour','Aurelle','Bloom & Co','Maren','Pura'], 500, 12000, 250),
  ('toys', ARRAY['jigsaw puzzle','building blocks','plush bear','board game','kite','toy train','doll house'],
   ARRAY['one size'], ARRAY['Tumble','Kiddo','Brightpath','Puzzlewood','Oakline'], 700, 9000, 700),
  ('bags', ARRAY['tote bag','backpack','wallet','belt','crossbody bag','sunglasses','scarf'],
   ARRAY['one size'], ARRAY['Sorell','Alba','Harlow','Cobalt','Velour'], 1200, 30000, 350)
) AS v(category_id, nouns, sizes, brands, min_cents, max_cents, weight);

CREATE TEMP TABLE numbered_vocabulary ON COMMIT DROP AS
  SELECT row_number() OVER (ORDER BY category_id) - 1 AS n, * FROM category_vocabulary;

INSERT INTO marketplace.listings (id, seller_id, title, description, category_id, brand, colour, size, currency,
  price_cents, original_price_cents, stock, rating, review_count, weight_grams, created_at, updated_at)
SELECT 'L' || lpad(i::text, 6, '0'), 'S' || lpad((1 + floor(pg_temp.r('seller', i) * 400))::text, 4, '0'),
  brand || ' ' || initcap(adjective) || ' ' || initcap(colour) || ' ' || initcap(noun),
  'A ' || adjective || ' ' || noun || ' in ' || colour || ' from ' || brand || '. '
    || pg_temp.pick(ARRAY['Made to last, with reinforced seams.', 'Ships in recycled packaging.',
       'Our best seller this season.', 'Easy to care for and quick to dry.', 'Designed in Copenhagen.',
       'Backed by a two-year warranty.', 'Lightweight and easy to pack.', 'A favourite of our customers.'], 'sentence', i)
    || ' Size ' || size || '.',
  category_id, brand, colour, size, 'EUR', price, CASE WHEN pg_temp.r('sale', i) < 0.15 THEN price * 5 / 4 END,
  CASE WHEN pg_temp.r('soldout', i) < 0.08 THEN 0 ELSE floor(pg_temp.r('stock', i) * 120)::int END,
  round((2.5 + pg_temp.r('rating', i) * 2.5)::numeric, 1), floor(pg_temp.r('reviews', i) * 900)::int,
  weight, created, created + (pg_temp.r('updated', i) * interval '30 days')
FROM (
  SELECT i, v.category_id,
    pg_temp.pick(v.nouns, 'noun', i) AS noun, pg_temp.pick(v.sizes, 'size', i) AS size,
    pg_temp.pick(v.brands, 'brand', i) AS brand,
    pg_temp.pick(ARRAY['black','white','navy','blue','red','green','grey','beige','pink','yellow','brown','purple','orange'], 'colour', i) AS colour,
    pg_temp.pick(ARRAY['classic','lightweight','premium','everyday','slim-fit','waterproof','organic','recycled','vintage','compact','soft','durable'], 'adjective', i) AS adjective,
    (v.min_cents + floor(pg_temp.r('price', i) * (v.max_cents - v.min_cents) / 100) * 100 - 1)::bigint AS price,
    (v.weight * (0.5 + pg_temp.r('weight', i)))::int AS weight,
    (SELECT today FROM anchor) - (pg_temp.r('created', i) * interval '700 days') - interval '30 days' AS created
  FROM generate_series(1, {{LISTINGS}}) AS i
  JOIN numbered_vocabulary v ON v.n = floor(pg_temp.r('category', i) * 9)
) AS generated;

CREATE TEMP TABLE places ON COMMIT DROP AS SELECT * FROM (VALUES
  (0, 'DE', 'de-DE', ARRAY['Berlin','Hamburg','Munich','Cologne','Leipzig'], ARRAY['Hauptstraße','Gartenweg','Lindenallee','Bahnhofstraße'], '+49'),
  (1, 'FR', 'fr-FR', ARRAY['Paris','Lyon','Marseille','Lille','Nantes'], ARRAY['Rue de la Paix','Avenue Victor Hugo','Rue du Moulin','Boulevard Voltaire'], '+33'),
  (2, 'NL', 'nl-NL', ARRAY['Amsterdam','Rotterdam','Utrecht','Eindhoven','Groningen'], ARRAY['Kerkstraat','Dorpsstraat','Molenweg','Prinsengracht'], '+31'),
  (3, 'GB', 'en-GB', ARRAY['London','Manchester','Leeds','Bristol','Edinburgh'], ARRAY['High Street','Station Road','Church Lane','Victoria Road'], '+44'),
  (4, 'ES', 'es-ES', ARRAY['Madrid','Barcelona','Valencia','Seville','Bilbao'], ARRAY['Calle Mayor','Gran Vía','Calle del Sol','Avenida de la Constitución'], '+34'),
  (5, 'IT', 'it-IT', ARRAY['Rome','Milan','Turin','Bologna','Florence'], ARRAY['Via Roma','Corso Italia','Via Garibaldi','Via Dante'], '+39')
) AS p(n, country, locale, cities, streets, dial);

CREATE TEMP TABLE generated_users ON COMMIT DROP AS
SELECT i, 'U' || lpad(i::text, 5, '0') AS id, first || ' ' || last AS display_name,
  lower(translate(first, 'éèáíóñ', 'eeaion')) || '.' || lower(translate(last, 'éèáíóñ', 'eeaion')) || i || '@example.com' AS email,
  p.country, p.locale, p.cities, p.streets, p.dial
FROM (
  SELECT i,
    pg_temp.pick(ARRAY['Anna','Lukas','Sophie','Noah','Emma','Liam','Mila','Jonas','Léa','Hugo','Sara','Mateo','Giulia','Oliver','Freya','Daan','Lucía','Marco','Ella','Finn'], 'first', i) AS first,
    pg_temp.pick(ARRAY['Müller','Martin','de Vries','Smith','García','Rossi','Schmidt','Bernard','Jansen','Jones','López','Bianchi','Weber','Dubois','Bakker','Taylor','Fernández','Romano'], 'last', i) AS last,
    floor(pg_temp.r('country', i) * 6)::int AS place
  FROM generate_series(1, {{USERS}}) AS i
) AS u JOIN places p ON p.n = u.place;

INSERT INTO marketplace.users (id, display_name, email, locale, currency, loyalty_points, created_at)
SELECT id, display_name, email, locale, CASE country WHEN 'GB' THEN 'GBP' ELSE 'EUR' END,
  floor(pg_temp.r('loyalty', i) * 5000)::bigint,
  (SELECT today FROM anchor) - interval '400 days' - pg_temp.r('joined', i) * interval '1500 days'
FROM generated_users;

INSERT INTO marketplace.addresses (user_id, name, line1, line2, city, region, postal_code, country_code, phone, is_default)
SELECT id, display_name, (10 + floor(pg_temp.r('house' || k, i) * 180))::text || ' ' || pg_temp.pick(streets, 'street' || k, i),
  CASE WHEN pg_temp.r('flat' || k, i) < 0.3 THEN 'Apartment ' || (1 + floor(pg_temp.r('apt' || k, i) * 40))::text ELSE '' END,
  pg_temp.pick(cities, 'city' || k, i), '', lpad(floor(pg_temp.r('postal' || k, i) * 99999)::text, 5, '0'), country,
  dial || ' ' || (600000000 + floor(pg_temp.r('phone', i) * 99999999))::bigint::text, k = 1
FROM generated_users, generate_series(1, 2) AS k
WHERE k = 1 OR pg_temp.r('second-address', i) < 0.35;

-- Orders: status follows age (new ones pending or paid, then shipped, then delivered), a few cancelled.
CREATE TEMP TABLE generated_orders ON COMMIT DROP AS
SELECT i, 'ORD-' || (100000 + i) AS id, 'U' || lpad(u::text, 5, '0') AS user_id, placed,
  CASE
    WHEN age < 1 THEN CASE WHEN pg_temp.r('pending', i) < 0.3 THEN 'pending_payment' ELSE 'paid' END
    WHEN pg_temp.r('cancel', i) < 0.05 THEN 'cancelled'
    WHEN age < 2 THEN CASE WHEN pg_temp.r('dispatch', i) < 0.3 THEN 'paid' ELSE 'shipped' END
    WHEN age < 5 THEN CASE WHEN pg_temp.r('arrive', i) < 0.5 THEN 'shipped' ELSE 'delivered' END
    ELSE 'delivered'
  END AS status,
  (1 + floor(pg_temp.r('lines', i) * 4))::int AS lines, age
FROM (
  SELECT i, 1 + floor(pg_temp.r('user', i) * {{USERS}})::int AS u,
    power(pg_temp.r('age', i), 2) * 365 AS age
  FROM generate_series(1, {{ORDERS}}) AS i
) AS o, LATERAL (SELECT (SELECT today FROM anchor) + interval '8 hours' - age * interval '1 day' AS placed) AS p;

-- The lines first (so each order's total is known when it is written), one to four per order.
CREATE TEMP TABLE generated_items ON COMMIT DROP AS
SELECT o.id AS order_id, k AS line_no, l.id AS listing_id,
  l.id || '-' || upper(replace(l.colour, ' ', '')) || '-' || upper(replace(l.size, ' ', '')) AS sku, l.title,
  CASE WHEN pg_temp.r('qty' || k, o.i) < 0.8 THEN 1 ELSE 2 + floor(pg_temp.r('more' || k, o.i) * 2)::int END AS quantity,
  l.price_cents AS unit_price_cents, l.weight_grams
FROM generated_orders o CROSS JOIN generate_series(1, 4) AS k
JOIN marketplace.listings l ON l.id = 'L' || lpad((1 + floor(pg_temp.r('item' || k, o.i) * {{LISTINGS}}))::text, 6, '0')
WHERE k <= o.lines;

CREATE TEMP TABLE order_sums ON COMMIT DROP AS
SELECT order_id, sum(quantity * unit_price_cents) AS total, sum(quantity * weight_grams) AS weight
FROM generated_items GROUP BY order_id;

INSERT INTO marketplace.orders (id, user_id, status, currency, total_cents, ship_name, ship_line1, ship_line2,
  ship_city, ship_region, ship_postal_code, ship_country_code, ship_phone, placed_at, shipped_at, delivered_at,
  cancelled_at, cancel_reason, updated_at)
SELECT o.id, o.user_id, o.status, 'EUR', t.total, a.name, a.line1, a.line2, a.city, a.region, a.postal_code,
  a.country_code, a.phone, o.placed,
  CASE WHEN o.status IN ('shipped', 'delivered') THEN o.placed + interval '20 hours' END,
  CASE WHEN o.status = 'delivered' THEN o.placed + interval '2 days' + pg_temp.r('transit', o.i) * interval '2 days' END,
  CASE WHEN o.status = 'cancelled' THEN o.placed + interval '3 hours' END,
  CASE WHEN o.status = 'cancelled' THEN pg_temp.pick(ARRAY['changed my mind','found it cheaper','ordered by mistake'], 'why', o.i) END,
  o.placed
FROM generated_orders o JOIN order_sums t ON t.order_id = o.id
JOIN marketplace.addresses a ON a.user_id = o.user_id AND a.is_default;

INSERT INTO marketplace.order_items (order_id, line_no, listing_id, sku, title, quantity, unit_price_cents)
SELECT order_id, line_no, listing_id, sku, title, quantity, unit_price_cents FROM generated_items;

INSERT INTO marketplace.payments (id, order_id, status, method, card_brand, card_last4, card_expiry_month,
  card_expiry_year, wallet_provider, bank_reference, currency, amount_cents, refunded_cents, failure_reason, created_at)
SELECT 'PAY-' || (100000 + o.i), o.id,
  CASE WHEN o.status = 'pending_payment' THEN CASE WHEN pg_temp.r('declined', o.i) < 0.3 THEN 'failed' ELSE 'authorized' END
       WHEN o.status = 'cancelled' THEN 'refunded' ELSE 'captured' END,
  m.method,
  CASE WHEN m.method = 'card' THEN pg_temp.pick(ARRAY['visa','mastercard','amex'], 'brand', o.i) END,
  CASE WHEN m.method = 'card' THEN lpad(floor(pg_temp.r('last4', o.i) * 10000)::text, 4, '0') END,
  CASE WHEN m.method = 'card' THEN 1 + floor(pg_temp.r('month', o.i) * 12)::int END,
  CASE WHEN m.method = 'card' THEN 2027 + floor(pg_temp.r('year', o.i) * 4)::int END,
  CASE WHEN m.method = 'wallet' THEN pg_temp.pick(ARRAY['PayPal','Apple Pay','Google Pay'], 'wallet', o.i) END,
  CASE WHEN m.method = 'bank_transfer' THEN 'SEPA-' || (7000000 + o.i) END,
  'EUR', t.total_cents, CASE WHEN o.status = 'cancelled' THEN t.total_cents ELSE 0 END,
  CASE WHEN o.status = 'pending_payment' AND pg_temp.r('declined', o.i) < 0.3 THEN 'card declined by the issuer' END,
  o.placed + interval '1 minute'
FROM generated_orders o JOIN marketplace.orders t ON t.id = o.id,
  LATERAL (SELECT CASE WHEN pg_temp.r('method', o.i) < 0.7 THEN 'card'
                       WHEN pg_temp.r('method', o.i) < 0.9 THEN 'wallet' ELSE 'bank_transfer' END AS method) AS m;

INSERT INTO marketplace.refunds (payment_id, amount_cents, reason, idempotency_key, created_at)
SELECT p.id, p.amount_cents, 'order cancelled', 'cancel-' || p.order_id, o.cancelled_at
FROM marketplace.payments p JOIN marketplace.orders o ON o.id = p.order_id WHERE o.status = 'cancelled';

INSERT INTO marketplace.shipments (id, order_id, carrier, tracking_number, weight_grams, estimated_delivery, created_at)
SELECT 'SHP-' || (100000 + g.i), o.id, c.carrier,
  CASE c.carrier WHEN 'UPS' THEN '1Z' || upper(substr(md5('{{SEED}}' || o.id), 1, 16))
                 ELSE c.carrier || lpad((floor(pg_temp.r('track', g.i) * 9999999999))::bigint::text, 10, '0') END,
  w.weight::int,
  o.shipped_at + interval '3 days', o.shipped_at
FROM generated_orders g JOIN marketplace.orders o ON o.id = g.id JOIN order_sums w ON w.order_id = g.id,
  LATERAL (SELECT pg_temp.pick(ARRAY['DHL','UPS','DPD','PostNL','GLS'], 'carrier', g.i) AS carrier) AS c
WHERE o.status IN ('shipped', 'delivered');

INSERT INTO marketplace.tracking_events (shipment_id, kind, location, at, detail)
SELECT s.id, e.kind, e.location, e.at, e.detail
FROM marketplace.shipments s JOIN marketplace.orders o ON o.id = s.order_id,
  LATERAL (VALUES
    ('label_created', 'Warehouse Venlo', s.created_at - interval '2 hours', 'Shipping label created'),
    ('picked_up', 'Warehouse Venlo', s.created_at, 'Parcel picked up by ' || s.carrier),
    ('in_transit', 'Sorting centre ' || o.ship_city, s.created_at + interval '14 hours', 'Parcel at the regional sorting centre'),
    ('out_for_delivery', o.ship_city, o.delivered_at - interval '5 hours', 'Out for delivery'),
    ('delivered', o.ship_city, o.delivered_at, 'Delivered to ' || o.ship_name)
  ) AS e(kind, location, at, detail)
WHERE e.at IS NOT NULL AND e.at <= now();

INSERT INTO marketplace.search_terms (term)
SELECT DISTINCT lower(word) FROM marketplace.listings, regexp_split_to_table(title, '[^[:alnum:]]+') AS word
WHERE length(word) > 1;

INSERT INTO marketplace.brand_terms (term)
SELECT DISTINCT word FROM marketplace.listings l, regexp_split_to_table(lower(l.brand), '[^[:alnum:]]+') AS word
WHERE l.brand IS NOT NULL AND word <> '';

CREATE INDEX listings_search ON marketplace.listings USING gin (search);
CREATE INDEX listings_title_trgm ON marketplace.listings USING gin (title gin_trgm_ops);
CREATE INDEX tracking_events_shipment ON marketplace.tracking_events (shipment_id, at);
CREATE INDEX orders_user ON marketplace.orders (user_id, placed_at DESC);
ALTER TABLE marketplace.listings ADD CONSTRAINT listings_category_id_fkey FOREIGN KEY (category_id) REFERENCES marketplace.categories(id);
ALTER TABLE marketplace.addresses ADD CONSTRAINT addresses_user_id_fkey FOREIGN KEY (user_id) REFERENCES marketplace.users(id);
ALTER TABLE marketplace.orders ADD CONSTRAINT orders_user_id_fkey FOREIGN KEY (user_id) REFERENCES marketplace.users(id);
ALTER TABLE marketplace.order_items ADD CONSTRAINT order_items_order_id_fkey FOREIGN KEY (order_id) REFERENCES marketplace.orders(id);
ALTER TABLE marketplace.order_items ADD CONSTRAINT order_items_listing_id_fkey FOREIGN KEY (listing_id) REFERENCES marketplace.listings(id);
ALTER TABLE marketplace.payments ADD CONSTRAINT payments_order_id_fkey FOREIGN KEY (order_id) REFERENCES marketplace.orders(id);
ALTER TABLE marketplace.shipments ADD CONSTRAINT shipments_order_id_fkey FOREIGN KEY (order_id) REFERENCES marketplace.orders(id);
ALTER TABLE marketplace.tracking_events ADD CONSTRAINT tracking_events_shipment_id_fkey FOREIGN KEY (shipment_id) REFERENCES marketplace.shipments(id);

INSERT INTO marketplace.seed_info (seed) VALUES ({{SEED}});
