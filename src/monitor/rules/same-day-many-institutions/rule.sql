-- 同日多家机构就医购药（same-day-many-institutions）：同一参保人同一天在 same_day_institutions 家
-- 以上机构门诊或购药结算。一条就医链上的机构只算一家：当天由已就诊机构转诊（2501 转院备案，
-- 转出机构 → 转往机构，在备案有效期内）或凭当天已就诊机构开具的处方购药（同一医保电子处方编号
-- hi_rxno）的，不另算。
-- 输出标准列；证据列: institutions, visits, independent_institutions；visit_ids 列出当天的就诊
WITH d AS (
  SELECT psn_no, adm_date FROM visit_x WHERE visit_kind IN ('op', 'rx')
  GROUP BY psn_no, adm_date HAVING COUNT(DISTINCT fixmedins_code) >= {{same_day_institutions}}
), v AS (
  SELECT x.* FROM visit_x x JOIN d ON d.psn_no = x.psn_no AND d.adm_date = x.adm_date WHERE x.visit_kind IN ('op', 'rx')
), linked AS (
  SELECT b.mdtrt_id FROM v b JOIN v a ON a.psn_no = b.psn_no AND a.fixmedins_code <> b.fixmedins_code
  JOIN refl r ON r.psn_no = b.psn_no AND r.fixmedins_code = a.fixmedins_code AND r.reflin_medins_no = b.fixmedins_code
              AND b.adm_date BETWEEN r.begndate AND r.enddate
  UNION
  SELECT b.mdtrt_id FROM v b JOIN rx_link lb ON lb.mdtrt_id = b.mdtrt_id
  JOIN rx_link la ON la.hi_rxno = lb.hi_rxno AND la.mdtrt_id <> lb.mdtrt_id
  JOIN v a ON a.mdtrt_id = la.mdtrt_id AND a.fixmedins_code <> b.fixmedins_code
), m AS (
  SELECT v.*, CASE WHEN l.mdtrt_id IS NULL THEN v.fixmedins_code END AS independent_code
  FROM v LEFT JOIN (SELECT DISTINCT mdtrt_id FROM linked) l ON l.mdtrt_id = v.mdtrt_id
)
SELECT m.psn_no || ':' || CAST(m.adm_date AS VARCHAR) AS hit_key, MIN(m.fixmedins_code) AS fixmedins_code, m.psn_no, MIN(m.mdtrt_id) AS mdtrt_id,
       CAST(NULL AS VARCHAR) AS feedetl_sn, m.adm_date AS occur_date, CAST(SUM(m.fund_pay_fen) AS BIGINT) AS amount_fen,
       COUNT(DISTINCT m.fixmedins_code) AS institutions, COUNT(*) AS visits, COUNT(DISTINCT m.independent_code) AS independent_institutions,
       string_agg(m.mdtrt_id, ',' ORDER BY m.mdtrt_id) AS visit_ids
FROM m
GROUP BY m.psn_no, m.adm_date
HAVING COUNT(DISTINCT m.independent_code) >= {{same_day_institutions}}
