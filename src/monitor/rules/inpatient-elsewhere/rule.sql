-- 住院期间门诊或购药结算（inpatient-elsewhere）：参保人住院期间（入院次日至出院前一日），
-- 在本院或他院以门诊、药店购药结算。入院当日和出院当日的门诊是正常的就医路径，不计。
-- 输出标准列；证据列: inpatient_mdtrt_id, inpatient_fixmedins_code, inpatient_adm_date, inpatient_dscg_date, same_institution
SELECT o.mdtrt_id AS hit_key, o.fixmedins_code, o.psn_no, o.mdtrt_id, CAST(NULL AS VARCHAR) AS feedetl_sn, o.adm_date AS occur_date,
       o.fund_pay_fen AS amount_fen, MIN(i.mdtrt_id) AS inpatient_mdtrt_id, MIN(i.fixmedins_code) AS inpatient_fixmedins_code,
       MIN(i.adm_date) AS inpatient_adm_date, MIN(i.dscg_date) AS inpatient_dscg_date,
       MAX(CASE WHEN i.fixmedins_code = o.fixmedins_code THEN 1 ELSE 0 END) AS same_institution
FROM visit_x o
JOIN visit_x i ON i.psn_no = o.psn_no AND i.visit_kind = 'ip' AND o.adm_date > i.adm_date AND o.adm_date < i.dscg_date
WHERE o.visit_kind IN ('op', 'rx')
GROUP BY o.mdtrt_id, o.fixmedins_code, o.psn_no, o.adm_date, o.fund_pay_fen
