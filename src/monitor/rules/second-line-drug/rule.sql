-- 药品限二线使用（second-line-drug）：限二线用药的药品，该参保人此前 second_line_lookback_days 天内（含当天）
-- 没有用过规定的一线药品（药理分组 lim_second_line）。
-- 输出标准列；证据列: med_list_codg, cnt, pric_fen, lim_second_line
SELECT f.feedetl_sn AS hit_key, f.fixmedins_code, f.psn_no, f.mdtrt_id, f.feedetl_sn, f.fee_date AS occur_date, f.amt_fen AS amount_fen,
       f.med_list_codg, f.cnt, f.pric_fen, f.lim_second_line
FROM fee_lim f
WHERE f.item_class = '药品' AND f.lim_second_line IS NOT NULL
  AND NOT EXISTS (SELECT 1 FROM fee_x x WHERE x.psn_no = f.psn_no AND x.drug_group = f.lim_second_line
                  AND x.fee_date <= f.fee_date AND x.fee_date >= f.fee_date - {{second_line_lookback_days}})
