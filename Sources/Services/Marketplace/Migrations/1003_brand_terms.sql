-- The words of the listings' brands, which the search's spelling correction mends a query word to only when the
-- word is very like one (SearchQuery.correction): a table, as search_terms is, so that a search no longer splits
-- every listing's brand again. Filled here for a marketplace seeded before it; the seed fills it after.
CREATE TABLE marketplace.brand_terms (
  term text PRIMARY KEY
);
INSERT INTO marketplace.brand_terms (term)
SELECT DISTINCT word FROM marketplace.listings l, regexp_split_to_table(lower(l.brand), '[^[:alnum:]]+') AS word
WHERE l.brand IS NOT NULL AND word <> '';
