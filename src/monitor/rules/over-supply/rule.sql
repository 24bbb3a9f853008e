-- 药品限最大支付天数/开药量（over-supply）：一条药品明细的用药天数超过限定的最大支付天数。
-- 门诊慢特病（医疗类别 14）或在备案有效期内的门慢门特患者开长期处方的，上限为 long_rx_max_days 天
-- （《长期处方管理规范（试行）》：最长不超过 12 周）。
-- 输出标准列；证据列: med_list_codg, prd_days, lim_max_supply_days, supply_limit
WITH f AS (
  SELECT l.*, CASE WHEN l.med_type = '14' OR EXISTS (SELECT 1 FROM psn_opsp o WHERE o.psn_no = l.psn_no AND l.fee_date BETWEEN o.begndate AND o.enddate)
                   THEN GREATEST(l.lim_max_supply_days, {{long_rx_max_days}}) ELSE l.lim_max_supply_days END AS supply_limit
  FROM fee_lim l WHERE l.item_class = '药品' AND l.lim_max_supply_days IS NOT NULL AND l.prd_days > l.lim_max_supply_days
)
SELECT feedetl_sn AS hit_key, fixmedins_code, psn_no, mdtrt_id, feedetl_sn, fee_date AS occur_date,
       CAST(FLOOR(CAST(amt_fen AS FLOAT8) * (prd_days - supply_limit) / prd_days) AS BIGINT) AS amount_fen,
       med_list_codg, prd_days, lim_max_supply_days, supply_limit
FROM f WHERE prd_days > supply_limit
