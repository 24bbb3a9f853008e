-- 医疗服务项目限科室使用（service-dept-only）
-- 输出标准列: hit_key, fixmedins_code, psn_no, mdtrt_id, feedetl_sn, occur_date, amount_fen；证据列: med_list_codg, cnt, pric_fen, dept_code, lim_dept
SELECT feedetl_sn AS hit_key, fixmedins_code, psn_no, mdtrt_id, feedetl_sn, fee_date AS occur_date, amt_fen AS amount_fen,
       med_list_codg, cnt, pric_fen, dept_code, lim_dept
FROM fee_lim
WHERE item_class = '诊疗' AND lim_dept IS NOT NULL AND (dept_code IS NULL OR dept_code <> lim_dept)
