-- 一个自然年内累计超限（{{@item_class}}）：同一参保人同一项目一个自然年内累计的用量超过目录的限定——
-- 限定报销总额（用量 = 明细金额）或限支付疗程（用量 = 天数：药品按用药天数，诊疗项目按收费次数）；
-- 超出部分为违规，跨越限额的明细按超出的用量占该明细用量的比例计金额（按金额限定时即超出的金额）。
-- 绑定：item_class；limit_col（lim_max_amt_fen 或 lim_course_days）；used_col（累计用量的证据列名）。
-- 输出标准列；证据列: med_list_codg, <used_col>, <limit_col>
WITH l AS (
  SELECT feedetl_sn, fixmedins_code, psn_no, mdtrt_id, fee_date, med_list_codg, amt_fen, {{#limit_col}} AS cap,
         CASE WHEN '{{#limit_col}}' = 'lim_max_amt_fen' THEN amt_fen
              WHEN item_class = '药品' THEN GREATEST(COALESCE(prd_days, cnt), 1) ELSE 1 END AS d,
         CAST(EXTRACT(YEAR FROM fee_date) AS INTEGER) AS yr
  FROM fee_lim WHERE item_class = {{@item_class}} AND {{#limit_col}} IS NOT NULL
), c AS (
  SELECT l.*, SUM(d) OVER (PARTITION BY psn_no, med_list_codg, yr ORDER BY fee_date, feedetl_sn ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) AS cum
  FROM l WHERE d > 0
)
-- amt × 超出用量 / d：两个整数之积在 2^53 以内是精确的，除法正确舍入，所以按金额限定时恰为超出的金额。
SELECT feedetl_sn AS hit_key, fixmedins_code, psn_no, mdtrt_id, feedetl_sn, fee_date AS occur_date,
       CAST(FLOOR(CAST(amt_fen AS FLOAT8) * (cum - GREATEST(cum - d, cap)) / d) AS BIGINT) AS amount_fen,
       med_list_codg, cum AS {{#used_col}}, cap AS {{#limit_col}}
FROM c WHERE cum > cap
