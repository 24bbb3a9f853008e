-- 手术项目未按规定折价收费（multi-surgery-discount）：同一就诊同一天收取两项以上手术，第二项起应按
-- 限定单价的 multi_surgery_pct% 收费（按单价从高到低排序），实际单价高于折价后的限价。
-- 输出标准列；证据列: med_list_codg, cnt, pric_fen, cap_fen, discounted_cap_fen, surgery_rank
WITH s AS (
  SELECT f.*, ROW_NUMBER() OVER (PARTITION BY f.mdtrt_id, f.fee_date ORDER BY f.pric_fen DESC, f.feedetl_sn) AS surgery_rank
  FROM fee_sel f WHERE f.sub_class = '手术'
), p AS (
  SELECT s.*, c.cap_fen, CAST(FLOOR(CAST(c.cap_fen AS FLOAT8) * {{multi_surgery_pct}} / 100) AS BIGINT) AS discounted_cap_fen
  FROM s JOIN price_cap c ON c.med_list_codg = s.med_list_codg AND c.hosp_lv = s.hosp_lv AND s.fee_date BETWEEN c.begn_date AND c.end_date
  WHERE s.surgery_rank > 1
)
SELECT feedetl_sn AS hit_key, fixmedins_code, psn_no, mdtrt_id, feedetl_sn, fee_date AS occur_date,
       CAST((pric_fen - discounted_cap_fen) * cnt AS BIGINT) AS amount_fen, med_list_codg, cnt, pric_fen, cap_fen, discounted_cap_fen, surgery_rank
FROM p WHERE pric_fen > discounted_cap_fen
