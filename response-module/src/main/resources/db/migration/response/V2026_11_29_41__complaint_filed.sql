-- Who filed a criminal complaint for the municipality and on which day (CriminalComplaintFiled).
ALTER TABLE responses ADD COLUMN complaint_filed_by TEXT;
ALTER TABLE responses ADD COLUMN complaint_filed_on DATE;
