-- Monitor: a lead's amount (amount_fen) is the fund loss of its 明确违规 hits only; what its
-- 可疑 hits involve and how many statistical indicators it has are kept beside it, never
-- added in (src/monitor/leads.ts). Leads stored before this migration keep zeros here.
ALTER TABLE monitor_leads ADD COLUMN IF NOT EXISTS suspect_hits integer NOT NULL DEFAULT 0;
ALTER TABLE monitor_leads ADD COLUMN IF NOT EXISTS suspect_fund_fen bigint NOT NULL DEFAULT 0;
ALTER TABLE monitor_leads ADD COLUMN IF NOT EXISTS indicators integer NOT NULL DEFAULT 0;
