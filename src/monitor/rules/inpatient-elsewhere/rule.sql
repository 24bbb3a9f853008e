-- 住院期间在他院门诊或购药结算（虚构医药服务）（inpatient-elsewhere）
-- 输出标准列: hit_key, fixmedins_code, psn_no, mdtrt_id, feedetl_sn, occur_date, amount_fen；证据列: inpatient_mdtrt_id, inpatient_fixmedins_code, inpatient_adm_date, inpatient_dscg_date
SELECT o.mdtrt_id AS hit_key, o.fixmedins_code, o.psn_no, o.mdtrt_id, CAST(NULL AS VARCHAR) AS feedetl_sn, o.adm_date AS occur_date,
       o.fund_pay_fen AS amount_fen, MIN(i.mdtrt_id) AS inpatient_mdtrt_id, MIN(i.fixmedins_code) AS inpatient_fixmedins_code,
       MIN(i.adm_date) AS inpatient_adm_date, MIN(i.dscg_date) AS inpatient_dscg_date
FROM visit_x o
JOIN visit_x i ON i.psn_no = o.psn_no AND i.med_type = '21' AND i.fixmedins_code <> o.fixmedins_code
              AND o.adm_date > i.adm_date AND o.adm_date < i.dscg_date
WHERE o.med_type IN ('11', '41')
GROUP BY o.mdtrt_id, o.fixmedins_code, o.psn_no, o.adm_date, o.fund_pay_fen
