-- 同日多家机构就医购药（冒名就医）（same-day-many-institutions）
-- 输出标准列: hit_key, fixmedins_code, psn_no, mdtrt_id, feedetl_sn, occur_date, amount_fen；证据列: institutions, visits
WITH c AS (
  SELECT psn_no, adm_date FROM visit_x WHERE med_type IN ('11', '41')
  GROUP BY psn_no, adm_date HAVING COUNT(*) >= {{same_day_institutions}}
)
SELECT v.psn_no || ':' || CAST(v.adm_date AS VARCHAR) AS hit_key, MIN(v.fixmedins_code) AS fixmedins_code, v.psn_no, MIN(v.mdtrt_id) AS mdtrt_id,
       CAST(NULL AS VARCHAR) AS feedetl_sn, v.adm_date AS occur_date, CAST(SUM(v.fund_pay_fen) AS BIGINT) AS amount_fen,
       COUNT(DISTINCT v.fixmedins_code) AS institutions, COUNT(*) AS visits
FROM visit_x v JOIN c ON c.psn_no = v.psn_no AND c.adm_date = v.adm_date
WHERE v.med_type IN ('11', '41')
GROUP BY v.psn_no, v.adm_date
HAVING COUNT(DISTINCT v.fixmedins_code) >= {{same_day_institutions}}
