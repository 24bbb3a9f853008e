-- 将基金支付范围以外的费用纳入结算（non-covered-settled）
-- 输出标准列: hit_key, fixmedins_code, psn_no, mdtrt_id, feedetl_sn, occur_date, amount_fen；证据列: med_list_codg, chrgitm_lv, ownpay_fen
SELECT feedetl_sn AS hit_key, fixmedins_code, psn_no, mdtrt_id, feedetl_sn, fee_date AS occur_date, CAST(amt_fen - ownpay_fen AS BIGINT) AS amount_fen,
       med_list_codg, chrgitm_lv, ownpay_fen
FROM fee_sel WHERE chrgitm_lv = '丙' AND amt_fen > ownpay_fen
