-- {{@kb_kind}}（{{@item_class}}）：知识库给出的适用年龄范围（含端点）之外的患者使用。新生儿费用
-- 随母亲住院结算（结算清单有新生儿出生体重等字段）时，儿童专用项目是给新生儿用的，不计。
-- 输出标准列；证据列: med_list_codg, cnt, pric_fen, age_years, age_min, age_max
SELECT f.feedetl_sn AS hit_key, f.fixmedins_code, f.psn_no, f.mdtrt_id, f.feedetl_sn, f.fee_date AS occur_date, f.amt_fen AS amount_fen,
       f.med_list_codg, f.cnt, f.pric_fen, f.age_years, k.age_min, k.age_max
FROM fee_sel f
JOIN item_kb k ON k.med_list_codg = f.med_list_codg AND k.kb_kind = {{@kb_kind}}
WHERE f.item_class = {{@item_class}}
  AND ((k.age_max IS NOT NULL AND f.age_years > k.age_max AND NOT (f.with_newborn = 1 AND k.age_max < 18))
    OR (k.age_min IS NOT NULL AND f.age_years < k.age_min))
