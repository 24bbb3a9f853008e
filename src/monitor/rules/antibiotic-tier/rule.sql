-- 抗菌药物分级使用管理（antibiotic-tier）：特殊使用级抗菌药物在门诊或药店结算
-- （《抗菌药物临床应用管理办法》：特殊使用级抗菌药物不得在门诊使用）。
-- 输出标准列；证据列: med_list_codg, cnt, pric_fen, med_type
SELECT f.feedetl_sn AS hit_key, f.fixmedins_code, f.psn_no, f.mdtrt_id, f.feedetl_sn, f.fee_date AS occur_date, f.amt_fen AS amount_fen,
       f.med_list_codg, f.cnt, f.pric_fen, f.med_type
FROM fee_sel f JOIN item_kb k ON k.med_list_codg = f.med_list_codg AND k.kb_kind = '特殊使用级抗菌药物'
WHERE f.item_class = '药品' AND f.visit_kind IN ('op', 'rx')
