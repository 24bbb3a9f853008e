-- {{@kb_kind}}（{{@item_class}}）：知识库给出的禁用诊断（诊断编码前缀）出现在就诊的诊断中。
-- 输出标准列；证据列: med_list_codg, cnt, pric_fen, diag_code, contra_prefix
SELECT f.feedetl_sn AS hit_key, f.fixmedins_code, f.psn_no, f.mdtrt_id, f.feedetl_sn, f.fee_date AS occur_date, f.amt_fen AS amount_fen,
       f.med_list_codg, f.cnt, f.pric_fen, MIN(d.diag_code) AS diag_code, MIN(k.diag_prefix) AS contra_prefix
FROM fee_sel f
JOIN item_kb k ON k.med_list_codg = f.med_list_codg AND k.kb_kind = {{@kb_kind}}
JOIN visit_dx d ON d.mdtrt_id = f.mdtrt_id AND d.diag_code LIKE k.diag_prefix || '%'
WHERE f.item_class = {{@item_class}}
GROUP BY f.feedetl_sn, f.fixmedins_code, f.psn_no, f.mdtrt_id, f.fee_date, f.amt_fen, f.med_list_codg, f.cnt, f.pric_fen
