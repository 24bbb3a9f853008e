-- 零售药店结算诊疗项目或服务设施（串换诊疗项目）（pharmacy-service-swap）：药店购药结算（医疗类别 41）中有诊疗项目或服务设施。
-- 输出标准列: hit_key, fixmedins_code, psn_no, mdtrt_id, feedetl_sn, occur_date, amount_fen；证据列: med_list_codg, cnt, pric_fen, item_class
SELECT feedetl_sn AS hit_key, fixmedins_code, psn_no, mdtrt_id, feedetl_sn, fee_date AS occur_date, amt_fen AS amount_fen,
       med_list_codg, cnt, pric_fen, item_class
FROM fee_x
WHERE visit_kind = 'rx' AND item_class IN ('诊疗', '服务设施')
