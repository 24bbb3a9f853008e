-- 医疗服务项目重复收费（项目内涵已包含）（included-item-charge）
-- 输出标准列: hit_key, fixmedins_code, psn_no, mdtrt_id, feedetl_sn, occur_date, amount_fen；证据列: med_list_codg, including_item, including_feedetl_sn
SELECT b.feedetl_sn AS hit_key, b.fixmedins_code, b.psn_no, b.mdtrt_id, b.feedetl_sn, b.fee_date AS occur_date, b.amt_fen AS amount_fen,
       b.med_list_codg, MIN(a.med_list_codg) AS including_item, MIN(a.feedetl_sn) AS including_feedetl_sn
FROM fee_x b
JOIN item_rel r ON r.item_b = b.med_list_codg AND r.rel_type = '包含'
JOIN fee_x a ON a.mdtrt_id = b.mdtrt_id AND a.fee_date = b.fee_date AND a.med_list_codg = r.item_a
GROUP BY b.feedetl_sn, b.fixmedins_code, b.psn_no, b.mdtrt_id, b.fee_date, b.amt_fen, b.med_list_codg
