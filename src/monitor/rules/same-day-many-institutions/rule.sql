-- 同日多家机构就医购药（冒名就医）（same-day-many-institutions）
-- 输出标准列: hit_key, fixmedins_code, psn_no, mdtrt_id, feedetl_sn, occur_date, amount_fen；证据列: institutions, visits
SELECT psn_no || ':' || CAST(adm_date AS VARCHAR) AS hit_key, MIN(fixmedins_code) AS fixmedins_code, psn_no, MIN(mdtrt_id) AS mdtrt_id,
       CAST(NULL AS VARCHAR) AS feedetl_sn, adm_date AS occur_date, CAST(SUM(fund_pay_fen) AS BIGINT) AS amount_fen,
       COUNT(DISTINCT fixmedins_code) AS institutions, COUNT(*) AS visits
FROM visit_x WHERE med_type IN ('11', '41')
GROUP BY psn_no, adm_date
HAVING COUNT(DISTINCT fixmedins_code) >= {{same_day_institutions}}
