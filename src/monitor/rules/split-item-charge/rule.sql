-- 医疗服务项目分解收费（split-item-charge）
-- 输出标准列: hit_key, fixmedins_code, psn_no, mdtrt_id, feedetl_sn, occur_date, amount_fen；证据列: package_item, parts, parts_fen, package_cap_fen；line_sns 列出各组成部分的明细
WITH p AS (
  SELECT f.mdtrt_id, f.fee_date, r.item_a AS package_item, MIN(f.fixmedins_code) AS fixmedins_code, MIN(f.psn_no) AS psn_no,
         MIN(f.hosp_lv) AS hosp_lv, COUNT(DISTINCT f.med_list_codg) AS parts, SUM(f.amt_fen) AS parts_fen,
         string_agg(f.feedetl_sn, ',' ORDER BY f.feedetl_sn) AS line_sns
  FROM fee_x f JOIN item_rel r ON r.item_b = f.med_list_codg AND r.rel_type = '组套'
  GROUP BY f.mdtrt_id, f.fee_date, r.item_a
  HAVING COUNT(DISTINCT f.med_list_codg) > 1
)
SELECT p.mdtrt_id || ':' || CAST(p.fee_date AS VARCHAR) || ':' || p.package_item AS hit_key, p.fixmedins_code, p.psn_no, p.mdtrt_id,
       CAST(NULL AS VARCHAR) AS feedetl_sn, p.fee_date AS occur_date, CAST(p.parts_fen - c.cap_fen AS BIGINT) AS amount_fen,
       p.package_item, p.parts, p.parts_fen, c.cap_fen AS package_cap_fen, p.line_sns
FROM p JOIN price_cap c ON c.med_list_codg = p.package_item AND c.hosp_lv = p.hosp_lv AND p.fee_date BETWEEN c.begn_date AND c.end_date
WHERE p.parts_fen > c.cap_fen
