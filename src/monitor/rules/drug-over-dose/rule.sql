-- 超说明书用量开药（drug-over-dose）：同一就诊同一天同一药品的日用量超过说明书日最大用量。
-- 日用量 = 数量 ÷ 用药天数（prd_days）：28 天的药作为一行 28 片开出是每日 1 片；
-- 没有用药天数的明细按 1 天计。
-- 输出标准列；证据列: med_list_codg, day_cnt, prd_days, lim_max_per_day
WITH d AS (
  SELECT mdtrt_id, fee_date, med_list_codg, MIN(fixmedins_code) AS fixmedins_code, MIN(psn_no) AS psn_no,
         SUM(cnt) AS day_cnt, MAX(COALESCE(prd_days, 1)) AS prd_days, SUM(amt_fen) AS amt,
         SUM(CAST(cnt AS FLOAT8) / GREATEST(COALESCE(prd_days, 1), 1)) AS daily_dose, MIN(lim_max_per_day) AS lim_max_per_day
  FROM fee_lim WHERE item_class = '药品' AND lim_max_per_day IS NOT NULL
  GROUP BY mdtrt_id, fee_date, med_list_codg
)
SELECT mdtrt_id || ':' || CAST(fee_date AS VARCHAR) || ':' || med_list_codg AS hit_key, fixmedins_code, psn_no, mdtrt_id,
       CAST(NULL AS VARCHAR) AS feedetl_sn, fee_date AS occur_date,
       CAST(FLOOR(CAST(amt AS FLOAT8) * (daily_dose - lim_max_per_day) / daily_dose) AS BIGINT) AS amount_fen,
       med_list_codg, day_cnt, prd_days, lim_max_per_day
FROM d
WHERE daily_dose > lim_max_per_day + 0.000001
