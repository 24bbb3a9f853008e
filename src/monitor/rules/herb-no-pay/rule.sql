-- 中药饮片单复方均不予支付（herb-no-pay）：目录规定单方、复方均不予基金支付的中药饮片纳入了基金结算。
-- 输出标准列；证据列: med_list_codg, cnt, pric_fen, ownpay_fen, lim_herb_pay
SELECT feedetl_sn AS hit_key, fixmedins_code, psn_no, mdtrt_id, feedetl_sn, fee_date AS occur_date, CAST(amt_fen - ownpay_fen AS BIGINT) AS amount_fen,
       med_list_codg, cnt, pric_fen, ownpay_fen, lim_herb_pay
FROM fee_lim WHERE lim_herb_pay = '不予支付' AND amt_fen > ownpay_fen
