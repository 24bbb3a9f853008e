-- 药品超限定病种目录范围使用（opsp-disease-drug）：限门诊慢特病病种使用的药品，参保人在结算日没有
-- 该病种（代码前缀 lim_opsp_dise）的有效备案。数据中没有门慢门特备案表时不检查。
-- 输出标准列；证据列: med_list_codg, cnt, pric_fen, lim_opsp_dise
SELECT f.feedetl_sn AS hit_key, f.fixmedins_code, f.psn_no, f.mdtrt_id, f.feedetl_sn, f.fee_date AS occur_date, f.amt_fen AS amount_fen,
       f.med_list_codg, f.cnt, f.pric_fen, f.lim_opsp_dise
FROM fee_lim f
WHERE f.item_class = '药品' AND f.lim_opsp_dise IS NOT NULL AND EXISTS (SELECT 1 FROM psn_opsp)
  AND NOT EXISTS (SELECT 1 FROM psn_opsp o WHERE o.psn_no = f.psn_no AND o.opsp_dise_code LIKE f.lim_opsp_dise || '%'
                  AND f.fee_date BETWEEN o.begndate AND o.enddate)
