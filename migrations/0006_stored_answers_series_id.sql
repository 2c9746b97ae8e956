-- Bookings now carry `seriesId` (null for a single booking), and the response schema requires it.
-- Answers stored for Idempotency-Key replays before this change lack it: a replay of one would
-- fail to serialise (500). Give them the field they would have had. `->` is SQL NULL only when
-- the key is missing (a JSON null is not), so rows written after this change are left alone.
UPDATE "idempotency_keys"
SET "response" = "response" || '{"seriesId": null}'::jsonb
WHERE "status_code" = 201 AND jsonb_typeof("response") = 'object' AND "response" -> 'seriesId' IS NULL;
