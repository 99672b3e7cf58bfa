-- The day a corrective letter was sent, and when that was recorded (CorrectiveLetterSent).
ALTER TABLE responses ADD COLUMN letter_sent_on DATE;
ALTER TABLE responses ADD COLUMN letter_sent_recorded_at TIMESTAMPTZ;
