-- 中药饮片单方使用不予支付（herb-single-use）：单方使用不予支付的中药饮片，其处方（处方号；没有处方号时
-- 为同一就诊同一天）中只有这一味饮片，却纳入了基金结算。
-- 输出标准列；证据列: med_list_codg, cnt, pric_fen, rx, herbs_in_rx
WITH h AS (
  SELECT f.*, COALESCE(f.rxno, f.mdtrt_id || ':' || CAST(f.fee_date AS VARCHAR)) AS rx FROM fee_sel f WHERE f.sub_class = '中药饮片'
), n AS (
  SELECT rx, COUNT(DISTINCT med_list_codg) AS herbs_in_rx FROM h GROUP BY rx
)
SELECT h.feedetl_sn AS hit_key, h.fixmedins_code, h.psn_no, h.mdtrt_id, h.feedetl_sn, h.fee_date AS occur_date, CAST(h.amt_fen - h.ownpay_fen AS BIGINT) AS amount_fen,
       h.med_list_codg, h.cnt, h.pric_fen, h.rx, n.herbs_in_rx
FROM h JOIN n ON n.rx = h.rx JOIN item_limit m ON m.med_list_codg = h.med_list_codg AND m.lim_herb_pay = '单方不予支付'
WHERE n.herbs_in_rx = 1 AND h.amt_fen > h.ownpay_fen
