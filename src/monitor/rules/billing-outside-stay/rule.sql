-- 计费日期与住院时间不符（billing-outside-stay）：住院费用明细的计费日期在入院日期之前或出院日期之后。
-- （先由装载时的 fee_span 找出有这种明细的住院，再取其明细。）
-- 输出标准列；证据列: med_list_codg, cnt, pric_fen, adm_date, dscg_date
WITH v AS (
  SELECT x.mdtrt_id, x.adm_date, x.dscg_date FROM visit_x x JOIN fee_span s ON s.mdtrt_id = x.mdtrt_id
  WHERE x.visit_kind = 'ip' AND (s.min_fee_date < x.adm_date OR s.max_fee_date > x.dscg_date)
)
SELECT f.feedetl_sn AS hit_key, f.fixmedins_code, f.psn_no, f.mdtrt_id, f.feedetl_sn, f.fee_date AS occur_date, f.amt_fen AS amount_fen,
       f.med_list_codg, f.cnt, f.pric_fen, v.adm_date, v.dscg_date
FROM fee_x f JOIN v ON v.mdtrt_id = f.mdtrt_id
WHERE f.fee_date < v.adm_date OR f.fee_date > v.dscg_date
