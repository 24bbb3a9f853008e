-- 计费日期与住院时间不符（billing-outside-stay）
-- 输出标准列；证据列: med_list_codg, cnt, pric_fen, adm_date, dscg_date
SELECT feedetl_sn AS hit_key, fixmedins_code, psn_no, mdtrt_id, feedetl_sn, fee_date AS occur_date, amt_fen AS amount_fen,
       med_list_codg, cnt, pric_fen, adm_date, dscg_date
FROM fee_x
WHERE visit_kind = 'ip' AND (fee_date < adm_date OR fee_date > dscg_date)
