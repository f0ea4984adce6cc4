-- User preferences: typed fields the services rely on, plus a JSONB bag for everything else.
CREATE TABLE user_preferences (
  user_id          text PRIMARY KEY,
  language         text NOT NULL DEFAULT 'en',
  currency         text NOT NULL DEFAULT 'USD',
  marketing_opt_in boolean NOT NULL DEFAULT false,
  extras           jsonb NOT NULL DEFAULT '{}' CHECK (jsonb_typeof(extras) = 'object'),
  updated_at       timestamptz NOT NULL DEFAULT now()
);
