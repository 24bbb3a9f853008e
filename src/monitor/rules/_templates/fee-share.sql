-- 占比统计指标：综合医院的某类费用（目录类别 {{@classes}} 或细类 {{@sub_classes}}）占医疗费用的
-- 比例超过阈值，且医疗费用不少于阈值。统计指标，不计违规金额：amount_fen 为超过阈值比例的部分，仅供参考。
-- 专科医院（肿瘤医院的药费、透析中心的治疗费天然占比高）和基层机构不与综合医院的阈值比较；
-- 没有医疗机构类别（medins_type）的按综合医院计。
-- 输出标准列；证据列: part_fen, total_fen, share_pct（万分比）
WITH s AS (
  SELECT fixmedins_code,
         SUM(CASE WHEN item_class IN {{@classes}} OR sub_class IN {{@sub_classes}} THEN sold_fen ELSE 0 END) AS part_fen,
         SUM(sold_fen) AS total_fen, MAX(last_date) AS last_date
  FROM inst_item WHERE fixmedins_type = '1' AND medins_type = '综合医院'
  GROUP BY fixmedins_code
)
SELECT fixmedins_code AS hit_key, fixmedins_code, CAST(NULL AS VARCHAR) AS psn_no, CAST(NULL AS VARCHAR) AS mdtrt_id, CAST(NULL AS VARCHAR) AS feedetl_sn,
       last_date AS occur_date, CAST(FLOOR(CAST(part_fen AS FLOAT8) - CAST(total_fen AS FLOAT8) * {{@max_pct}} / 100) AS BIGINT) AS amount_fen,
       part_fen, total_fen, CAST(FLOOR(CAST(part_fen AS FLOAT8) * 10000 / total_fen) AS BIGINT) AS share_pct
FROM s WHERE total_fen >= {{@min_total_fen}} AND CAST(part_fen AS FLOAT8) * 100 > CAST(total_fen AS FLOAT8) * {{@max_pct}}
