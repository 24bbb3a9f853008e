-- 短期内重复大型检查（过度检查）（repeat-exam）
-- 输出标准列: hit_key, fixmedins_code, psn_no, mdtrt_id, feedetl_sn, occur_date, amount_fen；证据列: med_list_codg, prev_feedetl_sn, prev_date, gap_days
WITH c AS (
  SELECT psn_no, fixmedins_code, med_list_codg FROM fee_x WHERE sub_class IN ('CT', 'MRI')
  GROUP BY psn_no, fixmedins_code, med_list_codg HAVING COUNT(*) > 1
), e AS (
  SELECT f.feedetl_sn, f.psn_no, f.fixmedins_code, f.mdtrt_id, f.fee_date, f.med_list_codg, f.amt_fen,
         LAG(f.fee_date) OVER w AS prev_date, LAG(f.feedetl_sn) OVER w AS prev_feedetl_sn
  FROM fee_x f JOIN c ON c.psn_no = f.psn_no AND c.fixmedins_code = f.fixmedins_code AND c.med_list_codg = f.med_list_codg
  WHERE f.sub_class IN ('CT', 'MRI')
  WINDOW w AS (PARTITION BY f.psn_no, f.fixmedins_code, f.med_list_codg ORDER BY f.fee_date, f.feedetl_sn)
)
SELECT feedetl_sn AS hit_key, fixmedins_code, psn_no, mdtrt_id, feedetl_sn, fee_date AS occur_date, amt_fen AS amount_fen,
       med_list_codg, prev_feedetl_sn, prev_date, fee_date - prev_date AS gap_days
FROM e WHERE prev_date IS NOT NULL AND fee_date - prev_date <= {{repeat_exam_days}}
