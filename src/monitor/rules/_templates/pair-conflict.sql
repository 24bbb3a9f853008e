-- {{@pair_kind}}：同一就诊同一天同时收取知识库列为{{@pair_kind}}的两个项目；疑点在后一个项目（item_b）的明细上。
-- 输出标准列；证据列: med_list_codg, cnt, pric_fen, other_item, other_feedetl_sn
SELECT b.feedetl_sn AS hit_key, b.fixmedins_code, b.psn_no, b.mdtrt_id, b.feedetl_sn, b.fee_date AS occur_date, b.amt_fen AS amount_fen,
       b.med_list_codg, b.cnt, b.pric_fen, MIN(a.med_list_codg) AS other_item, MIN(a.feedetl_sn) AS other_feedetl_sn
FROM fee_sel a
JOIN item_pair p ON p.item_a = a.med_list_codg AND p.pair_kind = {{@pair_kind}}
JOIN fee_sel b ON b.mdtrt_id = a.mdtrt_id AND b.fee_date = a.fee_date AND b.med_list_codg = p.item_b
GROUP BY b.feedetl_sn, b.fixmedins_code, b.psn_no, b.mdtrt_id, b.fee_date, b.amt_fen, b.med_list_codg, b.cnt, b.pric_fen
