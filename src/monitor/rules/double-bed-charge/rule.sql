-- 同一住院日重复计收床位费（重复收费）（double-bed-charge）
-- 输出标准列: hit_key, fixmedins_code, psn_no, mdtrt_id, feedetl_sn, occur_date, amount_fen；证据列: bed_units, bed_fen
SELECT mdtrt_id || ':' || CAST(fee_date AS VARCHAR) AS hit_key, MIN(fixmedins_code) AS fixmedins_code, MIN(psn_no) AS psn_no, mdtrt_id,
       CAST(NULL AS VARCHAR) AS feedetl_sn, fee_date AS occur_date, CAST(SUM(amt_fen) - MAX(pric_fen) AS BIGINT) AS amount_fen,
       SUM(cnt) AS bed_units, SUM(amt_fen) AS bed_fen
FROM fee_x WHERE sub_class = '床位' AND med_type = '21'
GROUP BY mdtrt_id, fee_date
HAVING SUM(cnt) > 1
