-- 药品种类超标（drug-kinds-excess）：一次门诊同一天开具的药品种类超过 max_drug_kinds 种。
-- 输出标准列；证据列: kinds；line_sns 列出超出部分（金额从低到高排在限定种数之后）的药品明细
WITH c AS (
  SELECT mdtrt_id, fee_date
  FROM fee_x WHERE item_class = '药品' AND visit_kind = 'op'
  GROUP BY mdtrt_id, fee_date HAVING COUNT(*) > {{max_drug_kinds}} -- candidates (kinds counted below)
), k AS (
  SELECT f.mdtrt_id, f.fee_date, f.med_list_codg, SUM(f.amt_fen) AS amt, MIN(f.fixmedins_code) AS fixmedins_code, MIN(f.psn_no) AS psn_no,
         string_agg(f.feedetl_sn, ',' ORDER BY f.feedetl_sn) AS sns
  FROM fee_x f JOIN c ON c.mdtrt_id = f.mdtrt_id AND c.fee_date = f.fee_date
  WHERE f.item_class = '药品'
  GROUP BY f.mdtrt_id, f.fee_date, f.med_list_codg
), r AS (
  SELECT k.*, ROW_NUMBER() OVER (PARTITION BY mdtrt_id, fee_date ORDER BY amt DESC, med_list_codg) AS rn,
         COUNT(*) OVER (PARTITION BY mdtrt_id, fee_date) AS kinds
  FROM k
)
SELECT mdtrt_id || ':' || CAST(fee_date AS VARCHAR) AS hit_key, MIN(fixmedins_code) AS fixmedins_code, MIN(psn_no) AS psn_no, mdtrt_id,
       CAST(NULL AS VARCHAR) AS feedetl_sn, fee_date AS occur_date,
       CAST(SUM(CASE WHEN rn > {{max_drug_kinds}} THEN amt ELSE 0 END) AS BIGINT) AS amount_fen, MIN(kinds) AS kinds,
       string_agg(CASE WHEN rn > {{max_drug_kinds}} THEN sns END, ',' ORDER BY sns) AS line_sns
FROM r WHERE kinds > {{max_drug_kinds}}
GROUP BY mdtrt_id, fee_date
