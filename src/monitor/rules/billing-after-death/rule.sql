-- 死亡后仍有计费（billing-after-death）：参保人死亡（人员登记的死亡日期，或一次住院以死亡离院）
-- 之后的日期仍有费用明细，多见于死亡后继续计收住院费用。死亡当天的明细不计。
-- 输出标准列；证据列: death_date, lines_after_death, first_date_after_death；line_sns 列出死亡后的明细
WITH l AS (
  SELECT x.mdtrt_id, COUNT(*) AS lines_after_death, SUM(x.amt_fen) AS amt, MIN(x.fee_date) AS first_date_after_death,
         string_agg(x.feedetl_sn, ',' ORDER BY x.feedetl_sn) AS line_sns
  FROM fee_x x JOIN visit_x v ON v.mdtrt_id = x.mdtrt_id
  WHERE v.death_date IS NOT NULL AND v.adm_date <= v.death_date AND x.fee_date > v.death_date
  GROUP BY x.mdtrt_id
)
SELECT v.mdtrt_id AS hit_key, v.fixmedins_code, v.psn_no, v.mdtrt_id, CAST(NULL AS VARCHAR) AS feedetl_sn, l.first_date_after_death AS occur_date,
       CAST(l.amt AS BIGINT) AS amount_fen, v.death_date, l.lines_after_death, l.first_date_after_death, l.line_sns
FROM l JOIN visit_x v ON v.mdtrt_id = l.mdtrt_id
