-- 与医疗服务项目不符（{{@item_class}}）：知识库规定须与某项目（编码或细类）同时使用，本次就诊没有该项目的收费。
-- 输出标准列；证据列: med_list_codg, cnt, pric_fen, with_item
WITH n AS (
  SELECT f.feedetl_sn, f.fixmedins_code, f.psn_no, f.mdtrt_id, f.fee_date, f.amt_fen, f.med_list_codg, f.cnt, f.pric_fen, k.with_item
  FROM fee_sel f JOIN item_kb k ON k.med_list_codg = f.med_list_codg AND k.kb_kind = '需配合项目'
  WHERE f.item_class = {{@item_class}} AND k.with_item IS NOT NULL
), have AS (
  SELECT x.mdtrt_id, x.med_list_codg AS code FROM fee_x x WHERE x.mdtrt_id IN (SELECT mdtrt_id FROM n)
  UNION
  SELECT x.mdtrt_id, x.sub_class FROM fee_x x WHERE x.sub_class IS NOT NULL AND x.mdtrt_id IN (SELECT mdtrt_id FROM n)
)
SELECT n.feedetl_sn AS hit_key, n.fixmedins_code, n.psn_no, n.mdtrt_id, n.feedetl_sn, n.fee_date AS occur_date, n.amt_fen AS amount_fen,
       n.med_list_codg, n.cnt, n.pric_fen, n.with_item
FROM n WHERE NOT EXISTS (SELECT 1 FROM have h WHERE h.mdtrt_id = n.mdtrt_id AND h.code = n.with_item)
