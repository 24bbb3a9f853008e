-- 限支付疗程（{{@item_class}}）：同一参保人同一项目一个自然年内累计的天数（药品按用药天数，诊疗项目按
-- 收费次数）超过目录限定的疗程天数；超出部分（跨越限额的明细按比例）为违规。
-- 输出标准列；证据列: med_list_codg, course_days, lim_course_days
WITH l AS (
  SELECT feedetl_sn, fixmedins_code, psn_no, mdtrt_id, fee_date, med_list_codg, amt_fen, lim_course_days,
         CASE WHEN item_class = '药品' THEN GREATEST(COALESCE(prd_days, cnt), 1) ELSE 1 END AS d,
         CAST(EXTRACT(YEAR FROM fee_date) AS INTEGER) AS yr
  FROM fee_lim WHERE item_class = {{@item_class}} AND lim_course_days IS NOT NULL
), c AS (
  SELECT l.*, SUM(d) OVER (PARTITION BY psn_no, med_list_codg, yr ORDER BY fee_date, feedetl_sn ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) AS cum
  FROM l
)
SELECT feedetl_sn AS hit_key, fixmedins_code, psn_no, mdtrt_id, feedetl_sn, fee_date AS occur_date,
       CAST(FLOOR(CAST(amt_fen AS FLOAT8) * (cum - GREATEST(cum - d, lim_course_days)) / d) AS BIGINT) AS amount_fen,
       med_list_codg, cum AS course_days, lim_course_days
FROM c WHERE cum > lim_course_days
