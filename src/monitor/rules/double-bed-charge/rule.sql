-- 床位费重复计收（double-bed-charge）：一次住院计收的床位费天数（冲销后）多于住院床日数
-- （出院日期 − 入院日期，当天出院按 1 日）。按住院整体核对，不按计费日期逐日核对：
-- 医院常在周一一次计收周末三天的床位费，计费日期不是服务日期。
-- 输出标准列；证据列: bed_units, bed_days, bed_fen；line_sns 列出床位费明细
WITH b AS (
  SELECT mdtrt_id, SUM(cnt) AS bed_units, SUM(amt_fen) AS bed_fen, MAX(fee_date) AS last_date
  FROM fee_x WHERE visit_kind = 'ip' AND sub_class = '床位'
  GROUP BY mdtrt_id
), h AS (
  SELECT b.*, v.fixmedins_code, v.psn_no, GREATEST(v.dscg_date - v.adm_date, 1) AS bed_days
  FROM b JOIN visit_x v ON v.mdtrt_id = b.mdtrt_id
  WHERE b.bed_units > GREATEST(v.dscg_date - v.adm_date, 1)
), l AS (
  SELECT x.mdtrt_id, string_agg(x.feedetl_sn, ',' ORDER BY x.feedetl_sn) AS line_sns
  FROM fee_x x WHERE x.sub_class = '床位' AND x.mdtrt_id IN (SELECT mdtrt_id FROM h) GROUP BY x.mdtrt_id
)
SELECT h.mdtrt_id AS hit_key, h.fixmedins_code, h.psn_no, h.mdtrt_id, CAST(NULL AS VARCHAR) AS feedetl_sn, h.last_date AS occur_date,
       CAST(FLOOR(CAST(h.bed_fen AS FLOAT8) * (h.bed_units - h.bed_days) / h.bed_units) AS BIGINT) AS amount_fen,
       h.bed_units, h.bed_days, h.bed_fen, l.line_sns
FROM h JOIN l ON l.mdtrt_id = h.mdtrt_id
