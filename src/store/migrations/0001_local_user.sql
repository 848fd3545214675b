-- The single local user every record belongs to until a server runs many users.
INSERT INTO "users" ("id", "name") VALUES ('local', 'You') ON CONFLICT ("id") DO NOTHING;
