-- PostgreSQL only: the indexes and statistics a DBA would add for this workload
-- (fair baseline for the benchmark). Run after loading and after prep.sql.
CREATE INDEX IF NOT EXISTS fee_mdtrt_idx ON fee (mdtrt_id);
CREATE INDEX IF NOT EXISTS fee_init_idx ON fee (init_feedetl_sn) WHERE init_feedetl_sn IS NOT NULL;
CREATE INDEX IF NOT EXISTS setl_psn_idx ON setl (psn_no, adm_date);
CREATE INDEX IF NOT EXISTS visit_x_psn_idx ON visit_x (psn_no, fixmedins_code, adm_date);
CREATE INDEX IF NOT EXISTS visit_x_cert_idx ON visit_x (certno);
CREATE INDEX IF NOT EXISTS visit_x_mdtrt_idx ON visit_x (mdtrt_id);
CREATE INDEX IF NOT EXISTS fee_x_mdtrt_idx ON fee_x (mdtrt_id, fee_date);
CREATE INDEX IF NOT EXISTS fee_x_item_idx ON fee_x (med_list_codg);
CREATE INDEX IF NOT EXISTS fee_x_inst_item_idx ON fee_x (fixmedins_code, med_list_codg);
CREATE INDEX IF NOT EXISTS fee_lim_mdtrt_idx ON fee_lim (mdtrt_id, fee_date, med_list_codg);
CREATE INDEX IF NOT EXISTS fee_x_exam_idx ON fee_x (psn_no, fixmedins_code, med_list_codg, fee_date) WHERE sub_class IN ('CT', 'MRI');
CREATE INDEX IF NOT EXISTS fee_x_group_idx ON fee_x (mdtrt_id, fee_date, drug_group) WHERE drug_group IS NOT NULL;
CREATE INDEX IF NOT EXISTS ip_day_mdtrt_idx ON ip_day (mdtrt_id);
ANALYZE;
