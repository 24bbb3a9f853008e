-- 同一住院日重复计收床位费（重复收费）（double-bed-charge）
-- 输出标准列: hit_key, fixmedins_code, psn_no, mdtrt_id, feedetl_sn, occur_date, amount_fen；证据列: bed_units, bed_fen
SELECT d.mdtrt_id || ':' || CAST(d.fee_date AS VARCHAR) AS hit_key, v.fixmedins_code, v.psn_no, d.mdtrt_id,
       CAST(NULL AS VARCHAR) AS feedetl_sn, d.fee_date AS occur_date, CAST(d.bed_fen - d.bed_max_pric_fen AS BIGINT) AS amount_fen,
       d.bed_units, d.bed_fen
FROM ip_day d JOIN visit_x v ON v.mdtrt_id = d.mdtrt_id
WHERE d.bed_units > 1
