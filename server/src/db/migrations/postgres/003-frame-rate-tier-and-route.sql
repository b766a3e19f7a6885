-- Issue 10 (face check on slow phones, recorded route); the same change as sqlite/003-frame-rate-tier-and-route.sql.
-- A session records the frame-rate tier the app measured when it asked for the session (its actions were
-- picked from that tier's), how the evidence is made ('live' in the app, or 'recorded' with the phone's own
-- camera app), and for a recorded one the 4 digits the person reads aloud on the video.
-- A submission keeps the same three (the session row is cleaned up later): a recorded one is marked for
-- reviewers and never approved automatically. Rows from before this migration were live checks.
ALTER TABLE sessions ADD COLUMN tier text NOT NULL DEFAULT 'standard' CHECK (tier IN ('standard', 'slow'));
ALTER TABLE sessions ADD COLUMN route text NOT NULL DEFAULT 'live' CHECK (route IN ('live', 'recorded'));
ALTER TABLE sessions ADD COLUMN spoken_code text;
ALTER TABLE submissions ADD COLUMN tier text NOT NULL DEFAULT 'standard' CHECK (tier IN ('standard', 'slow'));
ALTER TABLE submissions ADD COLUMN route text NOT NULL DEFAULT 'live' CHECK (route IN ('live', 'recorded'));
ALTER TABLE submissions ADD COLUMN spoken_code text;
