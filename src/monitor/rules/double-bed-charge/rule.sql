-- 床位费重复计收（double-bed-charge）：一次住院计收的床位费天数（冲销后）多于住院床日数
-- （出院日期 − 入院日期，当天出院按 1 日）。按住院整体核对，不按计费日期逐日核对：
-- 医院常在周一一次计收周末三天的床位费，计费日期不是服务日期。
-- 输出标准列；证据列: bed_units, bed_days, bed_fen；line_sns 列出床位费明细
WITH b AS (
  SELECT mdtrt_id, SUM(cnt) AS bed_units, SUM(amt_fen) AS bed_fen, MAX(pric_fen) AS max_pric_fen, MAX(fee_date) AS last_date,
         string_agg(feedetl_sn, ',' ORDER BY feedetl_sn) AS line_sns
  FROM fee_x WHERE visit_kind = 'ip' AND sub_class = '床位'
  GROUP BY mdtrt_id
)
SELECT b.mdtrt_id AS hit_key, v.fixmedins_code, v.psn_no, b.mdtrt_id, CAST(NULL AS VARCHAR) AS feedetl_sn, b.last_date AS occur_date,
       CAST(FLOOR(CAST(b.bed_fen AS FLOAT8) * (b.bed_units - GREATEST(v.dscg_date - v.adm_date, 1)) / b.bed_units) AS BIGINT) AS amount_fen,
       b.bed_units, GREATEST(v.dscg_date - v.adm_date, 1) AS bed_days, b.bed_fen, b.line_sns
FROM b JOIN visit_x v ON v.mdtrt_id = b.mdtrt_id
WHERE b.bed_units > GREATEST(v.dscg_date - v.adm_date, 1)
