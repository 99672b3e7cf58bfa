-- Frozen period reports (projection "frozen-reports", rebuilt by replay of ReportFrozen): the parameters
-- from which the same figures can be computed again, and the checksum they had.
CREATE TABLE frozen_report (
    report_id   UUID PRIMARY KEY,
    period_from DATE NOT NULL,
    period_to   DATE NOT NULL,
    as_of       TIMESTAMPTZ NOT NULL,
    title       TEXT NOT NULL,
    checksum    TEXT NOT NULL,
    frozen_by   TEXT NOT NULL,
    frozen_at   TIMESTAMPTZ NOT NULL
);
