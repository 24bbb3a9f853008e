-- 短期内重复大型检查（过度检查）（repeat-exam）
-- 输出标准列: hit_key, fixmedins_code, psn_no, mdtrt_id, feedetl_sn, occur_date, amount_fen；证据列: med_list_codg, prev_feedetl_sn, prev_date, gap_days
WITH e AS (
  SELECT feedetl_sn, psn_no, fixmedins_code, mdtrt_id, fee_date, med_list_codg, amt_fen,
         LAG(fee_date) OVER w AS prev_date, LAG(feedetl_sn) OVER w AS prev_feedetl_sn
  FROM fee_x WHERE sub_class IN ('CT', 'MRI')
  WINDOW w AS (PARTITION BY psn_no, fixmedins_code, med_list_codg ORDER BY fee_date, feedetl_sn)
)
SELECT feedetl_sn AS hit_key, fixmedins_code, psn_no, mdtrt_id, feedetl_sn, fee_date AS occur_date, amt_fen AS amount_fen,
       med_list_codg, prev_feedetl_sn, prev_date, fee_date - prev_date AS gap_days
FROM e WHERE prev_date IS NOT NULL AND fee_date - prev_date <= {{repeat_exam_days}}
