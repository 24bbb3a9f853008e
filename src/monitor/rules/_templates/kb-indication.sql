-- 无指征或超适应症使用（{{@item_class}}，细类 {{@sub_classes}}）：知识库（说明书、诊疗规范）给出了
-- 项目的适应症（诊断编码前缀），就诊的全部诊断都不符合其中任何一个。
-- 输出标准列；证据列: med_list_codg, cnt, pric_fen, main_diag, indications
WITH k AS (
  SELECT med_list_codg, string_agg(diag_prefix, '、' ORDER BY diag_prefix) AS indications
  FROM item_kb WHERE kb_kind = '适应症' GROUP BY med_list_codg
)
SELECT f.feedetl_sn AS hit_key, f.fixmedins_code, f.psn_no, f.mdtrt_id, f.feedetl_sn, f.fee_date AS occur_date, f.amt_fen AS amount_fen,
       f.med_list_codg, f.cnt, f.pric_fen, f.main_diag, k.indications
FROM fee_sel f JOIN k ON k.med_list_codg = f.med_list_codg
WHERE f.item_class = {{@item_class}} AND COALESCE(f.sub_class, '') IN {{@sub_classes}}
  AND NOT EXISTS (
    SELECT 1 FROM visit_dx d JOIN item_kb i ON i.kb_kind = '适应症' AND d.diag_code LIKE i.diag_prefix || '%'
    WHERE d.mdtrt_id = f.mdtrt_id AND i.med_list_codg = f.med_list_codg)
