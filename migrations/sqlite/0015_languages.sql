-- The language a person chose for their pages and e-mails (a code such as 'fr'; NULL until they
-- choose), and the language of a round for whoever has chosen none and whose browser asks for
-- none of ours.
ALTER TABLE app_user ADD COLUMN language TEXT;
ALTER TABLE round ADD COLUMN language TEXT NOT NULL DEFAULT 'en';
