-- 药费占比统计（机构药费占比超阈值）（drug-fee-share）
-- 输出标准列: hit_key, fixmedins_code, psn_no, mdtrt_id, feedetl_sn, occur_date, amount_fen；证据列: drug_fen, total_fen, drug_share_pct
WITH s AS (
  SELECT fixmedins_code, SUM(CASE WHEN item_class = '药品' THEN sold_fen ELSE 0 END) AS drug_fen, SUM(sold_fen) AS total_fen, MAX(last_date) AS last_date
  FROM inst_item WHERE fixmedins_type = '1'
  GROUP BY fixmedins_code
)
SELECT fixmedins_code AS hit_key, fixmedins_code, CAST(NULL AS VARCHAR) AS psn_no, CAST(NULL AS VARCHAR) AS mdtrt_id, CAST(NULL AS VARCHAR) AS feedetl_sn,
       last_date AS occur_date, CAST(FLOOR(CAST(drug_fen AS FLOAT8) - CAST(total_fen AS FLOAT8) * {{drug_share_max_pct}} / 100) AS BIGINT) AS amount_fen,
       drug_fen, total_fen, CAST(FLOOR(CAST(drug_fen AS FLOAT8) * 10000 / total_fen) AS BIGINT) AS drug_share_pct
FROM s WHERE total_fen >= {{drug_share_min_fen}} AND CAST(drug_fen AS FLOAT8) * 100 > CAST(total_fen AS FLOAT8) * {{drug_share_max_pct}}
